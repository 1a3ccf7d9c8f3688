// Photos of a resource: images checked by their bytes as ticket attachments (a file whose bytes
// are not an image is 415), all or none; shown to staff and to the residents who may book it.
import type { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { checkAndStoreFile, type IncomingFile } from '../tickets/upload-attachments.ts';
import { StoredFileMissing } from '../channels/file-store.ts';
import { deleteStoredFiles } from '../inbound/inbound-files.ts';
import * as repo from '../db/repositories/bookings.ts';
import { ownResource, staffAgency } from './booking-access.ts';

export const RESOURCE_MAX_PHOTOS = 12;

export async function addResourcePhotos(ctx: AppContext, actor: Actor, id: string, files: AsyncIterable<IncomingFile>): Promise<repo.PhotoRow[]> {
  await staffAgency(ctx, actor);
  await ownResource(ctx, actor.organizationId, id);
  const existing = (await repo.photosOf(ctx.db, actor.organizationId, [id])).length;
  const stored: string[] = [];
  try {
    const rows: (Parameters<typeof repo.insertPhotos>[1][number])[] = [];
    for await (const file of files) {
      const checked = await checkAndStoreFile(ctx, actor.organizationId, file, stored);
      if (!checked) continue;
      if (!checked.contentType.startsWith('image/')) throw new DomainError('file_type_not_allowed', `"${checked.filename}" is not an image.`, { filename: checked.filename });
      if (existing + rows.length >= RESOURCE_MAX_PHOTOS) throw new DomainError('too_many_files', `A resource holds at most ${RESOURCE_MAX_PHOTOS} photos.`, { max: RESOURCE_MAX_PHOTOS });
      rows.push({ organizationId: actor.organizationId, resourceId: id, filename: checked.filename, contentType: checked.contentType, sizeBytes: checked.sizeBytes, sha256: checked.sha256, storageKey: checked.storageKey, createdAt: ctx.clock.now() });
    }
    if (rows.length === 0) throw new DomainError('no_file', 'Send at least one photo.');
    return await repo.insertPhotos(ctx.db, rows);
  } catch (error) {
    await deleteStoredFiles(ctx, stored);
    throw error;
  }
}

export async function removeResourcePhoto(ctx: AppContext, actor: Actor, id: string, photoId: string): Promise<void> {
  await staffAgency(ctx, actor);
  const photo = await repo.deletePhoto(ctx.db, actor.organizationId, id, photoId);
  if (!photo) throw notFound('Photo');
  await deleteStoredFiles(ctx, [photo.storageKey]);
}

/** The photo's bytes, once the caller has checked the resource is theirs to see. */
export async function openPhoto(ctx: AppContext, organizationId: string, resourceId: string, photoId: string): Promise<{ file: repo.PhotoRow; body: Readable }> {
  const file = (await repo.photosOf(ctx.db, organizationId, [resourceId])).find((p) => p.id === photoId);
  if (!file) throw notFound('Photo');
  try {
    return { file, body: await ctx.files.get(file.storageKey) };
  } catch (error) {
    if (error instanceof StoredFileMissing) throw new DomainError('not_found', 'This photo is listed but its content is missing from storage.', { id: file.id });
    throw error;
  }
}
