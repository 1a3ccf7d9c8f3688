// Whether a delegation while absent is in force (DOMAIN.md §2): until a date, or until back.
import { describe, expect, it } from 'vitest';
import { delegationInForce } from '../../src/domain/delegation.ts';

const now = new Date('2026-12-01T09:00:00Z');

describe('delegation in force', () => {
  it('when a delegate is named without an end, then it lasts until the user is back', () => {
    expect(delegationInForce({ delegateUserId: 'u2', delegateUntil: null }, now)).toBe(true);
  });

  it('when the end is ahead, then it is in force; once passed, no longer', () => {
    expect(delegationInForce({ delegateUserId: 'u2', delegateUntil: new Date('2026-12-05T22:59:59Z') }, now)).toBe(true);
    expect(delegationInForce({ delegateUserId: 'u2', delegateUntil: new Date('2026-11-30T22:59:59Z') }, now)).toBe(false);
  });

  it('when no delegate is named, then there is no delegation, whatever the date', () => {
    expect(delegationInForce({ delegateUserId: null, delegateUntil: null }, now)).toBe(false);
    expect(delegationInForce({ delegateUserId: null, delegateUntil: new Date('2027-01-01T00:00:00Z') }, now)).toBe(false);
  });
});
