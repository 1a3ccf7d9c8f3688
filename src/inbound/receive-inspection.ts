// Inspection notes (DOMAIN.md §9, the seed's VTI): a whole inspection in one call becomes one
// PENDING ticket per note, source `inspection`, with its photos, all or nothing (one transaction
// through createRequests). The inspector is staff, so no note is from an "unregistered sender";
// where and when the inspection took place are written at the head of each note's description.
// The inspection is recorded as it came (its JSON kept for download) with the tickets it made, in
// the same transaction; with an `externalId`, the same inspection sent again makes nothing new.
import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { findOrganization, findUser } from '../db/repositories/users.ts';
import { inboundByDedupeKey, type InboundMessageRow } from '../db/repositories/inbound.ts';
import { recordInbound } from './record-inbound.ts';
import { staffActing } from '../tickets/staff-acting.ts';
import { createRequests, type RequestInput } from './create-request.ts';
import type { StoredInboundFile } from './inbound-files.ts';
import type { InspectionInputT } from './inspection-input.ts';
import { cleanLine, cleanText } from '../domain/inbound/clean-text.ts';

export interface InspectionResult {
  tickets: { number: number }[];
  /** The same inspection (its externalId) was received before: these are its tickets, nothing new was made. */
  duplicate: boolean;
}

class DuplicateInspection extends Error {}

/** The inspection without control characters in its texts (NUL has no place in the database). */
function cleaned(input: InspectionInputT): InspectionInputT {
  const line = (value: string | undefined) => (value === undefined ? undefined : cleanLine(value) || undefined);
  const { inspection } = input;
  return {
    inspection: { ...inspection, place: line(inspection.place), inspector: line(inspection.inspector), externalId: line(inspection.externalId) },
    notes: input.notes.map((note) => ({ ...note, subject: cleanLine(note.subject) || '(sans objet)', description: cleanText(note.description), place: line(note.place) })),
  };
}

/** The line that says where and when a note was made, in the agency's language (French). */
function provenance(input: InspectionInputT, note: InspectionInputT['notes'][number], inspector: string, timeZone: string): string {
  const when = input.inspection.inspectedAt ? new Date(input.inspection.inspectedAt) : undefined;
  const date = when ? new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone }).format(when) : undefined;
  const places = [input.inspection.place, note.place].filter(Boolean).join(' — ');
  return `Constat de visite${date ? ` du ${date}` : ''} par ${inspector}${places ? ` · Lieu : ${places}` : ''}`;
}

const earlierResult = (row: InboundMessageRow): InspectionResult => ({ tickets: (row.report.tickets ?? []).map((number) => ({ number })), duplicate: true });

/** Creates the inspection's tickets; `photos[i]` are note i's photos, checked and stored already
 * (the caller deletes them if this fails). Answers the tickets' numbers, in the notes' order. */
export async function receiveInspection(ctx: AppContext, actor: Actor, received: InspectionInputT, photos: readonly (readonly StoredInboundFile[])[]): Promise<InspectionResult> {
  const input = cleaned(received);
  const organizationId = actor.organizationId;
  const externalId = input.inspection.externalId?.trim();
  const dedupeKey = createHash('sha256').update(`inspection|${externalId ?? randomUUID()}`).digest('hex');
  if (externalId) {
    const earlier = await inboundByDedupeKey(ctx.db, organizationId, dedupeKey);
    if (earlier) return earlierResult(earlier);
  }
  const [user, organization] = await Promise.all([findUser(ctx.db, organizationId, actor.userId), findOrganization(ctx.db, organizationId)]);
  const timeZone = organization?.timezone || 'Europe/Paris';
  const inspector = input.inspection.inspector?.trim() || user?.name || 'Visite';
  const acting = await staffActing(ctx.db, actor, 'web');
  const requestedAt = input.inspection.inspectedAt ? new Date(input.inspection.inspectedAt) : undefined;
  const now = ctx.clock.now();

  // The inspection as it came (its JSON, under 1 MiB like any body), in the record's row.
  const raw = Buffer.from(JSON.stringify(received, null, 2));
  const made: { ticketId: string; eventId: string; number: number }[] = [];
  const requests: RequestInput[] = input.notes.map((note, i) => {
    const description = `${provenance(input, note, inspector, timeZone)}\n\n${note.description.trim()}`.trim();
    return {
      organizationId, source: 'inspection', channel: acting.channel,
      sender: { name: inspector, email: null, phone: null }, knownSender: true, createdById: actor.userId, acting,
      propertyId: input.inspection.propertyId, unitId: note.unitId ?? input.inspection.unitId ?? null,
      subject: note.subject, description, originalDescription: description,
      files: [], storedFiles: photos[i] ?? [], acknowledge: 'never', requestedAt,
      async within(scope, eventId) {
        made.push({ ticketId: scope.ticket.id, eventId, number: scope.ticket.number });
        if (made.length < input.notes.length) return;
        // The last note's ticket exists: the record names them all, in the same transaction.
        const row = await recordInbound(ctx, scope.db, {
          organizationId, channel: 'inspection', door: 'api', dedupeKey, messageId: externalId ?? null, fromAddress: null, fromName: inspector,
          subject: [input.inspection.place, `${input.notes.length} constat${input.notes.length > 1 ? 's' : ''}`].filter(Boolean).join(' — ').slice(0, 500),
          outcome: 'ticket_created', reason: null, ticketId: made[0]!.ticketId, eventId: made[0]!.eventId, raw, rawStorageKey: null, rawSize: raw.length, receivedAt: now,
          report: {
            tickets: made.map((m) => m.number),
            kept: photos.flat().map((f) => ({ filename: f.filename, contentType: f.contentType, size: f.sizeBytes, kind: 'photo' })),
          },
        });
        if (!row) throw new DuplicateInspection();
      },
    };
  });
  try {
    const created = await createRequests(ctx, requests);
    return { tickets: created.map((c) => ({ number: c.number })), duplicate: false };
  } catch (error) {
    if (error instanceof DuplicateInspection) {
      const earlier = await inboundByDedupeKey(ctx.db, organizationId, dedupeKey);
      if (earlier) return earlierResult(earlier);
    }
    throw error;
  }
}
