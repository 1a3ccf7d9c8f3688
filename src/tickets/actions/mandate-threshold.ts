// An owner's mandate (gérance, DOMAIN.md §13): a quote received above the amount the unit's
// current owner set (persons.mandate_threshold_cents) waits for that owner's approval. The step
// is the staff action request_approval, recorded as the system's, inside the change that
// received the quote (the one change path).
import type { ActionScope } from '../action-scope.ts';
import type { DispatchRow } from '../../db/repositories/tickets.ts';
import { unitOwnerWithThreshold } from '../../db/repositories/portal-requests.ts';
import { channelsOf } from '../resolve-parties.ts';
import type { ActionInputOf } from '../action-inputs.ts';

type RequestApproval = (scope: ActionScope, input: ActionInputOf<'request_approval'>) => Promise<void>;

/** Asks the owner's approval of the quote just received when it is above their mandate. */
export async function askOwnerAboveMandate(scope: ActionScope, dispatch: DispatchRow, requestApproval: RequestApproval): Promise<void> {
  const { ticket } = scope;
  if (ticket.module !== 'gerance' || !ticket.unitId || dispatch.state !== 'quote_received' || dispatch.quoteAmountCents === null) return;
  if (scope.parties.some((p) => p.role === 'approver' && p.active && p.dispatchIds.includes(dispatch.id))) return;
  const owner = await unitOwnerWithThreshold(scope.db, scope.organizationId, ticket.unitId, scope.now.toISOString().slice(0, 10));
  if (!owner || owner.mandateThresholdCents === null || dispatch.quoteAmountCents <= owner.mandateThresholdCents) return;
  const channels = channelsOf(owner);
  // An owner who cannot be reached is left to the manager, who sees the quote waiting.
  if (channels.length === 0) return;
  await scope.asSystem(() =>
    requestApproval(scope, {
      action: 'request_approval', dispatchIds: [dispatch.id], approver: { personId: owner.id, channels },
    }),
  );
}
