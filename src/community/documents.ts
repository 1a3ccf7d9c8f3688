// Staff's documents (DOMAIN.md §15): several files uploaded into a folder at once, each checked by
// its bytes as ticket attachments are (a file whose bytes lie is 415, none is kept), with a type
// and a title (its file name by default); changed, moved, deleted (the row, then the bytes);
// downloaded, every download logged, and the log read.
import type { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { audienceShapeProblem, type Audience } from '../domain/community/audience.ts';
import { withinCalendar } from '../domain/time-zone.ts';
import { DOCUMENT_TYPE_CODES, documentTypeRule, legalTypes, type LegalSection } from '../domain/community/documents.ts';
import { checkAndStoreFile, MAX_FILES_PER_UPLOAD, type IncomingFile } from '../tickets/upload-attachments.ts';
import { StoredFileMissing } from '../channels/file-store.ts';
import { deleteStoredFiles } from '../inbound/inbound-files.ts';
import * as repo from '../db/repositories/documents.ts';
import { checkedAudience, documentsStaff } from './documents-access.ts';
import { ownFolder } from './document-folders.ts';

/** What may come with each file of an upload (by its position), or be changed later. */
export interface DocumentFields {
  title?: string;
  documentType?: string;
  documentDate?: string | null;
  personId?: string | null;
  audience?: Audience | null;
}

const invalid = (field: string, message: string) => new DomainError('validation_failed', message, [{ in: 'body', field, message }]);

/** The file name without its extension, as a title. */
export function titleFromFilename(filename: string): string {
  const base = filename.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[_]+/g, ' ').trim();
  return (base || filename).slice(0, 300);
}

async function checkedFields(ctx: AppContext, organizationId: string, fields: DocumentFields, at: string) {
  if (fields.documentType !== undefined && !documentTypeRule(fields.documentType)) throw invalid(`${at}documentType`, `Unknown document type ${fields.documentType}: one of ${DOCUMENT_TYPE_CODES.join(', ')}.`);
  if (fields.documentDate && !isCalendarDay(fields.documentDate)) throw invalid(`${at}documentDate`, 'documentDate is a day, YYYY-MM-DD.');
  if (fields.title !== undefined && !fields.title.trim()) throw invalid(`${at}title`, 'A title is not empty.');
  if (fields.personId && !(await repo.findPersonRow(ctx.db, organizationId, fields.personId))) throw new DomainError('unknown_reference', 'The person is not one of the agency’s.');
  const audience = fields.audience === undefined ? undefined : await checkedAudience(ctx, organizationId, fields.audience);
  return { ...fields, title: fields.title?.trim(), ...(audience !== undefined ? { audience } : {}) };
}

/** Whether `day` is a day of the calendar written YYYY-MM-DD (not 2026-13-45). */
function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const at = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day && withinCalendar(day);
}

/** The form field `items` of an upload: a JSON list of fields, one per file in order. */
export function parseItems(value: string | undefined): DocumentFields[] {
  if (value === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw invalid('items', 'items is a JSON list, one entry per file.');
  }
  if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))) throw invalid('items', 'items is a JSON list of objects, one per file.');
  const allowed = new Set(['title', 'documentType', 'documentDate', 'personId', 'audience']);
  for (const item of parsed as Record<string, unknown>[]) {
    const extra = Object.keys(item).find((k) => !allowed.has(k));
    if (extra) throw invalid('items', `items takes ${[...allowed].join(', ')}; not ${extra}.`);
    for (const key of ['title', 'documentType', 'documentDate', 'personId'] as const) {
      if (item[key] !== undefined && item[key] !== null && typeof item[key] !== 'string') throw invalid('items', `items.${key} is a string.`);
    }
    if (typeof item.personId === 'string' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(item.personId)) throw invalid('items', 'items.personId is a person’s id.');
    if (typeof item.documentDate === 'string' && !isCalendarDay(item.documentDate)) throw invalid('items', 'items.documentDate is a day, YYYY-MM-DD.');
    if (item.audience !== undefined && item.audience !== null) {
      const problem = audienceShapeProblem(item.audience);
      if (problem) throw invalid('items', `items: ${problem}`);
    }
    if (typeof item.title === 'string' && item.title.length > 300) throw invalid('items', 'items.title has at most 300 characters.');
  }
  return parsed as DocumentFields[];
}

/** The type a document takes when none is given: a legal folder's first type, else "other". */
const defaultType = (folder: repo.FolderRow) => (folder.legalSection ? legalTypes(folder.legalSection as LegalSection)[0]! : 'other');

/** Stores the files sent into the folder; `items()` gives the fields sent with them (read once the
 * first file arrives, the form's fields coming first). All or none. */
export async function uploadDocuments(ctx: AppContext, actor: Actor, folderId: string, files: AsyncIterable<IncomingFile>, items: () => DocumentFields[]): Promise<repo.DocumentRow[]> {
  await documentsStaff(ctx, actor);
  const folder = await ownFolder(ctx, actor.organizationId, folderId);
  const stored: string[] = [];
  try {
    const rows: repo.NewDocument[] = [];
    for await (const file of files) {
      if (rows.length >= MAX_FILES_PER_UPLOAD) throw new DomainError('too_many_files', `Send at most ${MAX_FILES_PER_UPLOAD} files at once.`, { max: MAX_FILES_PER_UPLOAD });
      const fields = await checkedFields(ctx, actor.organizationId, items()[rows.length] ?? {}, `items[${rows.length}].`);
      const checked = await checkAndStoreFile(ctx, actor.organizationId, file, stored);
      if (!checked) continue;
      const now = ctx.clock.now();
      rows.push({
        ...checked, organizationId: actor.organizationId, folderId: folder.id, title: fields.title || titleFromFilename(checked.filename),
        documentType: fields.documentType ?? defaultType(folder), audience: fields.audience ?? null, personId: fields.personId ?? null,
        documentDate: fields.documentDate ?? null, uploadedById: actor.userId, createdAt: now, updatedAt: now,
      });
    }
    if (rows.length === 0) throw new DomainError('no_file', 'The request holds no file: send them as multipart/form-data parts with a file name.');
    return await repo.insertDocuments(ctx.db, rows);
  } catch (error) {
    await deleteStoredFiles(ctx, stored);
    throw error;
  }
}

async function ownDocument(ctx: AppContext, organizationId: string, id: string): Promise<repo.DocumentRow> {
  const document = await repo.findDocument(ctx.db, organizationId, id);
  if (!document) throw notFound('Document');
  return document;
}

export async function getDocument(ctx: AppContext, actor: Actor, id: string) {
  await documentsStaff(ctx, actor);
  return ownDocument(ctx, actor.organizationId, id);
}

/** Changes a document's fields; `folderId` moves it to another folder of the agency. */
export async function updateDocument(ctx: AppContext, actor: Actor, id: string, input: DocumentFields & { folderId?: string }): Promise<repo.DocumentRow> {
  await documentsStaff(ctx, actor);
  await ownDocument(ctx, actor.organizationId, id);
  const { folderId, ...rest } = input;
  if (folderId && !(await repo.findFolder(ctx.db, actor.organizationId, folderId))) throw new DomainError('unknown_reference', 'The folder is not one of the agency’s.');
  const fields = await checkedFields(ctx, actor.organizationId, rest, '');
  return (await repo.updateDocument(ctx.db, actor.organizationId, id, {
    ...(fields.title !== undefined ? { title: fields.title } : {}),
    ...(fields.documentType !== undefined ? { documentType: fields.documentType } : {}),
    ...(fields.documentDate !== undefined ? { documentDate: fields.documentDate } : {}),
    ...(fields.personId !== undefined ? { personId: fields.personId } : {}),
    ...(fields.audience !== undefined ? { audience: fields.audience } : {}),
    ...(folderId ? { folderId } : {}),
    updatedAt: ctx.clock.now(),
  }))!;
}

/** Deletes the document and its downloads log (the row), then its bytes. */
export async function removeDocument(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await documentsStaff(ctx, actor);
  const document = await repo.deleteDocument(ctx.db, actor.organizationId, id);
  if (!document) throw notFound('Document');
  await deleteStoredFiles(ctx, [document.storageKey]);
}

/** Opens the stored bytes of a document. */
export async function openDocument(ctx: AppContext, document: repo.DocumentRow): Promise<Readable> {
  try {
    return await ctx.files.get(document.storageKey);
  } catch (error) {
    if (error instanceof StoredFileMissing) throw new DomainError('not_found', 'This document is listed but its content is missing from storage.', { id: document.id });
    throw error;
  }
}

/** A staff download, logged under the user. */
export async function downloadStaffDocument(ctx: AppContext, actor: Actor, id: string) {
  const document = await getDocument(ctx, actor, id);
  const body = await openDocument(ctx, document);
  await repo.recordDownload(ctx.db, { organizationId: actor.organizationId, documentId: id, userId: actor.userId, downloadedAt: ctx.clock.now() });
  return { document, body };
}

export async function documentDownloads(ctx: AppContext, actor: Actor, id: string, limit = 200) {
  await getDocument(ctx, actor, id);
  return repo.downloadsOf(ctx.db, actor.organizationId, id, limit);
}
