// Writing to people at any step: internal notes (staff only), messages to a party, informing a
// third party, attachments, a manual reminder.
import { DomainError } from '../../domain/errors.ts';
import { STATUSES } from '../../domain/tickets/codes.ts';
import { linkAttachments } from '../link-attachments.ts';
import { resolvePerson } from '../resolve-parties.ts';
import { requesterParty } from '../requester-party.ts';
import { sanitizeRichText } from '../sanitize.ts';
import { reminderRule } from '../../domain/automation/reminder-rules.ts';
import type { Handlers } from './handler.ts';

export const messageHandlers: Handlers<'internal_note' | 'send_message' | 'inform_third_party' | 'add_attachments' | 'remind'> = {
  async internal_note(scope, input) {
    const html = sanitizeRichText(input.body);
    if (!html.replace(/<[^>]*>/g, '').trim()) throw new DomainError('validation_failed', 'The note is empty once cleaned.', [{ field: 'body', message: 'is empty' }]);
    const eventId = scope.record('internal_note', { internal: true, payload: { html } });
    await linkAttachments(scope.db, scope.ticket, input.attachmentIds ?? [], eventId, 'document', { internal: true });
  },

  async send_message(scope, input) {
    if ([input.dispatchId, input.partyId, input.toRequester].filter(Boolean).length !== 1) {
      throw new DomainError('validation_failed', 'Name one recipient: a dispatch, a party or the requester.', [{ field: 'dispatchId', message: 'or partyId, or toRequester: exactly one of them' }]);
    }
    // The requester is written to on their own thread: their watcher party, made if missing.
    const partyId = input.toRequester ? (await requesterParty(scope)).id : input.partyId;
    const to = input.dispatchId ? scope.dispatch(input.dispatchId).contractorName : scope.party(partyId).name;
    // A reply keeps the subject, so the exchange reads as one thread.
    const subject = input.subject?.trim() || scope.ticket.subject;
    const eventId = scope.record('message_sent', {
      dispatchId: input.dispatchId ?? null, partyId: partyId ?? null,
      payload: { to, subject, body: input.body, ...(input.toRequester ? { toRequester: true as const } : {}) },
    });
    await linkAttachments(scope.db, scope.ticket, input.attachmentIds ?? [], eventId, 'message', { dispatchId: input.dispatchId });
  },

  async inform_third_party(scope, input) {
    const recipients = [];
    for (const [i, choice] of input.recipients.entries()) recipients.push(await resolvePerson(scope.db, scope.organizationId, choice, `recipients.${i}`, true));
    const status = scope.ticket.status;
    scope.record('third_party_informed', {
      payload: { recipients: recipients.map((r) => ({ name: r.name, emails: r.emails, phones: r.phones, channels: r.channels })), step: status, stepLabel: STATUSES[status].fr, message: input.message ?? null },
    });
  },

  async add_attachments(scope, input) {
    const eventId = scope.record('attachments_added', { payload: { count: input.attachmentIds.length, comment: input.comment ?? null } });
    await linkAttachments(scope.db, scope.ticket, input.attachmentIds, eventId, 'document');
  },

  async remind(scope, input) {
    const dispatch = scope.dispatch(input.dispatchId);
    const template = reminderRule(dispatch.kind, dispatch.state)?.template;
    scope.record('reminder_sent', { dispatchId: dispatch.id, payload: { manual: true, template, channels: input.channels ?? dispatch.channels, state: dispatch.state } });
  },
};
