// Creates a ticket (DOMAIN.md §4) through the one commit path: checks the place, the people and
// the contractors, numbers it, sends its work orders or quote requests (as events; the outbox
// follows them), all at once.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { DEFAULT_REMINDERS, defaultVisibilityFor } from '../domain/settings.ts';
import { typeAtCreation } from '../domain/tickets/type-transitions.ts';
import { findUser } from '../db/repositories/users.ts';
import { findCompany } from '../db/repositories/companies.ts';
import { nextTicketNumber, insertTicket } from '../db/repositories/tickets.ts';
import { findRoutingRule } from '../db/repositories/settings.ts';
import { checkPlace, checkCategory } from './ticket-place.ts';
import { addDispatch, dispatchSentEvent } from './add-dispatch.ts';
import { writeContactAndWatchers } from './ticket-parties.ts';
import { resolvePerson } from './resolve-parties.ts';
import { linkAttachments } from './link-attachments.ts';
import type { CreateTicketInputT } from './ticket-input.ts';
import { staffActing } from './staff-acting.ts';
import { mergeReminders } from './merge-reminders.ts';
import { changeTicket } from './change-ticket.ts';
import { staffViewer } from './ticket-access.ts';

/** Creates the ticket and returns its number. */
export async function createTicket(ctx: AppContext, actor: Actor, input: CreateTicketInputT): Promise<number> {
  const contractors = input.contractors ?? [];
  if (input.type === 'PENDING' && contractors.length) {
    throw new DomainError('validation_failed', 'A pending request has no contractor yet; they are chosen when it is validated.', [{ field: 'contractors', message: 'must be empty' }]);
  }
  if (input.type !== 'PENDING' && contractors.length === 0) {
    throw new DomainError('validation_failed', 'Choose at least one contractor.', [{ field: 'contractors', message: 'needs at least one' }]);
  }
  const source = input.source ?? 'staff';
  const kind = input.type === 'DS' ? 'quote' : 'work_order';
  const type = input.type === 'PENDING' ? 'PENDING' : typeAtCreation(kind, contractors.length);
  let routingRule: string | null = null;
  let requesterName: string | null = null;
  const change = await changeTicket(ctx, {
    organizationId: actor.organizationId,
    viewer: await staffViewer(ctx, actor),
    acting: (db) => staffActing(db, actor, 'web'),
    target: {
      async create(db, settings) {
        const property = await checkPlace(db, actor.organizationId, input);
        const categoryFields = await checkCategory(db, actor.organizationId, input.categoryId, input.categoryFields);
        if (input.assigneeId && !(await findUser(db, actor.organizationId, input.assigneeId))) {
          throw new DomainError('unknown_reference', 'assigneeId does not name a user of this agency.', { field: 'assigneeId' });
        }
        const rule = input.assigneeId ? undefined : await findRoutingRule(db, actor.organizationId, { propertyId: property.id, categoryId: input.categoryId ?? null, source });
        routingRule = rule?.name ?? null;
        if (input.companyId && !(await findCompany(db, actor.organizationId, input.companyId))) {
          throw new DomainError('unknown_reference', 'companyId does not name a company of this agency.', { field: 'companyId' });
        }
        const requester = input.requester ? await resolvePerson(db, actor.organizationId, input.requester, 'requester', false) : undefined;
        requesterName = requester?.name ?? null;
        const now = ctx.clock.now();
        const requestedAt = input.requestedAt ? new Date(input.requestedAt) : now;
        return insertTicket(db, {
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
          companyId: input.companyId ?? null,
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
          visibility: input.visibility ?? defaultVisibilityFor(settings, property.module),
          sendOwnerName: input.sendOwnerName ?? false,
          reminders: mergeReminders({ ...DEFAULT_REMINDERS, ...settings.reminderDefaults }, input.reminders),
          lastHandledAt: now,
          firstResponseDueAt: new Date(requestedAt.getTime() + settings.firstResponseHours * 3_600_000),
          createdAt: now,
          updatedAt: now,
        });
      },
    },
    async step(scope) {
      const { db, ticket, now } = scope;
      if (source !== 'staff' || input.originalDescription) {
        scope.record('request_received', { payload: { source, originalDescription: input.originalDescription ?? '', requester: requesterName } });
      }
      const created = scope.record('ticket_created', { payload: { type, subject: input.subject, assigneeId: ticket.assigneeId, routingRule } });
      await linkAttachments(db, ticket, input.attachmentIds ?? [], created, 'document');
      for (const [i, choice] of contractors.entries()) {
        const dispatch = await addDispatch(db, ticket, scope.dispatches, choice, kind, `contractors.${i}`, now);
        scope.record(dispatchSentEvent(kind), { dispatchId: dispatch.id, payload: { contractor: dispatch.contractorName, channels: dispatch.channels } });
      }
      await writeContactAndWatchers(db, ticket, scope.parties, input, now);
    },
  });
  return change.ticket.number;
}
