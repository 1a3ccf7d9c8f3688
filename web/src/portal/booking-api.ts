// The portal's calls to /api/v1/portal/bookings… (src/http/routes/portal-bookings.ts) and the
// shapes they answer, with the agency's time zone the hours are shown in.
import { api } from '../api.ts';
import type { ResourceRules } from '../../../src/domain/bookings/resource-rules.ts';
import type { BookingState } from '../../../src/domain/bookings/booking-states.ts';

const BASE = '/api/v1/portal/bookings';

export interface PortalResource {
  id: string;
  propertyId: string;
  name: string;
  kind: string;
  description: string;
  rules: ResourceRules;
  photos: { id: string; filename: string; url: string }[];
  closures: { id: string; startsAt: string; endsAt: string; reason: string | null }[];
}

export interface PortalBookingItem {
  id: string;
  resourceId: string;
  resourceName: string;
  startsAt: string;
  endsAt: string;
  state: BookingState;
  note: string | null;
  reason: string | null;
  mayCancel: boolean;
  icsUrl: string | null;
}

export interface Slot {
  startsAt: string;
  endsAt: string;
}

export const bookingApi = {
  resources: () => api.get<{ items: PortalResource[]; timeZone: string }>(`${BASE}/resources`),
  resource: (id: string) => api.get<PortalResource>(`${BASE}/resources/${encodeURIComponent(id)}`),
  slots: (id: string, query: { day: string; days: number; minutes: number }) =>
    api.get<{ minutes: number; timeZone: string; days: { day: string; slots: Slot[] }[] }>(`${BASE}/resources/${encodeURIComponent(id)}/slots?${new URLSearchParams({ day: query.day, days: String(query.days), minutes: String(query.minutes) }).toString()}`),
  free: (startsAt: string, endsAt: string) => api.get<{ items: { resource: PortalResource; problem: string | null }[] }>(`${BASE}/free?${new URLSearchParams({ startsAt, endsAt }).toString()}`),
  mine: (when: 'upcoming' | 'past') => api.get<{ items: PortalBookingItem[] }>(`${BASE}?when=${when}`),
  book: (body: { resourceId: string; startsAt: string; endsAt: string; note?: string | null }) => api.post<PortalBookingItem>(BASE, body),
  cancel: (id: string) => api.post<PortalBookingItem>(`${BASE}/${encodeURIComponent(id)}/cancel`),
};
