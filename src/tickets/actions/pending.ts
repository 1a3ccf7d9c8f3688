// A pending request ("?"): validated into a work order or a quote request, or cancelled.
import { DomainError } from '../../domain/errors.ts';
import { typeAtCreation } from '../../domain/tickets/type-transitions.ts';
import { findUser } from '../../db/repositories/users.ts';
import { addDispatch, dispatchSentEvent } from '../add-dispatch.ts';
import { applyTicketFields } from './ticket-fields.ts';
import { mergeReminders } from '../merge-reminders.ts';
import { revokeExchangeTokens } from '../../db/repositories/exchange-tokens.ts';
import { openReportCount } from '../../db/repositories/incidents.ts';
import type { Handlers } from './handler.ts';

export const pendingHandlers: Handlers<'validate' | 'cancel_request'> = {
  async validate(scope, input) {
    const { kind, contractors, assigneeId, silent, reminders, action: _action, ...fields } = input;
    if (assigneeId && !(await findUser(scope.db, scope.organizationId, assigneeId))) {
      throw new DomainError('unknown_reference', 'assigneeId does not name a user of this agency.', { field: 'assigneeId' });
    }
    await applyTicketFields(scope, fields);
    // A request from an unknown sender may have come without its place: it is chosen now.
    if (!(scope.ticketPatch.propertyId ?? scope.ticket.propertyId)) {
      throw new DomainError('validation_failed', 'Choose the property this request is about.', [{ field: 'propertyId', message: 'is required' }]);
    }
    const type = typeAtCreation(kind, contractors.length);
    scope.ticketPatch = {
      ...scope.ticketPatch,
      type,
      presenceCheck: kind === 'quote' ? true : (fields.presenceCheck ?? scope.ticket.presenceCheck),
      ...(assigneeId ? { assigneeId } : {}),
      ...(silent !== undefined ? { silent } : {}),
      ...(reminders ? { reminders: mergeReminders(scope.ticket.reminders, reminders) } : {}),
    };
    scope.record('request_validated', { payload: { type } });
    for (const [i, choice] of contractors.entries()) {
      const dispatch = await addDispatch(scope.db, scope.ticket, scope.dispatches, choice, kind, `contractors.${i}`, scope.now);
      scope.record(dispatchSentEvent(kind), { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, channels: dispatch.channels } });
    }
  },

  async cancel_request(scope, input) {
    // Cancelled, an incident would leave its open reports linked to a closed ticket.
    if (scope.ticket.incidentReportCount > 0 && (await openReportCount(scope.db, scope.ticket.organizationId, scope.ticket.id)) > 0) {
      throw new DomainError('incident_has_reports', 'Reports are linked to this request: take them out of it (or close it with them) before cancelling it.');
    }
    scope.ticketPatch = { ...scope.ticketPatch, closedAt: scope.now, closeReason: 'request_cancelled' };
    scope.record('request_cancelled', { payload: { reason: input.reason ?? null } });
    await revokeExchangeTokens(scope.db, { ticketId: scope.ticket.id }, scope.now);
  },
};
