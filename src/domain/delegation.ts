// Delegation while absent (DOMAIN.md §2): a user names a delegate, until a date or until they
// are back (no date); while it is in force their tickets also show, and their notifications also
// go, to the delegate.

export interface DelegationFacts {
  delegateUserId: string | null;
  delegateUntil: Date | null;
}

/** Whether the delegation is in force at `now`: a delegate, and no end or an end still ahead. */
export function delegationInForce(user: DelegationFacts, now: Date): boolean {
  return user.delegateUserId !== null && (user.delegateUntil === null || user.delegateUntil > now);
}

/** Roles whose holders can stand in for a colleague on tickets. */
export const DELEGATE_ROLES: readonly string[] = ['manager', 'assistant', 'agent', 'external_agent'];
