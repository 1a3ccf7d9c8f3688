// Recognizes database errors that are the user's doing rather than ours.

/** Whether an error (or its cause, as Drizzle wraps them) is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}
