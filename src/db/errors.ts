// Recognizes database errors that are the user's doing rather than ours.

/** Whether an error (or its cause, as Drizzle wraps them) is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/** The SQLSTATE of an error or of its causes, the first found. */
export function sqlStateOf(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/** An exclusion constraint refused the row (two bookings' locks on one key overlapping). */
export const isExclusionViolation = (error: unknown) => sqlStateOf(error) === '23P01';
/** The database broke a deadlock by aborting this transaction: trying again is safe. */
export const isDeadlock = (error: unknown) => sqlStateOf(error) === '40P01';
