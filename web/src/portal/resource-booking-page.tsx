// /portal/bookings/:id: one room — its photos, description and rules in words — and its free
// slots for a length the resident picks, on a day and the two after; a slot tapped, a note, and
// "Réserver": confirmed at once, or sent to the agency for approval.
import './bookings.css';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { Alert, Button, Loading } from '../light/controls.tsx';
import { NativeSelect, TextArea, TextInput } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { useFormat } from '../light/light-format.ts';
import { addDays, dayLabel, dayOf, hoursOf } from '../community/booking-time.ts';
import { usePageTitle } from './portal-app.tsx';
import { bookingErrorText as errorText } from './booking-errors.ts';
import { useMe } from './portal-session.tsx';
import { Icon } from './icons.tsx';
import { bookingApi, type PortalBookingItem, type PortalResource, type Slot } from './booking-api.ts';
import { usePriceText } from './bookings-page.tsx';

const DAYS_SHOWN = 3;

function Rules({ resource }: { resource: PortalResource }) {
  const { t } = useTranslation();
  const format = useFormat();
  const priceText = usePriceText();
  const { rules } = resource;
  return (
    <dl className="p-facts">
      <dt>{t('portalBookings.rules.how')}</dt>
      <dd>{t(rules.approval === 'manager' ? 'portalBookings.approval.manager' : 'portalBookings.approval.instant')}</dd>
      <dt>{t('portalBookings.rules.length')}</dt>
      <dd>{t('portalBookings.rules.lengthValue', { min: format.minutes(rules.minMinutes), max: format.minutes(rules.maxMinutes) })}</dd>
      <dt>{t('portalBookings.rules.cancel')}</dt>
      <dd>{t('portalBookings.rules.cancelValue', { hours: String(rules.cancelHoursBefore) })}</dd>
      {priceText(resource) && (
        <>
          <dt>{t('portalBookings.rules.money')}</dt>
          <dd>{priceText(resource)} <span className="sm dimmed">{t('portalBookings.rules.noPayment')}</span></dd>
        </>
      )}
    </dl>
  );
}

export default function ResourceBookingPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const [resource, setResource] = useState<PortalResource | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [timeZone, setTimeZone] = useState('Europe/Paris');
  const [day, setDay] = useState('');
  const [minutes, setMinutes] = useState(0);
  const [days, setDays] = useState<{ day: string; slots: Slot[] }[] | null>(null);
  const [picked, setPicked] = useState<Slot | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [booked, setBooked] = useState<PortalBookingItem | null>(null);
  usePageTitle(resource?.name ?? t('portalBookings.title'));

  useEffect(() => {
    Promise.all([bookingApi.resource(id), bookingApi.resources()])
      .then(([found, list]) => {
        setResource(found);
        setTimeZone(list.timeZone);
        setMinutes(found.rules.minMinutes);
        setDay(dayOf(new Date(Date.now() + found.rules.minNoticeHours * 3_600_000), list.timeZone));
      })
      .catch((error: unknown) => setFailed(errorText(t, error)));
  }, [id, t]);

  useEffect(() => {
    if (!resource || !day || !minutes) return;
    let current = true;
    setDays(null);
    bookingApi
      .slots(resource.id, { day, days: DAYS_SHOWN, minutes })
      .then((answer) => current && setDays(answer.days))
      .catch((error: unknown) => current && setProblem(errorText(t, error)));
    return () => {
      current = false;
    };
  }, [resource, day, minutes, t, booked]);

  if (failed) return <Alert title={t('portal.errors.title')}>{failed}</Alert>;
  if (!resource) return <Loading label={t('portal.loading')} />;
  const lengths: number[] = [];
  for (let m = resource.rules.minMinutes; m <= resource.rules.maxMinutes && lengths.length < 24; m += resource.rules.slotMinutes) lengths.push(m);

  const book = async () => {
    if (!picked) return;
    setBusy(true);
    setProblem(null);
    try {
      setBooked(await bookingApi.book({ resourceId: resource.id, startsAt: picked.startsAt, endsAt: picked.endsAt, note: note.trim() || null }));
      setPicked(null);
      setNote('');
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack page-top">
      <Link href="/bookings" className="link sm row">
        <Icon name="back" size={16} />
        {t('portalBookings.back')}
      </Link>
      <h1 className="h3">{resource.name}</h1>
      {resource.photos.length > 0 && (
        <div className="p-resource-photos">
          {resource.photos.map((photo) => <img key={photo.id} src={photo.url} alt={photo.filename} loading="lazy" />)}
        </div>
      )}
      {resource.description && <p className="pre-line">{resource.description}</p>}
      <Rules resource={resource} />

      {booked && (
        <Alert tone="success" role="status" title={t(booked.state === 'pending' ? 'portalBookings.done.pendingTitle' : 'portalBookings.done.confirmedTitle')}>
          <span data-testid="booked" data-state={booked.state}>
            {dayLabel(dayOf(booked.startsAt, timeZone), i18n.language)} · {hoursOf(booked.startsAt, booked.endsAt, timeZone)}. {t(booked.state === 'pending' ? 'portalBookings.done.pending' : 'portalBookings.done.confirmed')}
          </span>{' '}
          <Link href="/bookings" className="p-booked-link">{t('portalBookings.mine')}</Link>
        </Alert>
      )}

      <section className="card stack-sm" aria-labelledby="slots-title">
        <h2 id="slots-title" className="h4">{t('portalBookings.slots.title')}</h2>
        <NativeSelect label={t('portalBookings.slots.length')} value={String(minutes)} onChange={(value) => { setMinutes(Number(value)); setPicked(null); }}>
          {lengths.map((m) => <option key={m} value={m}>{format.minutes(m)}</option>)}
        </NativeSelect>
        <div className="row-between">
          <Button size="sm" variant="default" onClick={() => setDay(addDays(day, -DAYS_SHOWN))}>{t('portalBookings.slots.earlier')}</Button>
          <TextInput label={t('portalBookings.slots.from')} type="date" value={day} onChange={(value) => value && setDay(value)} />
          <Button size="sm" variant="default" onClick={() => setDay(addDays(day, DAYS_SHOWN))}>{t('portalBookings.slots.later')}</Button>
        </div>
        {days === null ? (
          <Loading label={t('portal.loading')} />
        ) : (
          days.map((d) => (
            <div key={d.day} className="stack-xs">
              <h3 className="h5">{dayLabel(d.day, i18n.language)}</h3>
              {d.slots.length === 0 ? (
                <p className="sm dimmed">{t('portalBookings.slots.none')}</p>
              ) : (
                <div className="p-slots" data-day={d.day}>
                  {d.slots.map((slot) => (
                    <Button key={slot.startsAt} size="sm" variant="default" aria-pressed={picked?.startsAt === slot.startsAt} onClick={() => setPicked(slot)}>
                      {hoursOf(slot.startsAt, slot.endsAt, timeZone)}
                    </Button>
                  ))}
                </div>
              )}
            </div>
          ))
        )}
      </section>

      {picked && (
        <section className="card stack-sm" aria-labelledby="confirm-title">
          <h2 id="confirm-title" className="h4">{t('portalBookings.confirm.title')}</h2>
          <p className="strong">{resource.name} · {dayLabel(dayOf(picked.startsAt, timeZone), i18n.language)} · {hoursOf(picked.startsAt, picked.endsAt, timeZone)}</p>
          {resource.rules.approval === 'manager' && <p className="sm">{t('portalBookings.confirm.approval')}</p>}
          <TextArea label={t('portalBookings.confirm.note')} value={note} onChange={setNote} />
          {problem && <Alert>{problem}</Alert>}
          <Button fullWidth loading={busy} disabled={me.preview} onClick={() => void book()}>{t('portalBookings.confirm.book')}</Button>
        </section>
      )}
      {!picked && problem && <Alert>{problem}</Alert>}
    </div>
  );
}
