// The files of an item of the cockpit's tools (an article's, a post's, a resource's photos): each
// checked by its bytes and stored as ticket attachments are (tickets/upload-attachments.ts), up to
// the item's most, all or none — when one is refused, the bytes already stored are deleted.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { checkAndStoreFile, type IncomingFile, type StoredFile } from '../tickets/upload-attachments.ts';
import { deleteStoredFiles } from '../inbound/inbound-files.ts';

interface Limits {
  /** How many the item holds already, and at most. */
  existing: number;
  max: number;
  /** The sentence past the most ("An article holds at most 20 files."). */
  tooMany: string;
  /** Only images (a resource's photos). */
  imagesOnly?: boolean;
  /** The sentence when none came ("Send at least one file."). */
  none?: string;
}

/** Stores the files sent and writes their rows with `insert` (given the checked files); all or none. */
export async function storeItemFiles<T>(ctx: AppContext, organizationId: string, files: AsyncIterable<IncomingFile>, limits: Limits, insert: (checked: StoredFile[]) => Promise<T>): Promise<T> {
  const stored: string[] = [];
  try {
    const checkedFiles: StoredFile[] = [];
    for await (const file of files) {
      const checked = await checkAndStoreFile(ctx, organizationId, file, stored);
      if (!checked) continue;
      if (limits.imagesOnly && !checked.contentType.startsWith('image/')) throw new DomainError('file_type_not_allowed', `"${checked.filename}" is not an image.`, { filename: checked.filename });
      if (limits.existing + checkedFiles.length >= limits.max) throw new DomainError('too_many_files', limits.tooMany, { max: limits.max });
      checkedFiles.push(checked);
    }
    if (checkedFiles.length === 0) throw new DomainError('no_file', limits.none ?? 'Send at least one file.');
    return await insert(checkedFiles);
  } catch (error) {
    await deleteStoredFiles(ctx, stored);
    throw error;
  }
}
