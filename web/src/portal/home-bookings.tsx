// The home page's "Réservations": the resident's next bookings and the way to book; nothing when
// the agency has not switched bookings on (404 tool_off) or offers the resident no room.
import { useCallback, useEffect, useState } from 'react';
import { HomeSection } from './home-section.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { bookingApi, type PortalBookingItem } from './booking-api.ts';
import { BookingCard } from './booking-card.tsx';
import { useMe } from './portal-session.tsx';
import './bookings.css';

export function HomeBookings() {
  const { t } = useTranslation();
  const me = useMe();
  const [shown, setShown] = useState<{ upcoming: PortalBookingItem[]; timeZone: string } | null>(null);
  const load = useCallback(() => {
    Promise.all([bookingApi.resources(), bookingApi.mine('upcoming')])
      .then(([resources, mine]) => setShown(resources.items.length > 0 || mine.items.length > 0 ? { upcoming: mine.items.slice(0, 3), timeZone: resources.timeZone } : null))
      .catch(() => setShown(null));
  }, []);
  useEffect(load, [load]);
  if (!shown) return null;
  return (
    <HomeSection id="portal-bookings" title={t('portalBookings.title')} href="/bookings" link={t('portalBookings.bookLink')}>
      {shown.upcoming.length === 0 ? (
        <p className="dimmed">{t('portalBookings.noneUpcoming')}</p>
      ) : (
        <ul className="plain-list stack-xs" data-testid="home-bookings">
          {shown.upcoming.map((b) => <BookingCard key={b.id} booking={b} timeZone={shown.timeZone} readOnly={me.preview} onChanged={load} />)}
        </ul>
      )}
    </HomeSection>
  );
}
