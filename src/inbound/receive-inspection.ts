// Inspection notes (DOMAIN.md §9, the seed's VTI): a whole inspection in one call becomes one
// PENDING ticket per note, source `inspection`, with its photos, all or nothing (one transaction
// through createRequests). The inspector is staff, so no note is from an "unregistered sender";
// where and when the inspection took place are written at the head of each note's description.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { findOrganization, findUser } from '../db/repositories/users.ts';
import { staffActing } from '../tickets/staff-acting.ts';
import { createRequests, type RequestInput } from './create-request.ts';
import type { StoredInboundFile } from './inbound-files.ts';
import type { InspectionInputT } from './inspection-input.ts';

/** The line that says where and when a note was made, in the agency's language (French). */
function provenance(input: InspectionInputT, note: InspectionInputT['notes'][number], inspector: string, timeZone: string): string {
  const when = input.inspection.inspectedAt ? new Date(input.inspection.inspectedAt) : undefined;
  const date = when ? new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone }).format(when) : undefined;
  const places = [input.inspection.place, note.place].filter(Boolean).join(' — ');
  return `Constat de visite${date ? ` du ${date}` : ''} par ${inspector}${places ? ` · Lieu : ${places}` : ''}`;
}

/** Creates the inspection's tickets; `photos[i]` are note i's photos, checked and stored already
 * (the caller deletes them if this fails). Answers the tickets' numbers, in the notes' order. */
export async function receiveInspection(ctx: AppContext, actor: Actor, input: InspectionInputT, photos: readonly (readonly StoredInboundFile[])[]): Promise<{ number: number }[]> {
  const [user, organization] = await Promise.all([findUser(ctx.db, actor.organizationId, actor.userId), findOrganization(ctx.db, actor.organizationId)]);
  const timeZone = organization?.timezone || 'Europe/Paris';
  const inspector = input.inspection.inspector?.trim() || user?.name || 'Visite';
  const acting = await staffActing(ctx.db, actor, 'web');
  const requestedAt = input.inspection.inspectedAt ? new Date(input.inspection.inspectedAt) : undefined;
  const requests: RequestInput[] = input.notes.map((note, i) => {
    const description = `${provenance(input, note, inspector, timeZone)}\n\n${note.description.trim()}`.trim();
    return {
      organizationId: actor.organizationId, source: 'inspection', channel: acting.channel,
      sender: { name: inspector, email: null, phone: null }, knownSender: true, createdById: actor.userId, acting,
      propertyId: input.inspection.propertyId, unitId: note.unitId ?? input.inspection.unitId ?? null,
      subject: note.subject, description, originalDescription: description,
      files: [], storedFiles: photos[i] ?? [], acknowledge: 'never', requestedAt,
    };
  });
  const created = await createRequests(ctx, requests);
  return created.map((c) => ({ number: c.number }));
}
