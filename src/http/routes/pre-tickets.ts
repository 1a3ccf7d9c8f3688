// Inspection notes over HTTP (API.md: Inspection notes): POST /pre-tickets takes one whole
// inspection and answers the PENDING tickets it made, one per note, all or nothing. JSON when
// the notes have no photos; multipart/form-data with the JSON in a part named `inspection` and
// each photo as a file part named `notes.{index}.photos` otherwise. Photos are checked by their
// bytes and streamed to storage as they arrive; when anything is refused none stays behind.
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { ErrorObject } from 'ajv';
import type { AppContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { checkAndStoreFile } from '../../tickets/upload-attachments.ts';
import { InspectionInput, MAX_PHOTOS, MAX_PHOTOS_PER_NOTE, type InspectionInputT } from '../../inbound/inspection-input.ts';
import { receiveInspection } from '../../inbound/receive-inspection.ts';
import type { StoredInboundFile } from '../../inbound/inbound-files.ts';
import { deleteStoredFiles } from '../../inbound/inbound-files.ts';
import { actorOf } from '../access.ts';
import { makeAjv } from '../validation.ts';
import { discardRest, multipartFiles, refuseDeclaredOversize, uploadBodyLimit, refuseForeignUpload } from '../multipart-files.ts';
import { ErrorResponse, STAFF_ERRORS } from '../schemas/common.ts';

const Created = Type.Object({ tickets: Type.Array(Type.Object({ number: Type.Integer() })) });

const PHOTO_PART = /^notes\.(\d{1,3})\.photos$/;
const JSON_PART = 'inspection';

const validateInspection = makeAjv(false).compile(InspectionInput);

/** The note an error is about (`/notes/2/subject` → 2), if any. */
const noteOf = (path: string) => {
  const match = /^\/notes\/(\d+)/.exec(path);
  return match ? Number(match[1]) : undefined;
};

/** 400 validation_failed listing every problem, each with the index of its note when it has one. */
function invalid(errors: readonly ErrorObject[]): DomainError {
  const details = errors.map((e) => {
    const extra = (e.params as { additionalProperty?: string; missingProperty?: string }).additionalProperty ?? (e.params as { missingProperty?: string }).missingProperty;
    const field = [e.instancePath.replace(/^\//, '').replace(/\//g, '.'), extra].filter(Boolean).join('.') || 'body';
    const note = noteOf(e.instancePath);
    return { in: 'body', field, message: e.keyword === 'additionalProperties' ? 'is not a known field' : (e.message ?? 'is not valid'), ...(note === undefined ? {} : { note }) };
  });
  const first = details[0]!;
  return new DomainError('validation_failed', `${first.note === undefined ? '' : `Note ${first.note}: `}${first.field} ${first.message}.`, details);
}

/** A refusal of one photo, saying which note it belonged to. */
function ofNote(error: unknown, note: number): unknown {
  if (!(error instanceof DomainError)) return error;
  const details = error.details && typeof error.details === 'object' && !Array.isArray(error.details) ? error.details : {};
  return new DomainError(error.code, `Note ${note}: ${error.message}`, { ...details, note });
}

export function preTicketRoutes(app: FastifyInstance, ctx: AppContext) {
  const maxBytes = ctx.config.attachmentMaxBytes;
  const limits = { maxFileBytes: maxBytes, maxBodyBytes: uploadBodyLimit(maxBytes, MAX_PHOTOS) };

  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxBytes, files: MAX_PHOTOS, fields: 1, fieldSize: 1024 * 1024, fieldNameSize: 100, parts: MAX_PHOTOS + 1, headerPairs: 50 } });

    scope.post('/pre-tickets', {
      config: { access: 'tickets:work' },
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags: ['tickets'],
        summary: 'One inspection (place, date, inspector) and its notes: one PENDING ticket per note, source inspection, all or nothing',
        description:
          'Without photos, send the JSON below (application/json). With photos, send multipart/form-data: a part named `inspection` holding that JSON, ' +
          `and each photo as a file part named \`notes.{index}.photos\` (index of its note, from 0), at most ${MAX_PHOTOS_PER_NOTE} per note and ${MAX_PHOTOS} in all, ` +
          `each at most ${maxBytes} bytes and an image (JPEG, PNG, WebP, HEIC/HEIF, GIF) judged by its bytes. ` +
          'Each note becomes a PENDING ticket (status pending_validation) with source inspection, its photos attached, the inspection\'s place and date written at the head ' +
          'of its description, requested at inspectedAt; the managers then validate them from the list\'s "Demandes à valider". ' +
          'Any bad note refuses the whole inspection and nothing is created: 400 validation_failed with each problem\'s `note` index in details, ' +
          '415 file_type_not_allowed or 413 file_too_large for a photo (with its `note`), 422 unknown_reference for a property or unit not of the agency. ' +
          'With `inspection.externalId` (the sending application\'s id of the inspection) a retry of the same inspection creates nothing and answers 200 with the first tickets. ' +
          'The inspection is recorded in "Messages reçus" (channel inspection), its JSON downloadable.',
        consumes: ['application/json', 'multipart/form-data'],
        body: InspectionInput,
        response: { 201: Created, 200: Created, ...STAFF_ERRORS, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse },
      },
      // Multipart bodies are read by the handler: both kinds are validated there, alike.
      validatorCompiler: () => () => true,
      handler: async (request, reply) => {
        const actor = actorOf(request);
        if (request.isMultipart()) refuseForeignUpload(request);
        const stored: string[] = [];
        try {
          let body: unknown = request.body;
          const photos: StoredInboundFile[][] = [];
          if (request.isMultipart()) {
            let json: string | undefined;
            const onField = (name: string, value: string) => {
              if (name !== JSON_PART) throw new DomainError('validation_failed', `The form has a field "${name}": only "${JSON_PART}" (the JSON) and file parts "notes.{index}.photos" are taken.`, [{ in: 'body', field: name, message: 'is not a known part' }]);
              json = value;
            };
            let count = 0;
            for await (const file of multipartFiles(request, limits, onField)) {
              const index = PHOTO_PART.exec(file.field)?.[1];
              if (index === undefined) {
                throw new DomainError('validation_failed', `The file part "${file.field}" should be named notes.{index}.photos (the index of its note, from 0).`, [{ in: 'body', field: file.field, message: 'is not a known part' }]);
              }
              const note = Number(index);
              const stored1 = await checkAndStoreFile(ctx, actor.organizationId, file, stored).catch((error: unknown) => {
                throw ofNote(error, note);
              });
              if (!stored1) continue;
              if (!stored1.contentType.startsWith('image/')) {
                throw new DomainError('file_type_not_allowed', `Note ${note}: "${stored1.filename}" is not a photo (JPEG, PNG, WebP, HEIC/HEIF or GIF).`, { filename: stored1.filename, note });
              }
              count += 1;
              const list = (photos[note] ??= []);
              if (list.length >= MAX_PHOTOS_PER_NOTE) throw new DomainError('too_many_files', `Note ${note}: at most ${MAX_PHOTOS_PER_NOTE} photos per note.`, { max: MAX_PHOTOS_PER_NOTE, note });
              if (count > MAX_PHOTOS) throw new DomainError('too_many_files', `At most ${MAX_PHOTOS} photos per inspection.`, { max: MAX_PHOTOS });
              list.push(stored1);
            }
            if (json === undefined) throw new DomainError('validation_failed', `The form needs a part named "${JSON_PART}" holding the inspection as JSON.`, [{ in: 'body', field: JSON_PART, message: 'is required' }]);
            try {
              body = JSON.parse(json);
            } catch {
              throw new DomainError('invalid_json', `The "${JSON_PART}" part is not valid JSON.`);
            }
          }
          if (!validateInspection(body)) throw invalid(validateInspection.errors ?? []);
          const input = body as InspectionInputT;
          const orphan = photos.findIndex((list, i) => list && list.length > 0 && i >= input.notes.length);
          if (orphan >= 0) {
            throw new DomainError('validation_failed', `Photos were sent for note ${orphan}, but the inspection has ${input.notes.length} note(s) (indexes from 0).`, [{ in: 'body', field: `notes.${orphan}.photos`, message: 'names no note', note: orphan }]);
          }
          const result = await receiveInspection(ctx, actor, input, input.notes.map((_, i) => photos[i] ?? []));
          // Sent again (same externalId): the first tickets, and this request's photos go.
          if (result.duplicate) await deleteStoredFiles(ctx, stored);
          return reply.status(result.duplicate ? 200 : 201).send({ tickets: result.tickets });
        } catch (error) {
          if (request.isMultipart()) discardRest(request, error, limits.maxBodyBytes);
          await deleteStoredFiles(ctx, stored);
          throw error;
        }
      },
    });
  });
}
