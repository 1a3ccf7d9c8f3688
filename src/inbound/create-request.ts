// A request that came from outside (email, web form, SMS, inspection notes) becomes a PENDING
// ticket through the one commit path: its sender found among the agency's persons (any of their
// addresses or numbers) with their unit, or kept as an unregistered sender; routing rules assign
// it; its files attached; the sender told it arrived when the channel says so. Several requests
// (an inspection's notes) go in one transaction: all or nothing.
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { DEFAULT_REMINDERS, defaultVisibilityFor } from '../domain/settings.ts';
import type { EventChannel, Source } from '../domain/tickets/codes.ts';
import { nextTicketNumber, insertTicket } from '../db/repositories/tickets.ts';
import { findRoutingRule } from '../db/repositories/settings.ts';
import { currentPlacesOf, personsWithEmail, personsWithPhone } from '../db/repositories/inbound.ts';
import { personsByIds, type PersonRow } from '../db/repositories/portal-requests.ts';
import { insertParty } from '../db/repositories/tickets.ts';
import { channelsOf } from '../tickets/resolve-parties.ts';
import { checkCategory, checkPlace } from '../tickets/ticket-place.ts';
import { changeTickets, type ChangeRequest } from '../tickets/change-ticket.ts';
import type { Acting, ActionScope } from '../tickets/action-scope.ts';
import { attachStoredFiles, deleteStoredFiles, storeInboundFiles, type InboundFile, type StoredInboundFile } from './inbound-files.ts';

export interface RequestInput {
  organizationId: string;
  source: Extract<Source, 'email' | 'webform' | 'sms' | 'inspection' | 'portal'>;
  channel: EventChannel;
  sender: { name: string | null; email: string | null; phone: string | null };
  /** The place when the channel knows it (web form, inspection, a property's inbound address). */
  propertyId?: string | null;
  unitId?: string | null;
  /** Who it goes to when the channel says (a manager's inbound address); else the routing rules. */
  assigneeId?: string | null;
  categoryId?: string | null;
  categoryFields?: Record<string, unknown>;
  subject: string;
  /** The text shown (quoted history and signature trimmed). */
  description: string;
  /** The full original text. */
  originalDescription: string;
  files: readonly InboundFile[];
  /** Files the caller checked and stored already (an inspection's photos, streamed from the request);
   * the caller deletes them if the requests fail. */
  storedFiles?: readonly StoredInboundFile[];
  /** The person the channel knows sends it (a resident signed in to the portal): found by id, not
   * by address; with `exactPlace` the place given is kept as it is (null unit: common parts). */
  requesterPersonId?: string;
  exactPlace?: boolean;
  /** The tenant company it is for (checked by the caller: the requester works there). */
  companyId?: string | null;
  /** The requester follows the ticket as a watcher party (the portal's requests). */
  requesterWatches?: boolean;
  /** When the requester is at home, and whether the contractor may enter in their absence. */
  availability?: string | null;
  entryAllowed?: boolean | null;
  /** The channel vouches for who sends it (a staff member's inspection): never an unregistered sender. */
  knownSender?: boolean;
  /** The staff user who sent it (an inspection through the API), else none. */
  createdById?: string | null;
  /** Who the history says acted; default the requester on the request's channel. */
  acting?: Acting;
  /** Tell the sender it arrived (an unknown sender by email; the web form always). */
  acknowledge: 'always' | 'when_unregistered' | 'never';
  requestedAt?: Date;
  /** The recorded inbound message (email, SMS) it came from. */
  inboundMessageId?: string;
  /** Runs inside the change's transaction before anything is read or written (a resident's daily
   * limit takes its lock and counts there, so two requests at once cannot both pass). */
  before?: (db: Db) => Promise<void>;
  /** Runs inside the change's transaction once the ticket exists (the inbound record is written there). */
  within?: (scope: ActionScope, receivedEventId: string) => Promise<void>;
}

export interface CreatedRequest {
  ticketId: string;
  number: number;
  unregistered: boolean;
}

/** The sender as the agency knows them: the person (first match) and their current unit. */
async function findSender(db: Db, input: RequestInput, today: string) {
  const found = input.requesterPersonId
    ? await personsByIds(db, input.organizationId, [input.requesterPersonId])
    : input.sender.email
    ? await personsWithEmail(db, input.organizationId, input.sender.email)
    : input.sender.phone
      ? await personsWithPhone(db, input.organizationId, input.sender.phone)
      : [];
  const person = found[0];
  if (!person) return undefined;
  const places = await currentPlacesOf(db, input.organizationId, person.id, today);
  // A place the channel names wins; else the person's unit (tenants and owners alike), else a property of theirs.
  const place = places.find((p) => p.unitId && (!input.propertyId || p.propertyId === input.propertyId)) ?? places.find((p) => !input.propertyId || p.propertyId === input.propertyId);
  return { person, unitId: place?.unitId ?? null, propertyId: place?.propertyId ?? null };
}

/** The requester as a watcher of their ticket: they hear of its steps and write in its thread. */
async function addRequesterWatcher(scope: ActionScope, person: PersonRow): Promise<void> {
  scope.parties.push(await insertParty(scope.db, {
    organizationId: scope.organizationId, ticketId: scope.ticket.id, role: 'watcher', personId: person.id, name: person.name,
    emails: person.emails, phones: person.phones, channels: channelsOf(person), language: person.language, createdAt: scope.now,
  }));
}

function subjectOf(input: RequestInput): string {
  const subject = input.subject.replace(/\s+/g, ' ').trim();
  if (subject) return subject.slice(0, 200);
  const words = input.description.replace(/\s+/g, ' ').trim();
  return (words.slice(0, 80) || (input.source === 'email' ? '(sans objet)' : 'Demande')).trim();
}

/** Creates the requests' tickets in one transaction; files are stored first and removed if it fails. */
export async function createRequests(ctx: AppContext, inputs: readonly RequestInput[]): Promise<CreatedRequest[]> {
  if (inputs.length === 0) return [];
  const stored: string[] = [];
  try {
    const files: StoredInboundFile[][] = [];
    for (const input of inputs) files.push([...(input.storedFiles ?? []), ...(await storeInboundFiles(ctx, input.organizationId, input.files, stored))]);
    const unregistered: boolean[] = [];
    const requests: ChangeRequest[] = inputs.map((input, i) => {
      let requesterName: string | null = null;
      let requester: PersonRow | undefined;
      let acknowledge = false;
      return {
        organizationId: input.organizationId,
        viewer: { type: 'system' },
        acting: () => input.acting ?? ({ type: 'requester', name: input.sender.name || input.sender.email || input.sender.phone || 'Inconnu', channel: input.channel }),
        target: {
          async create(db, settings) {
            await input.before?.(db);
            const now = ctx.clock.now();
            const sender = await findSender(db, input, now.toISOString().slice(0, 10));
            const propertyId = input.propertyId ?? sender?.propertyId ?? null;
            const unitId = input.exactPlace ? (input.unitId ?? null) : input.unitId ?? (propertyId && sender?.propertyId === propertyId ? sender.unitId : null);
            const property = propertyId ? await checkPlace(db, input.organizationId, { propertyId, unitId }) : undefined;
            const categoryFields = input.categoryId ? await checkCategory(db, input.organizationId, input.categoryId, input.categoryFields) : {};
            const rule = await findRoutingRule(db, input.organizationId, { propertyId, categoryId: input.categoryId ?? null, source: input.source });
            unregistered[i] = !sender && !input.knownSender;
            requester = sender?.person;
            requesterName = sender?.person.name ?? input.sender.name ?? input.sender.email ?? input.sender.phone;
            acknowledge = input.acknowledge === 'always' || (input.acknowledge === 'when_unregistered' && !sender);
            const requestedAt = input.requestedAt && input.requestedAt.getTime() <= now.getTime() ? input.requestedAt : now;
            return insertTicket(db, {
              organizationId: input.organizationId,
              number: await nextTicketNumber(db, input.organizationId),
              type: 'PENDING',
              status: 'pending_validation',
              waitingOn: 'staff',
              needsAction: true,
              module: property?.module ?? null,
              propertyId,
              unitId: property ? unitId : null,
              assigneeId: input.assigneeId ?? rule?.assigneeId ?? property?.managerId ?? null,
              createdById: input.createdById ?? null,
              requesterPersonId: sender?.person.id ?? null,
              requesterName,
              requesterEmail: input.sender.email ?? sender?.person.emails[0] ?? null,
              requesterPhone: input.sender.phone ?? sender?.person.phones[0] ?? null,
              companyId: input.companyId ?? null,
              unregisteredSender: unregistered[i]!,
              source: input.source,
              requestedAt,
              subject: subjectOf(input),
              description: input.description || settings.defaultDescription,
              originalDescription: input.originalDescription,
              categoryId: input.categoryId ?? null,
              categoryFields,
              availability: input.availability ?? null,
              entryAllowed: input.entryAllowed ?? null,
              silent: false,
              presenceCheck: false,
              notifyReminders: false,
              visibility: defaultVisibilityFor(settings, property?.module),
              sendOwnerName: false,
              reminders: { ...DEFAULT_REMINDERS, ...settings.reminderDefaults },
              lastHandledAt: now,
              firstResponseDueAt: new Date(requestedAt.getTime() + settings.firstResponseHours * 3_600_000),
              createdAt: now,
              updatedAt: now,
            });
          },
        },
        async step(scope) {
          const received = scope.record('request_received', {
            payload: { source: input.source, originalDescription: input.originalDescription, requester: requesterName, acknowledge, ...(input.inboundMessageId ? { inboundMessageId: input.inboundMessageId } : {}) },
          });
          scope.record('ticket_created', { payload: { type: 'PENDING', subject: scope.ticket.subject, assigneeId: scope.ticket.assigneeId, routingRule: null } });
          await attachStoredFiles(scope, files[i]!, received, input.source === 'email' ? 'document' : 'photo');
          if (input.requesterWatches && requester) await addRequesterWatcher(scope, requester);
          await input.within?.(scope, received);
        },
        reindex: true,
      };
    });
    const changes = await changeTickets(ctx, requests);
    return changes.map((c, i) => ({ ticketId: c.ticket.id, number: c.ticket.number, unregistered: unregistered[i] ?? false }));
  } catch (error) {
    await deleteStoredFiles(ctx, stored);
    throw error;
  }
}
