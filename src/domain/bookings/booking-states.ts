// The states of a booking: waiting for a manager's approval, confirmed, refused, cancelled (by the
// resident, by a manager, or because the resource closed). Pending and confirmed hold their slot.
export const BOOKING_STATES = ['pending', 'confirmed', 'refused', 'cancelled'] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

export const HOLDS_SLOT: Record<BookingState, boolean> = { pending: true, confirmed: true, refused: false, cancelled: false };

/** A confirmed booking's resident is reminded this many hours before it starts, once. */
export const REMINDER_HOURS_BEFORE = 24;
