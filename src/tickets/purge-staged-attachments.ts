// Files uploaded to a ticket but never used by an action are removed after a while: their rows
// first (only rows still unlinked, so a file an action links meanwhile is kept), then their bytes.
import type { AppContext } from '../context.ts';
import { deleteStaleUploads, deleteUnlinkedAttachments } from '../db/repositories/attachments.ts';

/** How long an uploaded file may wait for an action to use it. */
export const STAGED_ATTACHMENT_TTL_MS = 24 * 60 * 60 * 1000;

const BATCH = 500;

/** Removes unlinked uploads created before `olderThan` (default: 24 h ago), every organization.
 * Answers how many went, and the keys whose bytes could not be deleted (rows are gone either way). */
export async function purgeStagedAttachments(
  ctx: AppContext,
  olderThan: Date = new Date(ctx.clock.now().getTime() - STAGED_ATTACHMENT_TTL_MS),
): Promise<{ purged: number; failedKeys: string[] }> {
  let purged = 0;
  const failedKeys: string[] = [];
  for (;;) {
    // A row linked meanwhile is not touched (the delete checks again).
    const removed = await deleteStaleUploads(ctx.db, olderThan, BATCH);
    for (const storageKey of removed) {
      await ctx.files.delete(storageKey).catch(() => failedKeys.push(storageKey));
    }
    purged += removed.length;
    if (removed.length < BATCH) return { purged, failedKeys };
  }
}

/** Removes given uploads at once if no action linked them (the files of a refused answer). */
export async function discardStagedFiles(ctx: AppContext, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const removed = await deleteUnlinkedAttachments(ctx.db, ids);
  for (const storageKey of removed) await ctx.files.delete(storageKey).catch(() => undefined);
}
