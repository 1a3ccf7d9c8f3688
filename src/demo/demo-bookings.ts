// The demo agency's bookable rooms (DOMAIN.md §15) in the Immeuble Voltaire: a common room (the
// hall, approved by a manager) and its two halves that it blocks (instant), a guest room by the
// day with a price and a deposit (approved), and a few bookings in the days after the demo is
// loaded, with their locks.
import type { Db } from '../db/connection.ts';
import { DEFAULT_RESOURCE_RULES, type ResourceRules } from '../domain/bookings/resource-rules.ts';
import { WEEKDAYS, instantAt } from '../domain/bookings/local-time.ts';
import { heldRange } from '../domain/bookings/booking-rules.ts';
import { lockKeys } from '../domain/bookings/lock-keys.ts';
import { calendarDay } from '../domain/time-zone.ts';
import * as repo from '../db/repositories/bookings.ts';

const every = (from: string, to: string) => Object.fromEntries(WEEKDAYS.map((d) => [d, [{ from, to }]])) as ResourceRules['openingHours'];

const HALL_RULES: Partial<ResourceRules> = { openingHours: every('09:00', '23:00'), slotMinutes: 60, minMinutes: 60, maxMinutes: 360, bufferMinutes: 30, minNoticeHours: 24, maxAheadDays: 90, perResident: { count: 2, period: 'month' }, approval: 'manager', cancelHoursBefore: 48, priceCents: null, depositCents: 20_000 };
const HALF_RULES: Partial<ResourceRules> = { ...HALL_RULES, maxMinutes: 240, approval: 'instant', cancelHoursBefore: 24, perResident: { count: 4, period: 'month' }, depositCents: null };
const GUEST_RULES: Partial<ResourceRules> = { openingHours: every('00:00', '24:00'), slotMinutes: 1440, minMinutes: 1440, maxMinutes: 1440, bufferMinutes: 0, minNoticeHours: 48, maxAheadDays: 180, perResident: { count: 3, period: 'month' }, approval: 'manager', cancelHoursBefore: 72, priceCents: 2_500, depositCents: 15_000 };

export const DEMO_HALL = 'Salle commune';

/** Writes the rooms, their links and bookings (in the demo's transaction), around `now`. */
export async function loadDemoBookings(db: Db, ids: { organizationId: string; timezone: string; properties: Record<string, string>; persons: Record<string, string>; now: Date }): Promise<void> {
  const { organizationId, timezone, now } = ids;
  const propertyId = ids.properties['GER-010']!;
  const room = (name: string, kind: 'common_room' | 'guest_room', description: string, rules: Partial<ResourceRules>) =>
    repo.insertResource(db, { organizationId, propertyId, name, kind, description, rules, audience: null, active: true, createdAt: now, updatedAt: now });
  const hall = await room(DEMO_HALL, 'common_room', 'La salle du rez-de-chaussée entière (60 m², 40 personnes) : tables, chaises, évier. À rendre rangée et balayée.', HALL_RULES);
  const garden = await room('Salle commune – côté jardin', 'common_room', 'La moitié côté jardin de la salle commune (20 personnes).', HALF_RULES);
  const street = await room('Salle commune – côté rue', 'common_room', 'La moitié côté rue de la salle commune (20 personnes).', HALF_RULES);
  const guest = await room('Chambre d’amis', 'guest_room', 'Une chambre au 1er étage pour vos invités : lit double, linge fourni. Par nuit, clés à prendre à la loge.', GUEST_RULES);
  const links = [
    await repo.insertLink(db, { organizationId, resourceId: hall.id, blocksResourceId: garden.id, createdAt: now }),
    await repo.insertLink(db, { organizationId, resourceId: hall.id, blocksResourceId: street.id, createdAt: now }),
  ];

  const day = (after: number) => calendarDay(new Date(now.getTime() + after * 86_400_000), timezone);
  const book = async (resource: repo.ResourceRow, person: string, after: number, from: number, minutes: number, state: 'confirmed' | 'pending', note: string | null) => {
    const range = { start: instantAt(day(after), from * 60, timezone), end: instantAt(day(after), from * 60 + minutes, timezone) };
    const booking = await repo.insertBooking(db, {
      organizationId, resourceId: resource.id, personId: ids.persons[person]!, startsAt: range.start, endsAt: range.end, state, note, createdAt: now, updatedAt: now,
    });
    const rules = { ...DEFAULT_RESOURCE_RULES, ...resource.rules };
    await repo.insertLocks(db, booking.id, lockKeys(resource.id, links).sort(), heldRange(range, rules.bufferMinutes));
  };
  await book(garden, 'P-011', 3, 18, 180, 'confirmed', 'Anniversaire de ma fille');
  await book(street, 'P-012', 5, 10, 120, 'confirmed', null);
  await book(guest, 'P-012', 9, 0, 1440, 'pending', 'Mes parents viennent de Londres');
  await book(hall, 'P-011', 12, 14, 300, 'pending', 'Fête des voisins');
}
