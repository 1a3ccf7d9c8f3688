// What may happen to a booking in each state (DOMAIN.md §15): a manager approves or refuses a
// pending one; the resident or a manager cancels one that holds its slot; a closed period cancels
// those inside it. Anything else is 409 with the code below.
import type { BookingState } from './booking-states.ts';

export const BOOKING_ACTIONS = ['approve', 'refuse', 'cancel'] as const;
export type BookingAction = (typeof BOOKING_ACTIONS)[number];

/** The state each action leads to, from the states it is allowed in. */
export const BOOKING_TRANSITIONS: Record<BookingAction, { from: readonly BookingState[]; to: BookingState; refusal: { code: string; message: string } }> = {
  approve: { from: ['pending'], to: 'confirmed', refusal: { code: 'booking_not_pending', message: 'Only a booking waiting for approval can be approved.' } },
  refuse: { from: ['pending'], to: 'refused', refusal: { code: 'booking_not_pending', message: 'Only a booking waiting for approval can be refused.' } },
  cancel: { from: ['pending', 'confirmed'], to: 'cancelled', refusal: { code: 'booking_not_active', message: 'This booking is already refused or cancelled.' } },
};

/** The state after `action`, or null when the booking's state does not allow it. */
export function nextBookingState(state: BookingState, action: BookingAction): BookingState | null {
  const transition = BOOKING_TRANSITIONS[action];
  return transition.from.includes(state) ? transition.to : null;
}

/** The 409s of a slot already held and of a cancellation after the deadline. */
export const SLOT_TAKEN = { code: 'booking_slot_taken', message: 'That time is already booked (this resource or one that blocks it). Pick another slot.' } as const;
export const CANCEL_TOO_LATE = { code: 'booking_cancel_too_late', message: 'The cancellation deadline of this booking has passed; ask the agency.' } as const;
