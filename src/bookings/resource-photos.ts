// Photos of a resource: images checked by their bytes as ticket attachments (a file whose bytes
// are not an image is 415), all or none; shown to staff and to the residents who may book it.
import type { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import type { IncomingFile } from '../tickets/upload-attachments.ts';
import { storeItemFiles } from '../community/item-files.ts';
import { StoredFileMissing } from '../channels/file-store.ts';
import { deleteStoredFiles } from '../inbound/inbound-files.ts';
import * as repo from '../db/repositories/bookings.ts';
import { ownResource, staffAgency } from './booking-access.ts';

export const RESOURCE_MAX_PHOTOS = 12;

export async function addResourcePhotos(ctx: AppContext, actor: Actor, id: string, files: AsyncIterable<IncomingFile>): Promise<repo.PhotoRow[]> {
  await staffAgency(ctx, actor);
  await ownResource(ctx, actor.organizationId, id);
  const existing = (await repo.photosOf(ctx.db, actor.organizationId, [id])).length;
  const limits = { existing, max: RESOURCE_MAX_PHOTOS, tooMany: `A resource holds at most ${RESOURCE_MAX_PHOTOS} photos.`, imagesOnly: true, none: 'Send at least one photo.' };
  return storeItemFiles(ctx, actor.organizationId, files, limits, (checked) =>
    repo.insertPhotos(ctx.db, checked.map((file) => ({
      organizationId: actor.organizationId, resourceId: id, filename: file.filename, contentType: file.contentType, sizeBytes: file.sizeBytes, sha256: file.sha256, storageKey: file.storageKey, createdAt: ctx.clock.now(),
    }))));
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
