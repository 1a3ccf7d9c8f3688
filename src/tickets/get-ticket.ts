// One ticket with everything its page shows: parties, dispatches, documents, and the next steps.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { settingsOf } from '../domain/settings.ts';
import { availableActions, ticketFactsOf } from '../domain/tickets/action-catalogue.ts';
import { findCompany } from '../db/repositories/companies.ts';
import { findOrganization, findUser } from '../db/repositories/users.ts';
import { dispatchesOf, partiesOf, eventsOf } from '../db/repositories/tickets.ts';
import { maySeeTicket, staffViewer, visibleTicket } from './ticket-access.ts';
import { propertiesRepository, unitsRepository } from '../db/repositories/master-data.ts';
import { categoriesRepository } from '../db/repositories/settings.ts';
import { attachmentsOfTicket, linkedAttachmentsOfTicket } from '../db/repositories/attachments.ts';
import { messageStatesOfTicket, undeliveredMessagesOfTicket } from '../db/repositories/delivery-problems.ts';
import { can } from '../domain/roles.ts';
import { eventDelivery } from '../domain/messages/delivery-problems.ts';
import { outboxScope } from '../messages/outbox-scope.ts';
import { failingAddressesAmong } from '../db/repositories/inbound.ts';
import { feedbackOfTicket } from '../db/repositories/ticket-feedback.ts';
import { incidentOf, reportsOfIncident } from '../db/repositories/incidents.ts';

/** The reader's outbox scope, when they may read the outbox (what the ticket page says of its messages). */
async function readableOutbox(ctx: AppContext, actor: Actor) {
  return can(actor.roles, 'outbox:read') ? outboxScope(ctx, actor) : undefined;
}

/** The ticket page's data. */
export async function getTicket(ctx: AppContext, actor: Actor, number: number) {
  const viewer = await staffViewer(ctx, actor);
  const ticket = await visibleTicket(ctx, actor, number, viewer);
  const [organization, dispatches, parties, property, unit, category, assignee, createdBy, documents, feedback, incident, incidentReports, company] = await Promise.all([
    findOrganization(ctx.db, actor.organizationId),
    dispatchesOf(ctx.db, ticket.id),
    partiesOf(ctx.db, ticket.id),
    ticket.propertyId ? propertiesRepository.get(ctx.db, actor.organizationId, ticket.propertyId) : undefined,
    ticket.unitId ? unitsRepository.get(ctx.db, actor.organizationId, ticket.unitId) : undefined,
    ticket.categoryId ? categoriesRepository.get(ctx.db, actor.organizationId, ticket.categoryId) : undefined,
    ticket.assigneeId ? findUser(ctx.db, actor.organizationId, ticket.assigneeId) : undefined,
    ticket.createdById ? findUser(ctx.db, actor.organizationId, ticket.createdById) : undefined,
    linkedAttachmentsOfTicket(ctx.db, ticket.id),
    feedbackOfTicket(ctx.db, ticket.id),
    ticket.incidentId ? incidentOf(ctx.db, actor.organizationId, ticket.incidentId) : undefined,
    ticket.incidentReportCount > 0 ? reportsOfIncident(ctx.db, actor.organizationId, ticket.id) : [],
    ticket.companyId ? findCompany(ctx.db, actor.organizationId, ticket.companyId) : undefined,
  ]);
  // Only what the viewer may see of the tickets an incident links (an external agent, an assistant
  // of one building): the others are not named on this page.
  const seenIncident = incident && maySeeTicket(viewer, incident) ? incident : undefined;
  const seenReports = incidentReports.filter((report) => maySeeTicket(viewer, report));
  // The messages to its parties that could not leave (held, failed), for whoever may read the outbox;
  // and the addresses of its requester, parties and contractors that bounced permanently.
  const outbox = await readableOutbox(ctx, actor);
  const emails = [ticket.requesterEmail, ...parties.filter((p) => p.active).flatMap((p) => p.emails), ...dispatches.flatMap((d) => d.emails)];
  const [undelivered, failing] = await Promise.all([
    outbox ? undeliveredMessagesOfTicket(ctx.db, actor.organizationId, ticket.id, outbox) : [],
    failingAddressesAmong(ctx.db, actor.organizationId, [...new Set(emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()))]),
  ]);
  const next = availableActions(
    ticketFactsOf(ticket),
    dispatches.map((d) => ({ id: d.id, kind: d.kind, state: d.state })),
  );
  return { ticket, organization: organization!, settings: settingsOf(organization!.settings), dispatches, parties, property, unit, category, assignee, createdBy, documents, feedback, next, undelivered, failing, incident: seenIncident, incidentReports: seenReports, company, now: ctx.clock.now() };
}

/** A ticket's history, newest first, optionally only what concerns one party; each event with what
 * became of the messages it called for (for whoever may read the outbox). */
export async function ticketEvents(ctx: AppContext, actor: Actor, number: number, only?: { dispatchId?: string; partyId?: string }) {
  const ticket = await visibleTicket(ctx, actor, number);
  const events = await eventsOf(ctx.db, ticket.id);
  const files = await attachmentsOfTicket(ctx.db, ticket.id);
  const outbox = await readableOutbox(ctx, actor);
  const states = outbox ? await messageStatesOfTicket(ctx.db, actor.organizationId, ticket.id, outbox) : [];
  const filtered = events.filter((e) => (!only?.dispatchId || e.dispatchId === only.dispatchId) && (!only?.partyId || e.partyId === only.partyId));
  return filtered.map((event) => ({
    event, attachments: files.filter((f) => f.eventId === event.id),
    delivery: outbox ? eventDelivery(states.filter((s) => s.eventId === event.id).map((s) => s.state)) : null,
  }));
}
