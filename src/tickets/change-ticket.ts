// The one way a ticket changes (creation, staff actions, parties' answers, validation of a pending
// request, the automation; later inbound mail and the portal). In one transaction:
//
//   lock the ticket ─ check the access policy ─ run the step ─ derive status and schedules ─
//   append the events ─ run the reactors (search document, outgoing messages, webhooks) ─ commit
//   ─ publish the live update.
//
// A batch (the automation) goes through the same path with many tickets in one transaction, so
// that every write is set-based.
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { countsAsUnread } from '../domain/tickets/events.ts';
import { settingsOf, type OrganizationSettings } from '../domain/settings.ts';
import { organizationsByIds } from '../db/repositories/message-context.ts';
import {
  findTicket, lockTicketsById, dispatchesOfTickets, partiesOfTickets, updateTicket, updateDispatchAutomation, appendEventsOfTickets,
  type TicketRow, type DispatchRow, type PartyRow,
} from '../db/repositories/tickets.ts';
import { ActionScope, type Acting } from './action-scope.ts';
import { mayChangeTicket, maySeeTicket, type TicketViewer } from './ticket-access.ts';
import { derivedFields, changedFields, movedSchedules } from './derive-ticket.ts';
import { applyAttachmentLinks } from './link-attachments.ts';
import { REACTORS } from './reactors/index.ts';
import { dispatchStates, followResolution } from './resolution.ts';
import type { TicketChange } from './ticket-change.ts';
import type { DispatchState } from '../domain/tickets/codes.ts';

export interface ChangeRequest {
  organizationId: string;
  /** Which ticket: by number (people), by id (jobs, already locked by their claim), or a new one. */
  target: { number: number } | { id: string } | { create: (db: Db, settings: OrganizationSettings) => Promise<TicketRow> };
  /** Who asks, for the access policy. */
  viewer: TicketViewer;
  /** Who acts, as the history names them. */
  acting: (db: Db) => Promise<Acting> | Acting;
  /** The change itself: moves dispatches through `scope.step`, records events. */
  step: (scope: ActionScope) => Promise<void>;
  /** The search document's sources change (subject, place, contractors…). */
  reindex?: boolean;
}

/** Staff's changes count as handled; a party's answer (the catalogue's unread events) as unread;
 * the automation's leave the ticket's own dates alone. */
function touches(scope: ActionScope): { handled: boolean; unread: number; modified: boolean } {
  const { acting } = scope;
  const unread = scope.events.some((e) => countsAsUnread(e.type, e.actorType)) ? 1 : 0;
  if (acting.type === 'system') return { handled: false, unread: 0, modified: false };
  if (acting.type === 'staff') return { handled: true, unread: 0, modified: true };
  return { handled: false, unread, modified: true };
}

async function lockTargets(db: Db, requests: readonly ChangeRequest[], settingsFor: (orgId: string) => Promise<OrganizationSettings>): Promise<TicketRow[]> {
  const byId = new Map((await lockTicketsById(db, requests.flatMap((r) => ('id' in r.target ? [r.target.id] : [])))).map((t) => [t.id, t]));
  const tickets: TicketRow[] = [];
  for (const request of requests) {
    const { target } = request;
    const ticket =
      'create' in target ? await target.create(db, await settingsFor(request.organizationId))
      : 'number' in target ? await findTicket(db, request.organizationId, target.number, true)
      : byId.get(target.id);
    // A new ticket is checked after its step, like every change: who it ends up assigned to.
    if (!ticket || ticket.organizationId !== request.organizationId || (!('create' in target) && !mayChangeTicket(request.viewer, ticket))) throw notFound('Ticket');
    tickets.push(ticket);
  }
  return tickets;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/** Runs every request in one transaction; returns each ticket's change, in order. The requests
 * may be found inside the transaction (`claim`: the automation claims due work with the same
 * transaction that does it). */
export async function changeTickets(ctx: AppContext, requestsOrClaim: readonly ChangeRequest[] | ((db: Db) => Promise<readonly ChangeRequest[]>)): Promise<TicketChange[]> {
  if (Array.isArray(requestsOrClaim) && requestsOrClaim.length === 0) return [];
  const changes = await ctx.db.transaction(async (db) => {
    const requests = typeof requestsOrClaim === 'function' ? await requestsOrClaim(db) : (requestsOrClaim as readonly ChangeRequest[]);
    if (requests.length === 0) return [];
    const organizations = new Map((await organizationsByIds(db, requests.map((r) => r.organizationId))).map((o) => [o.id, o]));
    const settingsByOrg = new Map([...organizations.values()].map((o) => [o.id, settingsOf(o.settings)]));
    const settingsFor = async (organizationId: string) => {
      const settings = settingsByOrg.get(organizationId);
      if (!settings) throw notFound('Ticket');
      return settings;
    };
    const tickets = await lockTargets(db, requests, settingsFor);
    const ids = tickets.map((t) => t.id);
    const dispatchesByTicket = groupBy<DispatchRow>(await dispatchesOfTickets(db, ids), (d) => d.ticketId);
    const partiesByTicket = groupBy<PartyRow>(await partiesOfTickets(db, ids), (p) => p.ticketId);

    const scopes: ActionScope[] = [];
    const statesBefore = new Map<ActionScope, ReadonlyMap<string, DispatchState>>();
    for (const [i, request] of requests.entries()) {
      const ticket = tickets[i]!;
      const scope = new ActionScope({
        ctx, db, acting: await request.acting(db), ticket, settings: await settingsFor(ticket.organizationId),
        dispatches: dispatchesByTicket.get(ticket.id) ?? [], parties: partiesByTicket.get(ticket.id) ?? [],
      });
      const before = dispatchStates(scope);
      await request.step(scope);
      await followResolution(scope, before);
      statesBefore.set(scope, before);
      // Nobody changes a ticket into one they could no longer see (an external agent assigning it
      // away): refused, so nothing is committed and a retry cannot duplicate it.
      if (!maySeeTicket(request.viewer, { ...ticket, ...scope.ticketPatch })) {
        throw new DomainError('forbidden', 'You may only assign this ticket to yourself: you would no longer see it.', { field: 'assigneeId' });
      }
      scopes.push(scope);
    }

    // Derive, schedule, write: the ticket rows that changed, every moved schedule in one statement.
    const automation = [];
    for (const scope of scopes) {
      const { ticket, dispatches, now } = scope;
      const before = { ...ticket };
      Object.assign(ticket, scope.ticketPatch);
      const touched = touches(scope);
      const patch: Partial<TicketRow> = { ...scope.ticketPatch, ...derivedFields(ticket, dispatches, touched.unread) };
      if (touched.modified) patch.updatedAt = now;
      if (touched.handled) {
        patch.lastHandledAt = now;
        if (!ticket.firstRespondedAt && ticket.assigneeId) patch.firstRespondedAt = now;
      }
      const changed = changedFields(before, patch);
      Object.assign(ticket, patch);
      if (Object.keys(changed).length > 0) await updateTicket(db, ticket.id, changed);
      const moved = new Map(movedSchedules(ticket, dispatches, now).map((m) => [m.dispatch.id, m.schedule]));
      for (const dispatch of dispatches) {
        const schedule = moved.get(dispatch.id);
        if (schedule) Object.assign(dispatch, schedule);
        if (schedule || scope.automationTouched.has(dispatch.id)) automation.push(dispatch);
      }
    }
    await updateDispatchAutomation(db, automation);
    const written = await appendEventsOfTickets(db, scopes.map((s) => ({ ticket: s.ticket, events: s.events })));
    await applyAttachmentLinks(db); // files a step brought point at its events, now written
    const eventsByTicket = groupBy(written, (e) => e.ticketId);

    const changes: TicketChange[] = scopes.map((scope, i) => ({
      ticket: scope.ticket, dispatches: scope.dispatches, parties: scope.parties, events: eventsByTicket.get(scope.ticket.id) ?? [],
      acting: scope.acting, organization: organizations.get(scope.ticket.organizationId)!, settings: scope.settings, reindex: 'create' in requests[i]!.target || (requests[i]!.reindex ?? false), now: scope.now,
      dispatchStatesBefore: statesBefore.get(scope)!,
    }));
    for (const reactor of REACTORS) await reactor.react(db, ctx, changes);
    return changes;
  });
  for (const change of changes) {
    const { ticket } = change;
    ctx.live.publish({ organizationId: ticket.organizationId, number: ticket.number, updatedAt: ticket.updatedAt.toISOString(), propertyId: ticket.propertyId ?? undefined, assigneeId: ticket.assigneeId });
  }
  return changes;
}

/** Runs one request. */
export async function changeTicket(ctx: AppContext, request: ChangeRequest): Promise<TicketChange> {
  const [change] = await changeTickets(ctx, [request]);
  return change!;
}
