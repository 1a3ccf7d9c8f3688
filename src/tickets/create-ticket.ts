// Creates a ticket (DOMAIN.md §4): checks the place, the people and the contractors, numbers it,
// sends its work orders or quote requests (as events; the outbox follows them), all at once.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { settingsOf, DEFAULT_REMINDERS } from '../domain/settings.ts';
import { typeAtCreation } from '../domain/tickets/type-transitions.ts';
import { findOrganization, findUser } from '../db/repositories/users.ts';
import { nextTicketNumber, insertTicket } from '../db/repositories/tickets.ts';
import { findRoutingRule } from '../db/repositories/settings.ts';
import { ActionScope } from './action-scope.ts';
import { checkPlace, checkCategory } from './ticket-place.ts';
import { addDispatch, dispatchSentEvent } from './add-dispatch.ts';
import { writeContactAndWatchers } from './ticket-parties.ts';
import { resolvePerson } from './resolve-parties.ts';
import { refreshTicket } from './refresh-ticket.ts';
import { linkAttachments } from './link-attachments.ts';
import type { CreateTicketInputT } from './ticket-input.ts';
import { staffActing } from './staff-acting.ts';
import { mergeReminders } from './merge-reminders.ts';
import { queueMessages } from '../messages/queue-messages.ts';

/** Creates the ticket and returns its number. */
export async function createTicket(ctx: AppContext, actor: Actor, input: CreateTicketInputT): Promise<number> {
  const contractors = input.contractors ?? [];
  if (input.type === 'PENDING' && contractors.length) {
    throw new DomainError('validation_failed', 'A pending request has no contractor yet; they are chosen when it is validated.', [{ field: 'contractors', message: 'must be empty' }]);
  }
  if (input.type !== 'PENDING' && contractors.length === 0) {
    throw new DomainError('validation_failed', 'Choose at least one contractor.', [{ field: 'contractors', message: 'needs at least one' }]);
  }
  const number = await ctx.db.transaction(async (db) => {
    const organization = (await findOrganization(db, actor.organizationId))!;
    const settings = settingsOf(organization.settings);
    const property = await checkPlace(db, actor.organizationId, input);
    const categoryFields = await checkCategory(db, actor.organizationId, input.categoryId, input.categoryFields);
    if (input.assigneeId && !(await findUser(db, actor.organizationId, input.assigneeId))) {
      throw new DomainError('unknown_reference', 'assigneeId does not name a user of this agency.', { field: 'assigneeId' });
    }
    const source = input.source ?? 'staff';
    const rule = input.assigneeId ? undefined : await findRoutingRule(db, actor.organizationId, { propertyId: property.id, categoryId: input.categoryId ?? null, source });
    const requester = input.requester ? await resolvePerson(db, actor.organizationId, input.requester, 'requester', false) : undefined;
    const now = ctx.clock.now();
    const requestedAt = input.requestedAt ? new Date(input.requestedAt) : now;
    const kind = input.type === 'DS' ? 'quote' : 'work_order';
    const type = input.type === 'PENDING' ? 'PENDING' : typeAtCreation(kind, contractors.length);

    const ticket = await insertTicket(db, {
      organizationId: actor.organizationId,
      number: await nextTicketNumber(db, actor.organizationId),
      type,
      status: 'pending_validation',
      waitingOn: 'staff',
      needsAction: true,
      module: property.module,
      propertyId: property.id,
      unitId: input.unitId ?? null,
      assigneeId: input.assigneeId ?? rule?.assigneeId ?? property.managerId ?? actor.userId,
      createdById: actor.userId,
      requesterPersonId: requester?.personId ?? null,
      requesterName: requester?.name ?? null,
      requesterEmail: requester?.emails[0] ?? null,
      requesterPhone: requester?.phones[0] ?? null,
      source,
      requestedAt,
      subject: input.subject,
      description: input.description ?? settings.defaultDescription,
      originalDescription: input.originalDescription ?? '',
      categoryId: input.categoryId ?? null,
      categoryFields,
      silent: input.silent ?? false,
      // Quotes always ask for presence; for a work order it is the manager's choice.
      presenceCheck: kind === 'quote' ? true : (input.presenceCheck ?? false),
      notifyReminders: input.notifyReminders ?? false,
      visibility: input.visibility ?? settings.defaultVisibility,
      sendOwnerName: input.sendOwnerName ?? false,
      reminders: mergeReminders({ ...DEFAULT_REMINDERS, ...settings.reminderDefaults }, input.reminders),
      lastHandledAt: now,
      firstResponseDueAt: new Date(requestedAt.getTime() + settings.firstResponseHours * 3_600_000),
      createdAt: now,
      updatedAt: now,
    });

    const scope = new ActionScope({ ctx, db, acting: await staffActing(db, actor, 'web'), ticket, dispatches: [], parties: [], settings });
    if (source !== 'staff' || input.originalDescription) {
      scope.record('request_received', { payload: { source, originalDescription: input.originalDescription ?? '', requester: requester?.name ?? null } });
    }
    const created = scope.record('ticket_created', { payload: { type, subject: input.subject, assigneeId: ticket.assigneeId, routingRule: rule?.name ?? null } });
    await linkAttachments(db, ticket, input.attachmentIds ?? [], created, 'document');
    for (const [i, choice] of contractors.entries()) {
      const dispatch = await addDispatch(db, ticket, scope.dispatches, choice, kind, `contractors.${i}`, now);
      scope.record(dispatchSentEvent(kind), { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, channels: dispatch.channels } });
    }
    await writeContactAndWatchers(db, ticket, scope.parties, input, now);
    const events = await refreshTicket(db, ticket, scope.dispatches, scope.events, now, { handledByStaff: true });
    await queueMessages(db, ctx, { ticket, dispatches: scope.dispatches, parties: scope.parties }, events, now);
    return ticket.number;
  });
  ctx.live.publish({ organizationId: actor.organizationId, number, updatedAt: ctx.clock.now().toISOString() });
  return number;
}
