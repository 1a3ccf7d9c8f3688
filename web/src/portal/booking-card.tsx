// One of the resident's bookings: the resource, the day and hours, its state, the calendar file,
// and cancelling while the deadline allows (asked twice, so a tap by mistake does nothing).
import { useState } from 'react';
import { Alert, Button } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { dayLabel, dayOf, hoursOf } from '../community/booking-time.ts';
import { bookingErrorText as errorText } from './booking-errors.ts';
import { bookingApi, type PortalBookingItem } from './booking-api.ts';

export function BookingState({ state }: { state: PortalBookingItem['state'] }) {
  const { t } = useTranslation();
  return <span className={`p-status p-booking-state-${state}`}>{t(`portalBookings.states.${state}`)}</span>;
}

interface Props {
  booking: PortalBookingItem;
  timeZone: string;
  readOnly: boolean;
  onChanged: () => void;
}

export function BookingCard({ booking, timeZone, readOnly, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const active = booking.state === 'pending' || booking.state === 'confirmed';
  const cancel = async () => {
    setBusy(true);
    try {
      await bookingApi.cancel(booking.id);
      onChanged();
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <li className="card stack-xs" data-booking={booking.id} data-state={booking.state}>
      <div className="row-between">
        <span className="strong wrap">{booking.resourceName}</span>
        <BookingState state={booking.state} />
      </div>
      <span className="sm">
        {dayLabel(dayOf(booking.startsAt, timeZone), i18n.language)} · {hoursOf(booking.startsAt, booking.endsAt, timeZone)}
      </span>
      {booking.reason && <span className="sm dimmed wrap">{t('portalBookings.reason', { reason: booking.reason })}</span>}
      {problem && <Alert>{problem}</Alert>}
      {active && (
        <div className="row">
          {booking.icsUrl && (
            <a className="link sm" href={booking.icsUrl} download>
              {t('portalBookings.addToCalendar')}
            </a>
          )}
          {!readOnly && booking.mayCancel && !asking && (
            <Button size="sm" variant="default" onClick={() => setAsking(true)}>
              {t('portalBookings.cancel')}
            </Button>
          )}
          {asking && (
            <Button size="sm" tone="danger" loading={busy} onClick={() => void cancel()}>
              {t('portalBookings.cancelConfirm')}
            </Button>
          )}
        </div>
      )}
      {active && !booking.mayCancel && <span className="sm dimmed">{t('portalBookings.tooLateToCancel')}</span>}
    </li>
  );
}
