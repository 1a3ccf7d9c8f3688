// "Mes documents" in the portal (DOMAIN.md §15): what the resident sees now by the visibility rule
// (their relations of today), grouped — the building, their unit, their lease or ownership, theirs
// alone, the council — and downloaded, each download logged. Any other document, another agency's
// or building's, or a previous tenant's, is 404 like one that does not exist.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { notFound } from '../domain/errors.ts';
import { portalGroup } from '../domain/community/documents.ts';
import * as repo from '../db/repositories/documents.ts';
import { documentsViewer } from './documents-access.ts';
import { openDocument } from './documents.ts';

export async function listResidentDocuments(ctx: AppContext, resident: Resident) {
  const viewer = await documentsViewer(ctx, resident);
  const rows = await repo.residentDocuments(ctx.db, resident.organizationId, viewer);
  return rows.map((row) => ({ ...row, group: portalGroup(row) }));
}

/** The document's bytes; the download logged under the person (under the staff member in a preview). */
export async function downloadResidentDocument(ctx: AppContext, resident: Resident, id: string) {
  const viewer = await documentsViewer(ctx, resident);
  const [document] = await repo.residentDocuments(ctx.db, resident.organizationId, viewer, id);
  if (!document) throw notFound('Document');
  const body = await openDocument(ctx, document);
  await repo.recordDownload(ctx.db, {
    organizationId: resident.organizationId, documentId: id, downloadedAt: ctx.clock.now(),
    ...(resident.previewByUserId ? { userId: resident.previewByUserId } : { personId: resident.personId }),
  });
  return { document, body };
}
