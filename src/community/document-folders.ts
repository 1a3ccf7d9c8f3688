// Staff's document folders (DOMAIN.md §15): one place's tree (the agency, a property with its units'
// and tenancies' folders, a person), a folder made under a place or under another folder (it
// then belongs where its parent does and takes its audience unless given one), renamed, given an
// audience, deleted when empty. A tenancy, ownership or person folder has no audience: its person
// alone sees it.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import type { Audience } from '../domain/community/audience.ts';
import { SCOPE_RELATION_KINDS, type FolderScope } from '../domain/community/documents.ts';
import * as repo from '../db/repositories/documents.ts';
import { checkedAudience, documentsStaff } from './documents-access.ts';

export interface FolderInput {
  name: string;
  parentId?: string;
  scope?: FolderScope;
  propertyId?: string;
  unitId?: string;
  relationId?: string;
  personId?: string;
  audience?: Audience | null;
}

const invalid = (field: string, message: string) => new DomainError('validation_failed', message, [{ in: 'body', field, message }]);
const unknown = (what: string) => new DomainError('unknown_reference', `${what} is not one of the agency’s.`);
const personal = (scope: FolderScope) => scope === 'tenancy' || scope === 'ownership' || scope === 'person';

/** Where a new folder belongs: its parent's place, or the place named. */
async function placeOf(ctx: AppContext, organizationId: string, input: FolderInput): Promise<Pick<repo.NewFolder, 'scope' | 'propertyId' | 'unitId' | 'relationId' | 'personId' | 'legalSection'> & { parentAudience?: Audience | null }> {
  if (input.parentId) {
    const parent = await repo.findFolder(ctx.db, organizationId, input.parentId);
    if (!parent) throw unknown('The parent folder');
    const { scope, propertyId, unitId, relationId, personId, legalSection } = parent;
    return { scope, propertyId, unitId, relationId, personId, legalSection, parentAudience: parent.audience };
  }
  const scope = input.scope;
  if (!scope) throw invalid('scope', 'Give the folder a scope (agency, property, unit, tenancy, ownership, person) or a parent folder.');
  const none = { propertyId: null, unitId: null, relationId: null, personId: null, legalSection: null };
  switch (scope) {
    case 'agency':
      return { scope, ...none };
    case 'property': {
      if (!input.propertyId) throw invalid('propertyId', 'A property folder names its property.');
      if (!(await repo.findPropertyRow(ctx.db, organizationId, input.propertyId))) throw unknown('The property');
      return { scope, ...none, propertyId: input.propertyId };
    }
    case 'unit': {
      if (!input.unitId) throw invalid('unitId', 'A unit folder names its unit.');
      const unit = await repo.findUnitRow(ctx.db, organizationId, input.unitId);
      if (!unit) throw unknown('The unit');
      return { scope, ...none, propertyId: unit.propertyId, unitId: unit.id };
    }
    case 'tenancy':
    case 'ownership': {
      if (!input.relationId) throw invalid('relationId', `A ${scope} folder names the person’s relation to the unit.`);
      const relation = await repo.findRelationRow(ctx.db, organizationId, input.relationId);
      if (!relation) throw unknown('The relation');
      if (!SCOPE_RELATION_KINDS[scope].includes(relation.kind)) throw invalid('relationId', `A ${scope} folder names a relation of kind ${SCOPE_RELATION_KINDS[scope].join(' or ')}, not ${relation.kind}.`);
      return { scope, ...none, propertyId: relation.propertyId, unitId: relation.unitId, relationId: relation.id, personId: relation.personId };
    }
    case 'person': {
      if (!input.personId) throw invalid('personId', 'A person folder names its person.');
      if (!(await repo.findPersonRow(ctx.db, organizationId, input.personId))) throw unknown('The person');
      // Filed under a property when one is given (its tree shows it); the person alone sees it.
      if (input.propertyId && !(await repo.findPropertyRow(ctx.db, organizationId, input.propertyId))) throw unknown('The property');
      return { scope, ...none, personId: input.personId, propertyId: input.propertyId ?? null };
    }
  }
}

export async function createFolder(ctx: AppContext, actor: Actor, input: FolderInput): Promise<repo.FolderRow> {
  await documentsStaff(ctx, actor);
  const { parentAudience, ...place } = await placeOf(ctx, actor.organizationId, input);
  const given = input.audience === undefined ? (parentAudience ?? null) : await checkedAudience(ctx, actor.organizationId, input.audience);
  const now = ctx.clock.now();
  return repo.insertFolder(ctx.db, {
    organizationId: actor.organizationId, parentId: input.parentId ?? null, name: input.name.trim(), ...place,
    audience: personal(place.scope) ? null : given, createdById: actor.userId, createdAt: now, updatedAt: now,
  });
}

export async function listFolders(ctx: AppContext, actor: Actor, query: { scope?: FolderScope; propertyId?: string; personId?: string }) {
  await documentsStaff(ctx, actor);
  if (!query.scope && !query.propertyId && !query.personId) throw new DomainError('validation_failed', 'Ask for a scope, a propertyId or a personId.', [{ in: 'querystring', field: 'scope', message: 'one of scope, propertyId, personId is required' }]);
  return repo.listFolders(ctx.db, actor.organizationId, query);
}

export async function ownFolder(ctx: AppContext, organizationId: string, id: string): Promise<repo.FolderRow> {
  const folder = await repo.findFolder(ctx.db, organizationId, id);
  if (!folder) throw notFound('Folder');
  return folder;
}

export async function getFolder(ctx: AppContext, actor: Actor, id: string) {
  await documentsStaff(ctx, actor);
  const folder = await ownFolder(ctx, actor.organizationId, id);
  return { folder, documents: await repo.documentsOfFolder(ctx.db, actor.organizationId, id) };
}

export async function updateFolder(ctx: AppContext, actor: Actor, id: string, input: { name?: string; audience?: Audience | null }): Promise<repo.FolderRow> {
  await documentsStaff(ctx, actor);
  const folder = await ownFolder(ctx, actor.organizationId, id);
  if (input.audience !== undefined && input.audience !== null && personal(folder.scope)) {
    throw invalid('audience', `A ${folder.scope} folder is its person’s alone: it takes no audience.`);
  }
  const audience = input.audience === undefined ? undefined : await checkedAudience(ctx, actor.organizationId, input.audience);
  return (await repo.updateFolder(ctx.db, actor.organizationId, id, {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}), ...(audience !== undefined ? { audience } : {}), updatedAt: ctx.clock.now(),
  }))!;
}

/** Deletes an empty folder; one holding documents or folders is 409 folder_not_empty. */
export async function removeFolder(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await documentsStaff(ctx, actor);
  await ownFolder(ctx, actor.organizationId, id);
  await ctx.db.transaction(async (tx) => {
    const holds = await repo.folderHolds(tx, actor.organizationId, id);
    if (holds.documents > 0 || holds.folders > 0) throw new DomainError('folder_not_empty', 'The folder still holds documents or folders: move or delete them first.', holds);
    await repo.deleteFolder(tx, actor.organizationId, id);
  });
}
