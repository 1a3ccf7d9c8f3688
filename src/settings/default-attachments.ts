// Default attachments (DOMAIN.md §11, the seed's "pièce jointe par défaut"): files the agency
// sends with every first request to a contractor — the work order or the quote request, by email.
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { updateOrganizationSettings } from '../db/repositories/organizations.ts';
import { checkAndStoreFile, type IncomingFile, type StoredFile } from '../tickets/upload-attachments.ts';

export interface DefaultAttachment extends StoredFile {
  id: string;
}

/** Templates whose emails carry the default attachments. */
export const FIRST_REQUEST_TEMPLATES = ['work_order', 'quote_request'];
const MAX_DEFAULT_ATTACHMENTS = 5;

/** The agency's default attachments. */
export function defaultAttachmentsOf(settings: Record<string, unknown>): DefaultAttachment[] {
  return Array.isArray(settings.defaultAttachments) ? (settings.defaultAttachments as DefaultAttachment[]) : [];
}

/** Adds files to the default attachments (checked like any attachment). */
export async function addDefaultAttachments(ctx: AppContext, actor: Actor, files: AsyncIterable<IncomingFile>): Promise<DefaultAttachment[]> {
  const organization = (await findOrganization(ctx.db, actor.organizationId))!;
  const current = defaultAttachmentsOf(organization.settings);
  const stored: string[] = [];
  try {
    const added: DefaultAttachment[] = [];
    for await (const file of files) {
      const checked = await checkAndStoreFile(ctx, actor.organizationId, file, stored);
      if (checked) added.push({ id: randomUUID(), ...checked });
      if (current.length + added.length > MAX_DEFAULT_ATTACHMENTS) {
        throw new DomainError('too_many_files', `An agency has at most ${MAX_DEFAULT_ATTACHMENTS} default attachments.`, { max: MAX_DEFAULT_ATTACHMENTS });
      }
    }
    if (added.length === 0) throw new DomainError('no_file', 'The request holds no file.');
    const all = [...current, ...added];
    await updateOrganizationSettings(ctx.db, actor.organizationId, { ...organization.settings, defaultAttachments: all });
    return all;
  } catch (error) {
    await Promise.all(stored.map((key) => ctx.files.delete(key).catch(() => undefined)));
    throw error;
  }
}

/** Removes one default attachment. */
export async function removeDefaultAttachment(ctx: AppContext, actor: Actor, id: string): Promise<DefaultAttachment[]> {
  const organization = (await findOrganization(ctx.db, actor.organizationId))!;
  const current = defaultAttachmentsOf(organization.settings);
  const removed = current.find((a) => a.id === id);
  if (!removed) throw new DomainError('not_found', 'No such default attachment.');
  const rest = current.filter((a) => a.id !== id);
  await updateOrganizationSettings(ctx.db, actor.organizationId, { ...organization.settings, defaultAttachments: rest });
  await ctx.files.delete(removed.storageKey).catch(() => undefined);
  return rest;
}
