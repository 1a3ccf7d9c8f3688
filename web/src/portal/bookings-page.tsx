// /portal/bookings, "Réservations": the resident's bookings to come (and, asked, the past ones),
// the rooms they may book, and "free at a given time?" — which rooms are free then.
import './bookings.css';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { Alert, Button, Loading } from '../light/controls.tsx';
import { NativeSelect, TextInput } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { useFormat } from '../light/light-format.ts';
import { dayOf, instantOf } from '../community/booking-time.ts';
import { usePageTitle } from './portal-app.tsx';
import { bookingErrorText as errorText } from './booking-errors.ts';
import { useMe } from './portal-session.tsx';
import { bookingApi, type PortalBookingItem, type PortalResource } from './booking-api.ts';
import { BookingCard } from './booking-card.tsx';

type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; resources: PortalResource[]; upcoming: PortalBookingItem[]; timeZone: string };

/** What a resource costs, said briefly ("25,00 €, caution 150,00 €"), or nothing. */
export function usePriceText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (resource: PortalResource) => {
    const { priceCents, depositCents } = resource.rules;
    const parts = [priceCents !== null ? t('portalBookings.price', { amount: format.money(priceCents, 'EUR') }) : '', depositCents !== null ? t('portalBookings.deposit', { amount: format.money(depositCents, 'EUR') }) : ''];
    return parts.filter(Boolean).join(' · ');
  };
}

function FreeAt({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [day, setDay] = useState(() => dayOf(new Date(Date.now() + 86_400_000), timeZone));
  const [clock, setClock] = useState('18:00');
  const [hours, setHours] = useState('2');
  const [answer, setAnswer] = useState<{ resource: PortalResource; problem: string | null }[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const search = async () => {
    const start = instantOf(day, clock, timeZone);
    if (!start) return setProblem(t('portalBookings.free.badTime'));
    const end = new Date(new Date(start).getTime() + Number(hours) * 3_600_000).toISOString();
    try {
      setProblem(null);
      setAnswer((await bookingApi.free(start, end)).items);
    } catch (error) {
      setProblem(errorText(t, error));
    }
  };
  return (
    <section className="card stack-sm" aria-labelledby="free-at">
      <h2 id="free-at" className="h4">{t('portalBookings.free.title')}</h2>
      <div className="row">
        <TextInput label={t('portalBookings.free.day')} type="date" value={day} onChange={setDay} />
        <TextInput label={t('portalBookings.free.time')} type="time" step={900} value={clock} onChange={setClock} />
      </div>
      <NativeSelect label={t('portalBookings.free.duration')} value={hours} onChange={setHours}>
        {['1', '2', '3', '4', '6', '24'].map((h) => (
          <option key={h} value={h}>{format.minutes(Number(h) * 60)}</option>
        ))}
      </NativeSelect>
      <Button variant="light" onClick={() => void search()}>{t('portalBookings.free.search')}</Button>
      {problem && <Alert>{problem}</Alert>}
      {answer && answer.length === 0 && <p className="dimmed">{t('portalBookings.none')}</p>}
      {answer && answer.length > 0 && (
        <ul className="plain-list stack-xs" data-testid="free-at">
          {answer.map(({ resource, problem: why }) => (
            <li key={resource.id} className="row-between">
              <Link href={`/bookings/${resource.id}`} className="link wrap">{resource.name}</Link>
              <span className={why ? 'sm dimmed' : 'sm strong'}>{why ? t(`portalBookings.problems.${why}`, { defaultValue: t('portalBookings.free.notFree') }) : t('portalBookings.free.free')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function BookingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const priceText = usePriceText();
  usePageTitle(t('portalBookings.title'));
  const [data, setData] = useState<Loaded>({ kind: 'loading' });
  const [past, setPast] = useState<PortalBookingItem[] | null>(null);
  const load = useCallback(() => {
    Promise.all([bookingApi.resources(), bookingApi.mine('upcoming')])
      .then(([resources, upcoming]) => setData({ kind: 'loaded', resources: resources.items, upcoming: upcoming.items, timeZone: resources.timeZone }))
      .catch((error: unknown) => setData({ kind: 'failed', message: errorText(t, error) }));
  }, [t]);
  useEffect(load, [load]);

  if (data.kind === 'loading') return <Loading label={t('portal.loading')} />;
  if (data.kind === 'failed') return <Alert title={t('portal.errors.title')}>{data.message}</Alert>;
  const { resources, upcoming, timeZone } = data;
  return (
    <div className="stack page-top">
      <h1 className="h3">{t('portalBookings.title')}</h1>
      <section className="stack-sm" aria-labelledby="my-bookings">
        <h2 id="my-bookings" className="h4">{t('portalBookings.mine')}</h2>
        {upcoming.length === 0 ? (
          <p className="dimmed">{t('portalBookings.noneUpcoming')}</p>
        ) : (
          <ul className="plain-list stack-xs" data-testid="my-bookings">
            {upcoming.map((b) => <BookingCard key={b.id} booking={b} timeZone={timeZone} readOnly={me.preview} onChanged={load} />)}
          </ul>
        )}
        {past === null ? (
          <Button size="sm" variant="subtle" onClick={() => void bookingApi.mine('past').then((answer) => setPast(answer.items))}>{t('portalBookings.showPast')}</Button>
        ) : past.length === 0 ? (
          <p className="sm dimmed">{t('portalBookings.nonePast')}</p>
        ) : (
          <ul className="plain-list stack-xs">
            {past.map((b) => <BookingCard key={b.id} booking={b} timeZone={timeZone} readOnly onChanged={load} />)}
          </ul>
        )}
      </section>
      <section className="stack-sm" aria-labelledby="bookable">
        <h2 id="bookable" className="h4">{t('portalBookings.book')}</h2>
        {resources.length === 0 ? (
          <p className="dimmed">{t('portalBookings.none')}</p>
        ) : (
          <ul className="plain-list stack-xs" data-testid="bookable">
            {resources.map((resource) => (
              <li key={resource.id}>
                <Link href={`/bookings/${resource.id}`} className="card p-ticket-card" data-resource={resource.id}>
                  <span className="strong wrap">{resource.name}</span>
                  {resource.description && <span className="sm dimmed wrap">{resource.description}</span>}
                  <span className="sm">
                    {t(resource.rules.approval === 'manager' ? 'portalBookings.approval.manager' : 'portalBookings.approval.instant')}
                    {priceText(resource) && ` · ${priceText(resource)}`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {resources.length > 0 && <FreeAt timeZone={timeZone} />}
    </div>
  );
}
