// Phone numbers as people type them (06 12 34 56 78, +33 6 12 34 56 78, 0033612345678) and as
// providers send them (+33612345678) are the same number when their last nine digits agree —
// the rule the repositories' phone matching applies in SQL.

/** Digits compared between two numbers. */
export const PHONE_MATCH_DIGITS = 9;

/** The digits two numbers are compared on; undefined when too short to be a person's number (a short code). */
export function phoneMatchKey(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 6 ? digits.slice(-PHONE_MATCH_DIGITS) : undefined;
}

/** Whether two numbers are the same (their match keys agree). */
export function samePhone(a: string, b: string): boolean {
  const key = phoneMatchKey(a);
  return key !== undefined && key === phoneMatchKey(b);
}
