// The bookings' refusals in the resident's words (each booking_* code of the server has its
// sentence, portalBookings.problems); anything else as the portal says it.
import { ApiError } from '../api.ts';
import type { TFunction } from '../light/light-i18n.ts';
import { BOOKING_PROBLEMS } from '../../../src/domain/bookings/booking-rules.ts';
import { errorText } from './portal-errors.ts';

export const BOOKING_ERROR_CODES = [...Object.keys(BOOKING_PROBLEMS), 'booking_slot_taken', 'booking_cancel_too_late', 'booking_not_active', 'resource_inactive'] as const;

export function bookingErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && (BOOKING_ERROR_CODES as readonly string[]).includes(error.code)) return t(`portalBookings.problems.${error.code}`);
  return errorText(t, error);
}
