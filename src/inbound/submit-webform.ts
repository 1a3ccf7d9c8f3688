// A request sent through an agency's public web form becomes a PENDING ticket with source
// `webform` (createRequests: the one commit path, the sender found among persons, routing rules,
// the photos attached, the confirmation emailed). The submission is recorded in inbound_messages
// with its fields (the raw JSON kept for download). Robots are answered as if accepted and nothing
// is created: the honeypot filled, or the form sent faster than a person can; those submissions
// are recorded `ignored` with the reason, so that a false alarm can be found. The same form sent
// twice with the same content (a double tap, a retry after a lost answer) makes one ticket.
import { createHash, randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { categoryFieldProblems } from '../domain/category-fields.ts';
import { formTokenAge, requestText, WEBFORM_HONEYPOT_FIELD, WEBFORM_MAX_PHOTOS, type SpamReason } from '../domain/inbound/webform-rules.ts';
import { newStorageKey } from '../channels/file-store.ts';
import { inboundByDedupeKey, ticketNumberById, type NewInboundMessage } from '../db/repositories/inbound.ts';
import { recordInbound } from './record-inbound.ts';
import { categoriesRepository } from '../db/repositories/settings.ts';
import { webformProperty } from '../db/repositories/webform.ts';
import { detectAttachmentType, sanitizeFilename, SNIFF_BYTES } from '../tickets/attachment-types.ts';
import { createRequests } from './create-request.ts';
import { readFormToken } from './form-token.ts';
import type { InboundFile } from './inbound-files.ts';
import type { WebformInputT } from './webform-input.ts';
import { webformOrganization } from './webform-view.ts';

export interface WebformSubmission {
  slug: string;
  input: WebformInputT;
  /** The photos, read whole (their size limits held while reading, http/multipart-files.ts). */
  photos: readonly InboundFile[];
}

export interface WebformOutcome {
  /** Null when nothing was created (a robot's submission), which the answer does not tell apart. */
  ticketNumber: number | null;
  /** Whether the form counts as sent (real or robot's), for the per-address limit. */
  outcome: 'ticket_created' | 'ignored';
}

type Problem = { in: 'body'; field: string; message: string };

class DuplicateSubmission extends Error {}

function formExpired(): DomainError {
  return new DomainError('form_expired', 'This form is no longer valid (opened too long ago, or not by this server): open the page again and send it.', [{ in: 'body', field: 'formToken', message: 'is no longer valid' }]);
}

/** The same form (token) with the same content, photos included, gives the same key. */
function dedupeKey(input: WebformInputT, photos: readonly InboundFile[]): string {
  const photoHashes = photos.map((p) => createHash('sha256').update(p.content).digest('hex'));
  return createHash('sha256').update(JSON.stringify(['webform', input.formToken, { ...input, formToken: undefined }, photoHashes])).digest('hex');
}

/** What the form asks that the schema cannot say: a way to answer, a place, the agency's own
 * building and category, the category's fields. Every problem at once, by field. */
async function fieldProblems(ctx: AppContext, organizationId: string, input: WebformInputT): Promise<Problem[]> {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ in: 'body', field, message });
  if (!input.name.trim()) add('name', 'is required');
  if (!input.description.trim()) add('description', 'is required');
  if (!input.email && !input.phone) {
    add('email', 'or a phone number is required, to answer the request');
    add('phone', 'or an email address is required, to answer the request');
  }
  if (input.propertyId) {
    if (!(await webformProperty(ctx.db, organizationId, input.propertyId))) add('propertyId', 'is not a building of this agency');
  } else if (!input.address?.trim()) {
    add('propertyId', 'or an address is required');
    add('address', 'or a building of the list is required');
  }
  const values = input.categoryFields ?? {};
  if (input.categoryId) {
    const category = await categoriesRepository.get(ctx.db, organizationId, input.categoryId);
    if (!category || !category.active) add('categoryId', 'is not a category of this agency');
    else for (const p of categoryFieldProblems(category.fields, values)) add(p.field, p.message);
  } else if (Object.keys(values).length) {
    add('categoryFields', 'need a category');
  }
  return problems;
}

/** Photos must be images (judged by their bytes); the type detected is the one kept. */
async function checkPhotos(photos: readonly InboundFile[]): Promise<InboundFile[]> {
  if (photos.length > WEBFORM_MAX_PHOTOS) throw new DomainError('too_many_files', `At most ${WEBFORM_MAX_PHOTOS} photos go with a request.`, { maxFiles: WEBFORM_MAX_PHOTOS });
  const checked: InboundFile[] = [];
  for (const photo of photos) {
    const filename = sanitizeFilename(photo.filename, 'photo');
    if (photo.content.length === 0) throw new DomainError('empty_file', `"${filename}" is empty.`, { filename });
    const type = await detectAttachmentType(photo.content.subarray(0, SNIFF_BYTES), filename);
    if (!type || !type.contentType.startsWith('image/')) {
      throw new DomainError('file_type_not_allowed', `"${filename}" is not a photo (accepted: JPEG, PNG, WebP, HEIC/HEIF, GIF).`, { filename });
    }
    checked.push({ filename, contentType: type.contentType, content: photo.content });
  }
  return checked;
}

/** The fields as they came, without the token: the record's raw JSON. */
function rawFields(input: WebformInputT, photos: readonly InboundFile[]): Buffer {
  const { formToken: _token, ...fields } = input;
  return Buffer.from(JSON.stringify({ ...fields, photos: photos.map((p) => ({ filename: p.filename, contentType: p.contentType, size: p.content.length })) }, null, 2));
}

/** Takes one submission of the form of agency `slug`. */
export async function submitWebform(ctx: AppContext, submission: WebformSubmission): Promise<WebformOutcome> {
  const { input } = submission;
  const organization = await webformOrganization(ctx, submission.slug);
  const now = ctx.clock.now();

  let spam: SpamReason | undefined;
  if (input[WEBFORM_HONEYPOT_FIELD]?.trim()) spam = 'honeypot';
  else {
    const issuedAt = readFormToken(ctx.secret, organization.id, input.formToken);
    if (issuedAt === undefined) throw formExpired();
    const age = formTokenAge(issuedAt, now.getTime());
    if (age === 'expired') throw formExpired();
    if (age === 'too_fast') spam = 'too_fast';
  }

  const key = dedupeKey(input, submission.photos);
  const record: NewInboundMessage = {
    id: randomUUID(), organizationId: organization.id, channel: 'webform', door: 'webform', dedupeKey: key, messageId: null,
    fromAddress: input.email ?? input.phone ?? null, fromName: input.name.trim().slice(0, 200) || null, recipients: [],
    subject: (input.subject?.trim() || input.description.trim().split('\n')[0] || '').slice(0, 500), outcome: 'refused', rawStorageKey: null, rawSize: 0, receivedAt: now,
    report: {},
  };

  if (spam) {
    // Only the fields are kept: a robot's photos are not stored.
    const raw = rawFields(input, []);
    const rawStorageKey = newStorageKey(organization.id, now);
    await ctx.files.put(rawStorageKey, raw, 'application/json');
    // A key of its own: the same form sent again a moment later, by a person, still makes its ticket.
    const row = await recordInbound(ctx, ctx.db, { ...record, dedupeKey: `${spam}:${key}`, outcome: 'ignored', reason: spam, rawStorageKey, rawSize: raw.length, report: { notes: submission.photos.length ? [`${submission.photos.length} photo(s) not kept`] : [] } });
    if (!row) await ctx.files.delete(rawStorageKey).catch(() => undefined);
    return { ticketNumber: null, outcome: 'ignored' };
  }

  const problems = await fieldProblems(ctx, organization.id, input);
  if (problems.length) throw new DomainError('validation_failed', `${problems[0]!.field} ${problems[0]!.message}.`, problems);
  const photos = await checkPhotos(submission.photos);

  const earlier = await inboundByDedupeKey(ctx.db, organization.id, key);
  if (earlier?.ticketId) return { ticketNumber: (await ticketNumberById(ctx.db, organization.id, earlier.ticketId)) ?? null, outcome: 'ticket_created' };

  const raw = rawFields(input, photos);
  const rawStorageKey = newStorageKey(organization.id, now);
  await ctx.files.put(rawStorageKey, raw, 'application/json');
  try {
    const [created] = await createRequests(ctx, [{
      organizationId: organization.id, source: 'webform', channel: 'web',
      sender: { name: input.name.trim(), email: input.email ?? null, phone: input.phone ?? null },
      propertyId: input.propertyId ?? null,
      categoryId: input.categoryId ?? null, categoryFields: input.categoryFields ?? {},
      subject: input.subject ?? '',
      description: requestText(input.description, { address: input.address, unit: input.unit }),
      originalDescription: input.description.trim(),
      files: photos,
      // The confirmation goes by email; a sender who gave only a phone number sees it on the page.
      acknowledge: input.email ? 'always' : 'never',
      inboundMessageId: record.id,
      async within(scope, eventId) {
        const row = await recordInbound(ctx, scope.db, {
          ...record, outcome: 'ticket_created', reason: null, ticketId: scope.ticket.id, eventId, rawStorageKey, rawSize: raw.length,
          report: { kept: photos.map((p) => ({ filename: p.filename, contentType: p.contentType, size: p.content.length, kind: 'photo' })) },
        });
        if (!row) throw new DuplicateSubmission();
      },
    }]);
    return { ticketNumber: created!.number, outcome: 'ticket_created' };
  } catch (error) {
    await ctx.files.delete(rawStorageKey).catch(() => undefined);
    if (error instanceof DuplicateSubmission) {
      // The same submission, sent twice at once: the other one made the ticket.
      const again = await inboundByDedupeKey(ctx.db, organization.id, key);
      if (again?.ticketId) return { ticketNumber: (await ticketNumberById(ctx.db, organization.id, again.ticketId)) ?? null, outcome: 'ticket_created' };
    }
    throw error;
  }
}
