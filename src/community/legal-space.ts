// The legal online space of a co-ownership managed as syndic (décret 2019-502): its three sections
// (for all co-owners, for each owner alone, for the council), each a folder made on demand with
// the section's audience, and the checklist of the legal documents it still lacks; agency-wide,
// the co-ownerships with how many are missing.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { LEGAL_SECTIONS, legalChecklist, legalSectionAudience, legalTypes, type LegalSection } from '../domain/community/documents.ts';
import { calendarDay } from '../domain/time-zone.ts';
import * as repo from '../db/repositories/documents.ts';
import { documentsStaff } from './documents-access.ts';

/** The section folders' names, in French (the agency renames them at will). */
const SECTION_NAMES: Record<LegalSection, string> = {
  all_co_owners: 'Documents de tous les copropriétaires',
  each_owner: 'Documents de chaque copropriétaire',
  council: 'Documents du conseil syndical',
};

async function syndicCoownership(ctx: AppContext, organizationId: string, propertyId: string) {
  const property = await repo.findPropertyRow(ctx.db, organizationId, propertyId);
  if (!property) throw notFound('Property');
  if (property.kind !== 'coownership' || property.module !== 'syndic') {
    throw new DomainError('action_not_available', 'The legal online space is for a co-ownership managed as syndic.', { kind: property.kind, module: property.module });
  }
  return property;
}

export async function legalSpace(ctx: AppContext, actor: Actor, propertyId: string) {
  const organization = await documentsStaff(ctx, actor);
  const property = await syndicCoownership(ctx, actor.organizationId, propertyId);
  const folders = (await repo.listFolders(ctx.db, actor.organizationId, { propertyId })).filter((f) => f.legalSection !== null);
  const documents = await repo.legalDocumentsOf(ctx.db, actor.organizationId, [propertyId]);
  const sections = LEGAL_SECTIONS.map((section) => ({
    section, types: legalTypes(section),
    folder: folders.find((f) => f.legalSection === section && f.parentId === null) ?? null,
    folders: folders.filter((f) => f.legalSection === section),
  }));
  return { property, sections, checklist: legalChecklist(documents, calendarDay(ctx.clock.now(), organization.timezone)) };
}

/** The section's folder, made with the section's audience the first time it is asked for. */
export async function legalSectionFolder(ctx: AppContext, actor: Actor, propertyId: string, section: LegalSection): Promise<repo.FolderRow> {
  await documentsStaff(ctx, actor);
  await syndicCoownership(ctx, actor.organizationId, propertyId);
  return ctx.db.transaction(async (tx) => {
    // One folder per section even when two managers open it at once.
    await repo.lockLegalSection(tx, propertyId, section);
    const existing = (await repo.legalFolders(tx, actor.organizationId, propertyId)).find((f) => f.legalSection === section && f.parentId === null);
    if (existing) return existing;
    const now = ctx.clock.now();
    return repo.insertFolder(tx, {
      organizationId: actor.organizationId, name: SECTION_NAMES[section], scope: 'property', propertyId, legalSection: section,
      audience: legalSectionAudience(section, propertyId), createdById: actor.userId, createdAt: now, updatedAt: now,
    });
  });
}

/** Every syndic co-ownership of the agency with its checklist and how many lines are missing. */
export async function legalChecklists(ctx: AppContext, actor: Actor) {
  const organization = await documentsStaff(ctx, actor);
  const today = calendarDay(ctx.clock.now(), organization.timezone);
  const coownerships = await repo.syndicCoownerships(ctx.db, actor.organizationId);
  const documents = await repo.legalDocumentsOf(ctx.db, actor.organizationId, coownerships.map((c) => c.id));
  return coownerships.map((property) => {
    const checklist = legalChecklist(documents.filter((d) => d.propertyId === property.id), today);
    return { property, missing: checklist.filter((line) => line.missing !== null).length, checklist };
  });
}
