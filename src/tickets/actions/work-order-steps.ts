// The steps of a work order (DOMAIN.md §5), entered by the manager on the contractor's behalf or
// taken by the contractor through their page: acceptance, refusal, appointment, check-in,
// completion, invoice.
import { DomainError } from '../../domain/errors.ts';
import type { DispatchKind } from '../../domain/tickets/codes.ts';
import { linkAttachments } from '../link-attachments.ts';
import { enteredBy, type Handlers } from './handler.ts';

function appointment(startsAt: string | undefined, durationMinutes: number | undefined, required: boolean) {
  if (!startsAt || !durationMinutes) {
    if (required) throw new DomainError('validation_failed', 'An appointment needs a date, a time and a planned duration.', [{ field: startsAt ? 'durationMinutes' : 'startsAt', message: 'is required' }]);
    return {};
  }
  return { appointmentStartsAt: new Date(startsAt), appointmentDurationMinutes: durationMinutes };
}

export const workOrderHandlers: Handlers<
  | 'enter_acceptance' | 'enter_refusal' | 'enter_appointment' | 'validate_appointment' | 'postpone_appointment'
  | 'enter_presence' | 'enter_completion' | 'request_invoice' | 'enter_invoice' | 'rerequest_invoice'
> = {
  async enter_acceptance(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    const slot = appointment(input.startsAt, input.durationMinutes, dispatch.kind === 'work_order');
    await scope.step(dispatch, 'accept', slot);
    scope.record('contractor_accepted', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, kind: dispatch.kind as DispatchKind, startsAt: input.startsAt ?? null, durationMinutes: input.durationMinutes ?? null, comment: input.comment ?? null, ...enteredBy(scope) } });
  },

  async enter_refusal(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    await scope.step(dispatch, 'refuse', { refusalReason: input.reason });
    scope.record('contractor_refused', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, reason: input.reason, ...enteredBy(scope) } });
  },

  async enter_appointment(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    await scope.step(dispatch, 'set_appointment', appointment(input.startsAt, input.durationMinutes, true));
    scope.record('appointment_set', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, startsAt: input.startsAt, durationMinutes: input.durationMinutes, comment: input.comment ?? null, ...enteredBy(scope) } });
  },

  async validate_appointment(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    await scope.step(dispatch, 'validate_appointment');
    scope.record('appointment_validated', { dispatchId: dispatch.id, payload: { startsAt: dispatch.appointmentStartsAt?.toISOString() ?? null, comment: input.comment ?? null } });
  },

  async postpone_appointment(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    const before = dispatch.appointmentStartsAt?.toISOString() ?? null;
    await scope.step(dispatch, 'postpone_appointment', appointment(input.startsAt, input.durationMinutes ?? dispatch.appointmentDurationMinutes ?? undefined, true));
    scope.record('appointment_postponed', { dispatchId: dispatch.id, payload: { from: before, to: input.startsAt, reason: input.reason ?? null } });
  },

  async enter_presence(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    if ((input.presence === 'late' || input.presence === 'postpone') && !input.startsAt) {
      throw new DomainError('validation_failed', 'Say when the contractor will come.', [{ field: 'startsAt', message: 'is required when late or postponing' }]);
    }
    if (input.presence === 'on_site') await scope.step(dispatch, 'check_in_on_site');
    if (input.presence === 'late') await scope.step(dispatch, 'check_in_late', { appointmentStartsAt: new Date(input.startsAt!) });
    if (input.presence === 'postpone') await scope.step(dispatch, 'check_in_postpone', { appointmentStartsAt: new Date(input.startsAt!) });
    if (input.presence === 'cannot_come') await scope.step(dispatch, 'check_in_cannot_come', { appointmentStartsAt: null });
    scope.record('check_in_answered', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, presence: input.presence, startsAt: input.startsAt ?? null, comment: input.comment ?? null, ...enteredBy(scope) } });
  },

  async enter_completion(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    const common = { completionComment: input.comment ?? null, completedAt: scope.now };
    if (input.invoice) await scope.step(dispatch, 'complete_with_invoice', { ...common, invoiceAmountCents: input.invoice.amountCents });
    else await scope.step(dispatch, 'complete', common);
    const eventId = scope.record('work_completed', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, comment: input.comment ?? null, invoiceAmountCents: input.invoice?.amountCents ?? null, ...enteredBy(scope) } });
    await linkAttachments(scope.db, scope.ticket, input.attachmentIds ?? [], eventId, 'proof', { dispatchId: dispatch.id });
    await linkAttachments(scope.db, scope.ticket, input.invoice?.attachmentIds ?? [], eventId, 'invoice', { dispatchId: dispatch.id });
  },

  async request_invoice(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    await scope.step(dispatch, 'request_invoice');
    scope.record('invoice_requested', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, comment: input.comment ?? null } });
  },

  async enter_invoice(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    await scope.step(dispatch, 'receive_invoice', { invoiceAmountCents: input.amountCents });
    const eventId = scope.record('invoice_received', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, amountCents: input.amountCents, comment: input.comment ?? null, ...enteredBy(scope) } });
    await linkAttachments(scope.db, scope.ticket, input.attachmentIds ?? [], eventId, 'invoice', { dispatchId: dispatch.id });
  },

  async rerequest_invoice(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    await scope.step(dispatch, 'rerequest_invoice');
    scope.record('invoice_rerequested', { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, comment: input.comment } });
  },
};
