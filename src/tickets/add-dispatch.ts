// Puts a contractor on a ticket: a new dispatch, requested, with its own contact details.
import type { Db } from '../db/connection.ts';
import type { DispatchKind } from '../domain/tickets/codes.ts';
import { insertDispatch, type DispatchRow, type TicketRow } from '../db/repositories/tickets.ts';
import type { ContractorChoiceT } from './action-inputs.ts';
import { resolveContractor } from './resolve-parties.ts';

/** Creates the dispatch of one contractor, after the existing ones. */
export async function addDispatch(
  db: Db,
  ticket: TicketRow,
  existing: DispatchRow[],
  choice: ContractorChoiceT,
  kind: DispatchKind,
  field: string,
  now: Date,
): Promise<DispatchRow> {
  const details = await resolveContractor(db, ticket.organizationId, choice, field, kind);
  const { name, ...contact } = details;
  const dispatch = await insertDispatch(db, {
    ...contact,
    contractorName: name,
    organizationId: ticket.organizationId,
    ticketId: ticket.id,
    position: existing.length + 1,
    kind,
    state: 'requested',
    stateChangedAt: now,
    reminderBaseAt: now,
    createdAt: now,
    updatedAt: now,
  });
  existing.push(dispatch);
  return dispatch;
}

/** The event a new dispatch records: the work order or the quote request went out. */
export function dispatchSentEvent(kind: DispatchKind): 'work_order_sent' | 'quote_requested' {
  return kind === 'work_order' ? 'work_order_sent' : 'quote_requested';
}
