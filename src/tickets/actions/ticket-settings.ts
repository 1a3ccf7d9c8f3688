// Changes to the ticket itself at any step: edit, reassign, silent mode, reminder delays, a
// party's contact details.
import { DomainError } from '../../domain/errors.ts';
import { findUser } from '../../db/repositories/users.ts';
import { updateDispatch, updateParty } from '../../db/repositories/tickets.ts';
import { mergeReminders } from '../merge-reminders.ts';
import { applyTicketFields } from './ticket-fields.ts';
import type { Handlers } from './handler.ts';

export const ticketSettingsHandlers: Handlers<'edit' | 'reassign' | 'set_silent' | 'set_reminders' | 'update_party'> = {
  async edit(scope, input) {
    const { action: _action, ...fields } = input;
    const before = { subject: scope.ticket.subject, description: scope.ticket.description };
    const changed = await applyTicketFields(scope, fields);
    if (changed.length === 0) throw new DomainError('validation_failed', 'Nothing to change: every field given already has that value.', []);
    scope.record('ticket_edited', { payload: { changed, before } });
  },

  async reassign(scope, input) {
    const user = await findUser(scope.db, scope.organizationId, input.assigneeId);
    if (!user || !user.active) throw new DomainError('unknown_reference', 'assigneeId does not name an active user of this agency.', { field: 'assigneeId' });
    scope.record('ticket_reassigned', { payload: { from: scope.ticket.assigneeId, to: user.id, toName: user.name } });
    scope.ticketPatch = { ...scope.ticketPatch, assigneeId: user.id };
  },

  async set_silent(scope, input) {
    if (input.silent === scope.ticket.silent) throw new DomainError('validation_failed', `Silent mode is already ${input.silent ? 'on' : 'off'}.`, []);
    // Switching it off does not send what was skipped while it was on (DOMAIN.md §4).
    scope.ticketPatch = { ...scope.ticketPatch, silent: input.silent };
    // Reminders count again from now, so nothing skipped while silent goes out at once.
    if (!input.silent) {
      for (const dispatch of scope.dispatches) {
        await updateDispatch(scope.db, dispatch.id, { reminderBaseAt: scope.now });
        dispatch.reminderBaseAt = scope.now;
      }
    }
    scope.record(input.silent ? 'silent_on' : 'silent_off', { payload: {} });
  },

  async set_reminders(scope, input) {
    const reminders = mergeReminders(scope.ticket.reminders, input.reminders);
    scope.ticketPatch = { ...scope.ticketPatch, reminders };
    scope.record('reminders_set', { payload: { before: scope.ticket.reminders, after: reminders } });
  },

  async update_party(scope, input) {
    const { dispatchId, partyId, emails, phones, channels } = input;
    if (!!dispatchId === !!partyId) throw new DomainError('validation_failed', 'Name either a dispatch or a party.', [{ field: 'dispatchId', message: 'or partyId, one of them' }]);
    const target = dispatchId ? scope.dispatch(dispatchId) : scope.party(partyId);
    const next = { emails: emails ?? target.emails, phones: phones ?? target.phones, channels: channels ?? target.channels };
    if (next.channels.includes('email') && next.emails.length === 0) throw new DomainError('validation_failed', 'Email is chosen but there is no email address.', [{ field: 'emails', message: 'is empty' }]);
    if (next.channels.includes('sms') && next.phones.length === 0) throw new DomainError('validation_failed', 'SMS is chosen but there is no mobile number.', [{ field: 'phones', message: 'is empty' }]);
    if (dispatchId) await updateDispatch(scope.db, dispatchId, { ...next, updatedAt: scope.now });
    else await updateParty(scope.db, partyId!, next);
    Object.assign(target, next);
    scope.record('party_updated', { dispatchId: dispatchId ?? null, partyId: partyId ?? null, payload: next });
  },
};
