// Answers only a party gives through its page (the manager has other ways to record them):
// acknowledging the work order, proposing an appointment, writing to the manager.
import { DomainError } from '../../domain/errors.ts';
import { updateDispatch } from '../../db/repositories/tickets.ts';
import { linkAttachments } from '../link-attachments.ts';
import type { ActionScope } from '../action-scope.ts';

/** The contractor confirms having read the work order (the read receipt of DOMAIN.md §11). */
export async function acknowledge(scope: ActionScope, input: { dispatchId: string }) {
  const dispatch = scope.dispatch(input.dispatchId);
  if (dispatch.acknowledgedAt) throw new DomainError('action_not_available', 'The work order was already acknowledged.');
  await updateDispatch(scope.db, dispatch.id, { acknowledgedAt: scope.now, updatedAt: scope.now });
  dispatch.acknowledgedAt = scope.now;
  scope.record('work_order_acknowledged', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName } });
}

/** The contractor proposes (or moves) the appointment; the manager then validates it. */
export async function proposeAppointment(scope: ActionScope, input: { dispatchId: string; startsAt: string; durationMinutes: number; comment?: string }) {
  const dispatch = scope.dispatch(input.dispatchId);
  await scope.step(dispatch, 'propose_appointment', { appointmentStartsAt: new Date(input.startsAt), appointmentDurationMinutes: input.durationMinutes });
  scope.record('appointment_proposed', {
    dispatchId: dispatch.id,
    payload: { contractor: dispatch.contractorName, startsAt: input.startsAt, durationMinutes: input.durationMinutes, comment: input.comment ?? null },
  });
}

/** A party writes to the manager, with files if any; it counts as unread until read. */
export async function partyMessage(scope: ActionScope, input: { dispatchId?: string; partyId?: string; body: string; attachmentIds?: string[] }) {
  const from = input.dispatchId ? scope.dispatch(input.dispatchId).contractorName : scope.party(input.partyId).name;
  const eventId = scope.record('message_received', { dispatchId: input.dispatchId ?? null, partyId: input.partyId ?? null, payload: { from, body: input.body } });
  await linkAttachments(scope.db, scope.ticket, input.attachmentIds ?? [], eventId, 'message', { dispatchId: input.dispatchId });
}
