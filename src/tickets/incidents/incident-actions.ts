// An incident and its reports change together (DOMAIN.md §12), through the one commit path with
// one change per ticket in one transaction: link a report (its requester becomes a watcher of the
// incident), merge it (linked and closed as a duplicate), undo a link before the report closes,
// send one update to every requester, close the incident with its open reports.
//
// Locks: the tickets concerned are locked in the order of their ids in one statement
// (lockTicketsById). Under the incident's lock nobody links or unlinks a report to it, so its
// reports read again after the lock are the ones that count. The reports that only follow the
// incident (an update relayed, closed with it) are changed as the system sees them: the manager
// acts on the incident.
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../auth/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import type { IncidentAction } from '../../domain/tickets/action-catalogue.ts';
import { DUPLICATE_CLOSE_REASON, linkRefusal, type LinkFacts } from '../../domain/tickets/incident-rules.ts';
import { eventsOf, findTicket, lockTicketsById, updateParty, type TicketRow } from '../../db/repositories/tickets.ts';
import { reportIdsOfIncident, reportsOfIncident } from '../../db/repositories/incidents.ts';
import { revokeExchangeTokens } from '../../db/repositories/exchange-tokens.ts';
import { changeTickets, type ChangeRequest } from '../change-ticket.ts';
import { maySeeTicket, staffViewer, type TicketViewer } from '../ticket-access.ts';
import { staffActing } from '../staff-acting.ts';
import { assertAvailable } from '../assert-available.ts';
import { closeHandlers } from '../actions/close.ts';
import { findRequesterParty, requesterParty, requesterReachable } from '../requester-party.ts';
import type { ActionScope } from '../action-scope.ts';
import type { ActionInputOf } from '../action-inputs.ts';
import type { TicketChange } from '../ticket-change.ts';
import type { ActionOutcome } from '../perform-action.ts';

type IncidentInput = { [A in IncidentAction]: ActionInputOf<A> }[IncidentAction];

const SYSTEM: TicketViewer = { type: 'system' };

const outcome = (change: TicketChange): ActionOutcome => ({ number: change.ticket.number, events: change.events, updatedAt: change.ticket.updatedAt });

const linkFacts = (t: TicketRow): LinkFacts => ({
  id: t.id, closed: t.closedAt !== null, linked: t.incidentId !== null, reportCount: t.incidentReportCount, propertyId: t.propertyId,
});

/** The ticket `number` as the viewer may see it, or 404 (`field` names the input that gave it). */
async function seen(ctx: AppContext, viewer: TicketViewer, organizationId: string, number: number, field?: string): Promise<TicketRow> {
  const ticket = await findTicket(ctx.db, organizationId, number);
  if (!ticket || !maySeeTicket(viewer, ticket)) throw new DomainError('not_found', `Ticket n°${number} not found.`, field ? { field } : undefined);
  return ticket;
}

/** Locks an incident, its reports and `also`, in the order of their ids; returns them fresh. */
async function lockGroup(db: Db, organizationId: string, incidentId: string, also: readonly string[] = []) {
  const rows = await lockTicketsById(db, [...new Set([incidentId, ...(await reportIdsOfIncident(db, organizationId, incidentId)), ...also])]);
  const reportIds = await reportIdsOfIncident(db, organizationId, incidentId);
  const missing = reportIds.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length > 0) rows.push(...(await lockTicketsById(db, missing)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { incident: byId.get(incidentId)!, reports: reportIds.map((id) => byId.get(id)!), byId };
}

/** Closes a report as the incident's duplicate: it keeps pointing to it. */
async function closeAsDuplicate(scope: ActionScope, incidentNumber: number): Promise<void> {
  scope.ticketPatch = { ...scope.ticketPatch, closedAt: scope.now, closeReason: DUPLICATE_CLOSE_REASON };
  scope.record('closed_as_duplicate', { payload: { incident: incidentNumber } });
  await revokeExchangeTokens(scope.db, { ticketId: scope.ticket.id }, scope.now);
}

/** The incident takes a report: one more in its count, the report's requester as a watcher
 * (unless they are a party already, or its own requester). */
async function takeReport(scope: ActionScope, report: TicketRow, merged: boolean): Promise<void> {
  scope.ticketPatch = { ...scope.ticketPatch, incidentReportCount: scope.ticket.incidentReportCount + 1 };
  const incident = scope.ticket;
  const sameRequester = (report.requesterPersonId && report.requesterPersonId === incident.requesterPersonId)
    || (!!report.requesterEmail && report.requesterEmail.toLowerCase() === incident.requesterEmail?.toLowerCase());
  const existing = findRequesterParty({ ticket: report, parties: scope.parties });
  let watcherPartyId: string | null = existing?.id ?? null;
  let watcherAdded = false;
  if (!existing && !sameRequester && requesterReachable(report)) {
    watcherPartyId = (await requesterParty(scope, report)).id;
    watcherAdded = true;
  }
  scope.record('incident_report_linked', { payload: { ticket: report.number, merged, watcherPartyId, watcherAdded } });
}

async function link(ctx: AppContext, actor: Actor, number: number, incidentNumber: number, merge: boolean): Promise<ActionOutcome> {
  const viewer = await staffViewer(ctx, actor);
  const { organizationId } = actor;
  const report = await seen(ctx, viewer, organizationId, number);
  const incident = await seen(ctx, viewer, organizationId, incidentNumber, 'incidentNumber');
  const acting = (db: Db) => staffActing(db, actor, 'web');
  const changes = await changeTickets(ctx, async (db): Promise<ChangeRequest[]> => {
    const locked = new Map((await lockTicketsById(db, [report.id, incident.id])).map((t) => [t.id, t]));
    const r = locked.get(report.id)!;
    const i = locked.get(incident.id)!;
    const refusal = linkRefusal(linkFacts(r), linkFacts(i));
    if (refusal) throw new DomainError(refusal.code, refusal.message, { field: 'incidentNumber', incident: incidentNumber });
    return [
      {
        organizationId, target: { id: r.id }, viewer, acting,
        async step(scope) {
          scope.ticketPatch = { ...scope.ticketPatch, incidentId: i.id };
          scope.record('linked_to_incident', { payload: { incident: i.number, merged: merge } });
          if (merge) await closeAsDuplicate(scope, i.number);
        },
      },
      { organizationId, target: { id: i.id }, viewer, acting, step: (scope) => takeReport(scope, r, merge) },
    ];
  });
  return outcome(changes[0]!);
}

async function unlink(ctx: AppContext, actor: Actor, number: number): Promise<ActionOutcome> {
  const viewer = await staffViewer(ctx, actor);
  const { organizationId } = actor;
  const report = await seen(ctx, viewer, organizationId, number);
  if (!report.incidentId) throw new DomainError('incident_not_linked', 'This ticket is not linked to an incident.');
  const incidentId = report.incidentId;
  const acting = (db: Db) => staffActing(db, actor, 'web');
  const changes = await changeTickets(ctx, async (db): Promise<ChangeRequest[]> => {
    const { incident, byId } = await lockGroup(db, organizationId, incidentId, [report.id]);
    const r = byId.get(report.id)!;
    if (r.incidentId !== incidentId) throw new DomainError('incident_not_linked', 'This ticket is not linked to that incident any more.');
    if (r.closedAt) throw new DomainError('incident_report_closed', 'This report is closed: its link to the incident can no longer be undone.', { closeReason: r.closeReason });
    return [
      {
        organizationId, target: { id: r.id }, viewer, acting,
        async step(scope) {
          scope.ticketPatch = { ...scope.ticketPatch, incidentId: null };
          scope.record('unlinked_from_incident', { payload: { incident: incident.number } });
        },
      },
      { organizationId, target: { id: incident.id }, viewer: SYSTEM, acting, step: (scope) => releaseReport(scope, r) },
    ];
  });
  return outcome(changes[0]!);
}

/** The incident lets a report go: one less in its count, and the watcher its link added removed,
 * unless another of its reports has the same requester. */
async function releaseReport(scope: ActionScope, report: TicketRow): Promise<void> {
  scope.ticketPatch = { ...scope.ticketPatch, incidentReportCount: Math.max(0, scope.ticket.incidentReportCount - 1) };
  const linked = (await eventsOf(scope.db, scope.ticket.id)).filter((e) => e.type === 'incident_report_linked' && e.payload.ticket === report.number).at(-1);
  const partyId = linked?.payload.watcherAdded === true && typeof linked.payload.watcherPartyId === 'string' ? linked.payload.watcherPartyId : undefined;
  const party = scope.parties.find((p) => p.id === partyId && p.active);
  let watcherRemoved = false;
  if (party) {
    const others = (await reportsOfIncident(scope.db, scope.organizationId, scope.ticket.id)).filter((t) => t.id !== report.id);
    if (!others.some((t) => findRequesterParty({ ticket: t, parties: [party] }))) {
      await updateParty(scope.db, party.id, { active: false });
      party.active = false;
      watcherRemoved = true;
    }
  }
  scope.record('incident_report_unlinked', { payload: { ticket: report.number, watcherRemoved } });
}

/** Changes incident `number` (its action checked by the catalogue, then `onIncident`) and, in
 * the same transaction, each of its reports that `which` keeps (`onReport`, as the system). */
async function changeGroup(
  ctx: AppContext, actor: Actor, number: number, input: ActionInputOf<'send_incident_update' | 'close'>,
  onIncident: (scope: ActionScope, reports: readonly TicketRow[]) => Promise<void>,
  onReport: (scope: ActionScope, incident: TicketRow) => Promise<void>,
  which: (report: TicketRow) => boolean = () => true,
): Promise<ActionOutcome> {
  const viewer = await staffViewer(ctx, actor);
  const { organizationId } = actor;
  const found = await seen(ctx, viewer, organizationId, number);
  const acting = (db: Db) => staffActing(db, actor, 'web');
  const changes = await changeTickets(ctx, async (db): Promise<ChangeRequest[]> => {
    const { incident, reports } = await lockGroup(db, organizationId, found.id);
    // What the incident does reaches its reports: all of them must be the actor's to work on.
    if (reports.filter(which).some((report) => !maySeeTicket(viewer, report))) {
      throw new DomainError('incident_reports_out_of_reach', 'Some reports of this incident are outside the tickets you work on: a manager who sees them all can do this.');
    }
    return [
      {
        organizationId, target: { id: incident.id }, viewer, acting,
        async step(scope) {
          assertAvailable(scope, input);
          await onIncident(scope, reports);
        },
      },
      ...reports.filter(which).map((report): ChangeRequest => ({ organizationId, target: { id: report.id }, viewer: SYSTEM, acting, step: (scope) => onReport(scope, incident) })),
    ];
  });
  return outcome(changes[0]!);
}

/** One update worded once: to the incident's requester and each report's (each once), relayed on every report. */
async function sendUpdate(ctx: AppContext, actor: Actor, number: number, input: ActionInputOf<'send_incident_update'>): Promise<ActionOutcome> {
  const message = input.message.trim();
  if (!message) throw new DomainError('validation_failed', 'The update is empty.', [{ field: 'message', message: 'is empty' }]);
  return changeGroup(ctx, actor, number, input, async (scope, reports) => {
    // Each requester once: the incident's own, and each report's party here (the watcher its link made).
    const partyIds = new Set<string>();
    if (requesterReachable(scope.ticket)) partyIds.add((await requesterParty(scope)).id);
    for (const report of reports) {
      const party = findRequesterParty({ ticket: report, parties: scope.parties });
      if (party) partyIds.add(party.id);
    }
    scope.record('incident_update_sent', { payload: { message, channels: input.channels ?? null, partyIds: [...partyIds], reports: reports.map((r) => r.number) } });
  }, async (scope, incident) => {
    scope.record('incident_update_relayed', { payload: { incident: incident.number, message } });
  });
}

/** Closes an incident and, in the same transaction, its open reports as its duplicates. */
export async function closeIncident(ctx: AppContext, actor: Actor, number: number, input: ActionInputOf<'close'>): Promise<ActionOutcome> {
  return changeGroup(ctx, actor, number, input, (scope) => closeHandlers.close(scope, input), (scope, incident) => closeAsDuplicate(scope, incident.number), (r) => !r.closedAt);
}

/** Runs one of the incident's actions on ticket `number`. */
export async function performIncidentAction(ctx: AppContext, actor: Actor, number: number, input: IncidentInput): Promise<ActionOutcome> {
  switch (input.action) {
    case 'link_to_incident':
      return link(ctx, actor, number, input.incidentNumber, false);
    case 'merge_into_incident':
      return link(ctx, actor, number, input.incidentNumber, true);
    case 'unlink_from_incident':
      return unlink(ctx, actor, number);
    case 'send_incident_update':
      return sendUpdate(ctx, actor, number, input);
  }
}
