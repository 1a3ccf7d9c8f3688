// POST /portal/tickets/{number}/decisions: the resident decides on a quote put to them, exactly as
// the approver's link does (enter_approval as the approver party whose person is the resident).
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { DomainError } from '../domain/errors.ts';
import { partiesOf } from '../db/repositories/tickets.ts';
import { performActionAs } from '../tickets/perform-action.ts';
import { visiblePortalTicket } from './visible-portal-ticket.ts';
import type { PortalDecisionInputT } from './portal-request-input.ts';

export async function decideAsResident(ctx: AppContext, resident: Resident, number: number, input: PortalDecisionInputT): Promise<void> {
  const { viewer, ticket } = await visiblePortalTicket(ctx, resident, number);
  const party = (await partiesOf(ctx.db, ticket.id)).find((p) => p.role === 'approver' && p.active && p.personId === resident.personId && p.dispatchIds.includes(input.dispatchId));
  if (!party) throw new DomainError('action_not_available', 'This quote does not wait for your decision.', { dispatchId: input.dispatchId });
  await performActionAs(
    ctx, resident.organizationId, number,
    { action: 'enter_approval', dispatchId: input.dispatchId, decision: input.decision, comment: input.comment },
    () => ({ type: 'approver', name: party.name, channel: 'portal' }),
    viewer,
  );
}
