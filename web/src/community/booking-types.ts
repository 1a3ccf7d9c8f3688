// The shapes of the bookings' staff routes (src/http/schemas/bookings.ts) as the cockpit reads them,
// the colour of each state, and the bookings' refusals in the manager's words.
import type { TFunction } from 'i18next';
import type { ResourceRules, ResourceKind } from '../../../src/domain/bookings/resource-rules.ts';
import type { BookingState } from '../../../src/domain/bookings/booking-states.ts';
import type { Audience } from '../../../src/domain/community/audience.ts';
import { ApiError } from '../api.ts';
import { errorMessage } from '../i18n/error-message.ts';

export interface Resource {
  id: string;
  propertyId: string;
  name: string;
  kind: ResourceKind;
  description: string;
  rules: ResourceRules;
  audience: Audience | null;
  active: boolean;
  photos: { id: string; filename: string; url: string }[];
  blocks: string[];
  closures: { id: string; startsAt: string; endsAt: string; reason: string | null }[];
}

export interface Booking {
  id: string;
  resourceId: string;
  resourceName: string;
  propertyId: string;
  person: { id: string; name: string };
  startsAt: string;
  endsAt: string;
  state: BookingState;
  note: string | null;
  reason: string | null;
  bookedByStaff: boolean;
  decidedAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
}

export const BOOKING_STATE_COLOURS: Record<BookingState, string> = { pending: 'orange', confirmed: 'teal', refused: 'gray', cancelled: 'gray' };
/** The text of a state's light badge: Mantine's light orange and teal are too pale on their background for small text (AA). */
export const STATE_TEXT: Record<BookingState, string | undefined> = { pending: '#9c3a00', confirmed: '#06664a', refused: undefined, cancelled: undefined };

/** A failed call about bookings: the bookings' own sentences first, then the cockpit's. */
export function bookingError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && t(`bookings.errors.${error.code}`, { defaultValue: '' })) return t(`bookings.errors.${error.code}`);
  return errorMessage(t, error);
}
