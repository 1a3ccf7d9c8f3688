// SQL of documents: folders, documents, downloads — every query inside one organization; what a
// resident sees through the visibility rule in SQL (document-visibility-sql.ts); the digest's
// claim of new documents with FOR UPDATE SKIP LOCKED.
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { companies, companyMembers, documentDownloads, documentFolders, documents, personRelations, persons, portalAccounts, properties, units, users } from '../schema/index.ts';
import { residentRelations } from './portal-tickets.ts';
import { documentVisibleCondition } from './document-visibility-sql.ts';
import type { DocumentViewer, ViewerRelation } from '../../domain/community/documents.ts';

export type FolderRow = typeof documentFolders.$inferSelect;
export type NewFolder = typeof documentFolders.$inferInsert;
export type DocumentRow = typeof documents.$inferSelect;
export type NewDocument = typeof documents.$inferInsert;

// Folders

export async function insertFolder(db: Db, row: NewFolder): Promise<FolderRow> {
  const [written] = await db.insert(documentFolders).values(row).returning();
  return written!;
}

export async function findFolder(db: Db, organizationId: string, id: string): Promise<FolderRow | undefined> {
  const [row] = await db.select().from(documentFolders).where(and(eq(documentFolders.organizationId, organizationId), eq(documentFolders.id, id))).limit(1);
  return row;
}

export async function updateFolder(db: Db, organizationId: string, id: string, patch: Partial<NewFolder>): Promise<FolderRow | undefined> {
  const [row] = await db.update(documentFolders).set(patch).where(and(eq(documentFolders.organizationId, organizationId), eq(documentFolders.id, id))).returning();
  return row;
}

export async function deleteFolder(db: Db, organizationId: string, id: string): Promise<void> {
  await db.delete(documentFolders).where(and(eq(documentFolders.organizationId, organizationId), eq(documentFolders.id, id)));
}

/** The folders of one place with how many documents each holds directly, by name. */
export async function listFolders(db: Db, organizationId: string, where: { scope?: string; propertyId?: string; personId?: string }): Promise<(FolderRow & { documentCount: number })[]> {
  const counts = db.select({ folderId: documents.folderId, n: count().as('n') }).from(documents).where(eq(documents.organizationId, organizationId)).groupBy(documents.folderId).as('counts');
  const rows = await db.select({ folder: documentFolders, n: counts.n }).from(documentFolders).leftJoin(counts, eq(counts.folderId, documentFolders.id)).where(and(
    eq(documentFolders.organizationId, organizationId),
    where.scope ? eq(documentFolders.scope, where.scope as FolderRow['scope']) : undefined,
    where.propertyId ? eq(documentFolders.propertyId, where.propertyId) : undefined,
    where.personId ? eq(documentFolders.personId, where.personId) : undefined,
  )).orderBy(asc(documentFolders.name), asc(documentFolders.id));
  return rows.map((r) => ({ ...r.folder, documentCount: Number(r.n ?? 0) }));
}

export async function folderHolds(db: Db, organizationId: string, id: string): Promise<{ documents: number; folders: number }> {
  const [d] = await db.select({ n: count() }).from(documents).where(and(eq(documents.organizationId, organizationId), eq(documents.folderId, id)));
  const [f] = await db.select({ n: count() }).from(documentFolders).where(and(eq(documentFolders.organizationId, organizationId), eq(documentFolders.parentId, id)));
  return { documents: Number(d?.n ?? 0), folders: Number(f?.n ?? 0) };
}

/** The legal-space folders of a property (parentless, one per section when made). */
export async function legalFolders(db: Db, organizationId: string, propertyId: string): Promise<FolderRow[]> {
  return db.select().from(documentFolders).where(and(
    eq(documentFolders.organizationId, organizationId), eq(documentFolders.propertyId, propertyId), sql`${documentFolders.legalSection} is not null`,
  )).orderBy(asc(documentFolders.createdAt));
}

// Documents

export async function insertDocuments(db: Db, rows: NewDocument[]): Promise<DocumentRow[]> {
  return rows.length > 0 ? db.insert(documents).values(rows).returning() : [];
}

export async function findDocument(db: Db, organizationId: string, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(documents).where(and(eq(documents.organizationId, organizationId), eq(documents.id, id))).limit(1);
  return row;
}

export async function updateDocument(db: Db, organizationId: string, id: string, patch: Partial<NewDocument>): Promise<DocumentRow | undefined> {
  const [row] = await db.update(documents).set(patch).where(and(eq(documents.organizationId, organizationId), eq(documents.id, id))).returning();
  return row;
}

export async function deleteDocument(db: Db, organizationId: string, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.delete(documents).where(and(eq(documents.organizationId, organizationId), eq(documents.id, id))).returning();
  return row;
}

export async function documentsOfFolder(db: Db, organizationId: string, folderId: string): Promise<DocumentRow[]> {
  return db.select().from(documents).where(and(eq(documents.organizationId, organizationId), eq(documents.folderId, folderId))).orderBy(desc(documents.createdAt), desc(documents.id));
}

/** The legal documents of a property's legal folders: type and day (documentDate, else upload day). */
export async function legalDocumentsOf(db: Db, organizationId: string, propertyIds: readonly string[]): Promise<{ propertyId: string; documentType: string; day: string }[]> {
  if (propertyIds.length === 0) return [];
  const rows = await db.select({ propertyId: documentFolders.propertyId, documentType: documents.documentType, documentDate: documents.documentDate, createdAt: documents.createdAt })
    .from(documents).innerJoin(documentFolders, eq(documentFolders.id, documents.folderId))
    .where(and(eq(documents.organizationId, organizationId), inArray(documentFolders.propertyId, [...propertyIds]), sql`${documentFolders.legalSection} is not null`));
  return rows.map((r) => ({ propertyId: r.propertyId!, documentType: r.documentType, day: r.documentDate ?? r.createdAt.toISOString().slice(0, 10) }));
}

/** The agency's co-ownerships managed as syndic. */
export async function syndicCoownerships(db: Db, organizationId: string): Promise<{ id: string; name: string; externalRef: string | null }[]> {
  return db.select({ id: properties.id, name: properties.name, externalRef: properties.externalRef }).from(properties)
    .where(and(eq(properties.organizationId, organizationId), eq(properties.kind, 'coownership'), eq(properties.module, 'syndic')))
    .orderBy(asc(properties.name), asc(properties.id));
}

// Residents

/** The person's relations current on `today`, with their ids, and the occupant's relations of the
 * tenant companies they work for (residentRelations: audiences naming a company reach them). */
export async function viewerRelations(db: Db, organizationId: string, personId: string, today: string): Promise<ViewerRelation[]> {
  const [held, all] = await Promise.all([heldRelations(db, organizationId, personId, today), residentRelations(db, organizationId, personId, today)]);
  return [...held, ...all.filter((r) => r.companyId).map((r) => ({ ...r, id: null }))];
}

function heldRelations(db: Db, organizationId: string, personId: string, today: string): Promise<ViewerRelation[]> {
  return db.select({ id: personRelations.id, kind: personRelations.kind, propertyId: personRelations.propertyId, unitId: personRelations.unitId })
    .from(personRelations)
    .where(and(
      eq(personRelations.organizationId, organizationId), eq(personRelations.personId, personId),
      or(isNull(personRelations.startsOn), sql`${personRelations.startsOn} <= ${today}`),
      or(isNull(personRelations.endsOn), sql`${personRelations.endsOn} >= ${today}`),
    ));
}

const visibleTo = (viewer: DocumentViewer): SQL => documentVisibleCondition({
  documentPersonId: sql`${documents.personId}`, documentAudience: sql`${documents.audience}`,
  folderScope: sql`${documentFolders.scope}`, folderPersonId: sql`${documentFolders.personId}`,
  folderRelationId: sql`${documentFolders.relationId}`, folderAudience: sql`${documentFolders.audience}`,
}, viewer);

export type ResidentDocument = DocumentRow & { folder: FolderRow; propertyName: string | null; unitReference: string | null };

/** What the resident sees now, newest first; with `id`, that one document. */
export async function residentDocuments(db: Db, organizationId: string, viewer: DocumentViewer, id?: string): Promise<ResidentDocument[]> {
  const rows = await db.select({ document: documents, folder: documentFolders, propertyName: properties.name, unitReference: units.reference })
    .from(documents)
    .innerJoin(documentFolders, and(eq(documentFolders.id, documents.folderId), eq(documentFolders.organizationId, documents.organizationId)))
    .leftJoin(properties, eq(properties.id, documentFolders.propertyId))
    .leftJoin(units, eq(units.id, documentFolders.unitId))
    .where(and(eq(documents.organizationId, organizationId), id ? eq(documents.id, id) : undefined, visibleTo(viewer)))
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .limit(id ? 1 : 500);
  return rows.map((r) => ({ ...r.document, folder: r.folder, propertyName: r.propertyName, unitReference: r.unitReference }));
}

// Downloads

export async function recordDownload(db: Db, row: typeof documentDownloads.$inferInsert): Promise<void> {
  await db.insert(documentDownloads).values(row);
}

/** A document's downloads, newest first, with who: a staff user or a resident. */
export async function downloadsOf(db: Db, organizationId: string, documentId: string, limit: number) {
  return db.select({ id: documentDownloads.id, downloadedAt: documentDownloads.downloadedAt, personId: documentDownloads.personId, personName: persons.name, userId: documentDownloads.userId, userName: users.name })
    .from(documentDownloads)
    .leftJoin(persons, eq(persons.id, documentDownloads.personId))
    .leftJoin(users, eq(users.id, documentDownloads.userId))
    .where(and(eq(documentDownloads.organizationId, organizationId), eq(documentDownloads.documentId, documentId)))
    .orderBy(desc(documentDownloads.downloadedAt), desc(documentDownloads.id))
    .limit(limit);
}

// The daily digest

/** The agencies with documents not yet told about, uploaded before `before`. */
export async function agenciesWithNewDocuments(db: Db, before: Date): Promise<string[]> {
  const rows = await db.selectDistinct({ organizationId: documents.organizationId }).from(documents).where(and(isNull(documents.digestedAt), lt(documents.createdAt, before)));
  return rows.map((r) => r.organizationId);
}

/** Claims the agency's new documents uploaded before `before` (locked; others skip them). */
export async function lockNewDocuments(db: Db, organizationId: string, before: Date): Promise<ResidentDocument[]> {
  const rows = await db.select({ document: documents, folder: documentFolders, propertyName: properties.name, unitReference: units.reference }).from(documents)
    .innerJoin(documentFolders, eq(documentFolders.id, documents.folderId))
    .leftJoin(properties, eq(properties.id, documentFolders.propertyId))
    .leftJoin(units, eq(units.id, documentFolders.unitId))
    .where(and(eq(documents.organizationId, organizationId), isNull(documents.digestedAt), lt(documents.createdAt, before)))
    .orderBy(asc(documents.createdAt), asc(documents.id))
    .for('update', { of: documents, skipLocked: true });
  return rows.map((r) => ({ ...r.document, folder: r.folder, propertyName: r.propertyName, unitReference: r.unitReference }));
}

export async function markDigested(db: Db, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length > 0) await db.update(documents).set({ digestedAt: at }).where(inArray(documents.id, [...ids]));
}

/** Everyone of the agency the digest may write to: their relations of `today`, and where to write
 * (an active portal account's address and language first, else the person's first email). */
export async function digestRecipients(db: Db, organizationId: string, today: string) {
  const people = await db.select({ id: persons.id, name: persons.name, emails: persons.emails, language: persons.language, accountEmail: portalAccounts.email, accountLanguage: portalAccounts.language, deactivatedAt: portalAccounts.deactivatedAt })
    .from(persons).leftJoin(portalAccounts, eq(portalAccounts.personId, persons.id))
    .where(eq(persons.organizationId, organizationId));
  const relations = await db.select({ id: personRelations.id, personId: personRelations.personId, kind: personRelations.kind, propertyId: personRelations.propertyId, unitId: personRelations.unitId })
    .from(personRelations)
    .where(and(
      eq(personRelations.organizationId, organizationId),
      or(isNull(personRelations.startsOn), sql`${personRelations.startsOn} <= ${today}`),
      or(isNull(personRelations.endsOn), sql`${personRelations.endsOn} >= ${today}`),
    ));
  // A tenant company's employees occupy its premises (as residentRelations has it).
  const employed = await db.select({ personId: companyMembers.personId, propertyId: companies.propertyId, unitId: companies.unitId, companyId: companies.id })
    .from(companyMembers).innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(and(eq(companyMembers.organizationId, organizationId), isNotNull(companies.propertyId)));
  const byPerson = new Map<string, ViewerRelation[]>();
  const add = (personId: string, relation: ViewerRelation) => byPerson.set(personId, [...(byPerson.get(personId) ?? []), relation]);
  for (const { personId, ...relation } of relations) add(personId, relation);
  for (const e of employed) add(e.personId, { id: null, kind: 'tenant', propertyId: e.propertyId!, unitId: e.unitId, companyId: e.companyId });
  return people.flatMap((p) => {
    if (p.accountEmail && p.deactivatedAt) return [];
    const email = p.accountEmail ?? p.emails[0];
    if (!email) return [];
    return [{ personId: p.id, name: p.name, email, language: (p.accountLanguage ?? p.language) === 'en' ? 'en' as const : 'fr' as const, relations: byPerson.get(p.id) ?? [] }];
  });
}

// What a folder may name, within the agency

export async function findPropertyRow(db: Db, organizationId: string, id: string) {
  const [row] = await db.select({ id: properties.id, name: properties.name, kind: properties.kind, module: properties.module }).from(properties).where(and(eq(properties.organizationId, organizationId), eq(properties.id, id))).limit(1);
  return row;
}

export async function findUnitRow(db: Db, organizationId: string, id: string) {
  const [row] = await db.select({ id: units.id, propertyId: units.propertyId, reference: units.reference }).from(units).where(and(eq(units.organizationId, organizationId), eq(units.id, id))).limit(1);
  return row;
}

export async function findRelationRow(db: Db, organizationId: string, id: string) {
  const [row] = await db.select({ id: personRelations.id, personId: personRelations.personId, kind: personRelations.kind, propertyId: personRelations.propertyId, unitId: personRelations.unitId })
    .from(personRelations).where(and(eq(personRelations.organizationId, organizationId), eq(personRelations.id, id))).limit(1);
  return row;
}

export async function findPersonRow(db: Db, organizationId: string, id: string) {
  const [row] = await db.select({ id: persons.id, name: persons.name }).from(persons).where(and(eq(persons.organizationId, organizationId), eq(persons.id, id))).limit(1);
  return row;
}

/** Holds the section of a property's legal space until the transaction ends (one folder each). */
export async function lockLegalSection(db: Db, propertyId: string, section: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`legal:${propertyId}:${section}`}))`);
}

/** The person's relations of one kind (the demo's tenancy folder names one). */
export async function relationsOfKind(db: Db, organizationId: string, personId: string, kind: string) {
  return db.select({ id: personRelations.id, unitId: personRelations.unitId }).from(personRelations)
    .where(and(eq(personRelations.organizationId, organizationId), eq(personRelations.personId, personId), eq(personRelations.kind, kind as ViewerRelation['kind'])));
}

/** Whether this transaction holds the agency's digest (another worker holding it: false, skip). */
export async function tryLockAgencyDigest(db: Db, organizationId: string): Promise<boolean> {
  const result = await db.execute(sql`select pg_try_advisory_xact_lock(hashtext(${`documents-digest:${organizationId}`})) as held`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { held: boolean }[];
  return rows[0]?.held === true;
}
