// The residents' portal's tickets (API.md, Residents): their list and pages, files and
// appointment, requests filed with photos, messages to the agency, decisions on quotes, and the
// categories the form offers. Every read goes through the access policy with the resident as
// viewer (a ticket they may not see is a 404 like one that does not exist); writes are refused
// in a staff preview (`resident_write`).
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { checkAndStoreFile } from '../../tickets/upload-attachments.ts';
import { deleteStoredFiles, type StoredInboundFile } from '../../inbound/inbound-files.ts';
import { PortalDecisionInput, PortalMessageInput, PortalRequestInput, type PortalDecisionInputT, type PortalMessageInputT, type PortalRequestInputT } from '../../portal/portal-request-input.ts';
import { listPortalTickets } from '../../portal/list-portal-tickets.ts';
import { listPortalDecisions } from '../../portal/list-portal-decisions.ts';
import { getPortalTicket } from '../../portal/get-portal-ticket.ts';
import { readPortalFile } from '../../portal/read-portal-file.ts';
import { portalAppointmentIcs } from '../../portal/portal-appointment-ics.ts';
import { filePortalRequest } from '../../portal/file-portal-request.ts';
import { writePortalMessage } from '../../portal/write-portal-message.ts';
import { decideAsResident } from '../../portal/decide-as-resident.ts';
import { portalCategories } from '../../portal/portal-categories.ts';
import { residentOf } from '../access.ts';
import { sendStoredFile } from '../stored-file-reply.ts';
import { makeAjv } from '../validation.ts';
import { discardRest, multipartFiles, refuseDeclaredOversize, uploadBodyLimit, refuseForeignUpload } from '../multipart-files.ts';
import { ErrorResponse, FileDownload, STAFF_ERRORS, Uuid } from '../schemas/common.ts';
import { NumberParams } from '../schemas/tickets.ts';
import { PortalCategories, PortalDecisions, PortalMessageCreated, PortalRequestCreated, PortalTicket, PortalTicketPage } from '../schemas/portal-tickets.ts';

const tags = ['portal'];
const read = { access: 'resident' as const };
const write = { access: 'resident_write' as const };
/** Most photos with a request, and most files with a message. */
export const PORTAL_MAX_FILES = 5;
const errors = { ...STAFF_ERRORS, 409: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse, 429: ErrorResponse };
const FileParams = Type.Object({ number: NumberParams.properties.number, id: Uuid }, { additionalProperties: false });
const CursorQuery = Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });

const ajv = makeAjv(false);
const validateRequest = ajv.compile(PortalRequestInput);
const validateMessage = ajv.compile(PortalMessageInput);

/** The body checked against its schema, refused as the framework refuses a JSON body. */
function checked<T>(validate: ReturnType<typeof ajv.compile>, body: unknown): T {
  if (validate(body)) return body as T;
  throw Object.assign(new Error('The request is not valid.'), { validation: validate.errors ?? [], validationContext: 'body' }) as FastifyError;
}

/** A multipart body's one text field and its files, each checked by its bytes and stored
 * (the keys pushed to `stored`); `imagesOrPdf` refuses any other kind of file. */
async function readParts(ctx: AppContext, request: FastifyRequest, organizationId: string, limits: { maxFileBytes: number; maxBodyBytes: number }, field: string, filesField: string, stored: string[], imagesOrPdf: boolean) {
  let value: string | undefined;
  const files: StoredInboundFile[] = [];
  for await (const part of multipartFiles(request, limits, (name, text) => {
    if (name !== field) throw new DomainError('validation_failed', `The form has a field "${name}": only "${field}" and file parts "${filesField}" are taken.`, [{ in: 'body', field: name, message: 'is not a known part' }]);
    value = text;
  })) {
    if (part.field !== filesField) throw new DomainError('validation_failed', `Send files as parts named "${filesField}".`, [{ in: 'body', field: part.field, message: 'is not a known part' }]);
    const file = await checkAndStoreFile(ctx, organizationId, part, stored);
    if (!file) continue;
    if (imagesOrPdf && !file.contentType.startsWith('image/') && file.contentType !== 'application/pdf') {
      throw new DomainError('file_type_not_allowed', `"${file.filename}" is neither a photo nor a PDF.`, { filename: file.filename, accepted: 'JPEG, PNG, WebP, HEIC/HEIF, GIF, PDF' });
    }
    if (files.length >= PORTAL_MAX_FILES) throw new DomainError('too_many_files', `Send at most ${PORTAL_MAX_FILES} files.`, { max: PORTAL_MAX_FILES });
    files.push(file);
  }
  return { value, files };
}

export function portalTicketRoutes(app: FastifyInstance, ctx: AppContext) {
  const maxBytes = ctx.config.attachmentMaxBytes;
  const limits = { maxFileBytes: maxBytes, maxBodyBytes: uploadBodyLimit(maxBytes, PORTAL_MAX_FILES) };

  app.get('/portal/tickets', {
    config: read,
    schema: { tags, summary: 'The tickets the resident sees (their requests, and what the agency shares with their building or unit), newest change first', querystring: CursorQuery, response: { 200: PortalTicketPage, ...STAFF_ERRORS } },
    handler: async (request) => listPortalTickets(ctx, residentOf(request), (request.query as { cursor?: string }).cursor),
  });

  app.get('/portal/decisions', {
    config: read,
    schema: { tags, summary: 'The tickets on which a quote waits for the resident’s decision', response: { 200: PortalDecisions, ...STAFF_ERRORS } },
    handler: async (request) => listPortalDecisions(ctx, residentOf(request)),
  });

  app.get('/portal/categories', {
    config: read,
    schema: { tags, summary: 'The categories a resident may file a request under, with their structured fields', response: { 200: PortalCategories, ...STAFF_ERRORS } },
    handler: async (request) => portalCategories(ctx, residentOf(request)),
  });

  app.get('/portal/tickets/:number', {
    config: read,
    schema: { tags, summary: 'One ticket as the resident reads it (404 when they may not see it)', params: NumberParams, response: { 200: PortalTicket, ...STAFF_ERRORS } },
    handler: async (request) => getPortalTicket(ctx, residentOf(request), (request.params as { number: number }).number),
  });

  app.get('/portal/tickets/:number/appointment.ics', {
    config: read,
    schema: { tags, summary: 'The ticket’s next appointment as an iCalendar file', params: NumberParams, produces: ['text/calendar'], response: { 200: { description: 'text/calendar', type: 'string' }, ...STAFF_ERRORS } },
    handler: async (request, reply) => {
      const ics = await portalAppointmentIcs(ctx, residentOf(request), (request.params as { number: number }).number);
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="rendez-vous.ics"').header('cache-control', 'private, no-store').send(ics);
    },
  });

  app.get('/portal/tickets/:number/files/:id', {
    config: read,
    schema: { tags, summary: 'A file of the ticket the resident may open (shared documents, their own files, their messages’ files, quotes they see)', params: FileParams, produces: ['application/octet-stream'], response: { 200: FileDownload, ...STAFF_ERRORS } },
    handler: async (request, reply) => {
      const { number, id } = request.params as { number: number; id: string };
      const { file, body } = await readPortalFile(ctx, residentOf(request), number, id);
      return sendStoredFile(reply, file, body);
    },
  });

  app.post('/portal/tickets/:number/decisions', {
    config: write,
    schema: {
      tags, summary: 'Approve or disapprove a quote put to the resident, as the approver’s link does', params: NumberParams, body: PortalDecisionInput,
      response: { 200: Type.Object({ ticket: PortalTicket }), ...errors },
    },
    handler: async (request) => {
      const resident = residentOf(request);
      const { number } = request.params as { number: number };
      await decideAsResident(ctx, resident, number, request.body as PortalDecisionInputT);
      return { ticket: await getPortalTicket(ctx, resident, number) };
    },
  });

  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxBytes, files: PORTAL_MAX_FILES + 1, fields: 1, fieldSize: 64 * 1024, fieldNameSize: 100, parts: PORTAL_MAX_FILES + 2, headerPairs: 50 } });

    scope.post('/portal/tickets', {
      config: write,
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags,
        summary: 'File a request: it arrives with the agency as a request to validate (PENDING), the resident as its requester and watcher',
        description:
          `multipart/form-data: a part \`request\` holding the JSON below, and up to ${PORTAL_MAX_FILES} \`photos\` (images or PDF judged by their bytes, each at most ${maxBytes} bytes); ` +
          'or the JSON alone (application/json). A place not of the resident or a category not offered is 422 unknown_reference; past the agency’s daily limit 429 daily_request_limit.',
        consumes: ['multipart/form-data', 'application/json'],
        body: PortalRequestInput,
        response: { 201: PortalRequestCreated, ...errors },
      },
      validatorCompiler: () => () => true,
      handler: async (request, reply) => {
        const resident = residentOf(request);
        const stored: string[] = [];
        try {
          let body: unknown = request.body;
          let photos: StoredInboundFile[] = [];
          if (request.isMultipart()) {
            refuseForeignUpload(request);
            const parts = await readParts(ctx, request, resident.organizationId, limits, 'request', 'photos', stored, true);
            if (parts.value === undefined) throw new DomainError('validation_failed', 'request is required: the request’s fields as JSON.', [{ in: 'body', field: 'request', message: 'is required' }]);
            try {
              body = JSON.parse(parts.value);
            } catch {
              throw new DomainError('invalid_json', 'The request part is not valid JSON.');
            }
            photos = parts.files;
          }
          const created = await filePortalRequest(ctx, resident, checked<PortalRequestInputT>(validateRequest, body), photos);
          return reply.code(201).send(created);
        } catch (error) {
          if (request.isMultipart()) discardRest(request, error, limits.maxBodyBytes);
          await deleteStoredFiles(ctx, stored);
          throw error;
        }
      },
    });

    scope.post('/portal/tickets/:number/messages', {
      config: write,
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags, params: NumberParams,
        summary: 'Write to the agency on the ticket (JSON {body}, or multipart with a `body` field and `files`): unread for the manager',
        consumes: ['application/json', 'multipart/form-data'],
        body: PortalMessageInput,
        response: { 201: PortalMessageCreated, ...errors },
      },
      validatorCompiler: () => () => true,
      handler: async (request, reply) => {
        const resident = residentOf(request);
        const { number } = request.params as { number: number };
        const stored: string[] = [];
        try {
          let input: PortalMessageInputT;
          let files: StoredInboundFile[] = [];
          if (request.isMultipart()) {
            refuseForeignUpload(request);
            const parts = await readParts(ctx, request, resident.organizationId, limits, 'body', 'files', stored, false);
            input = checked<PortalMessageInputT>(validateMessage, { body: parts.value });
            files = parts.files;
          } else {
            input = checked<PortalMessageInputT>(validateMessage, request.body);
          }
          const id = await writePortalMessage(ctx, resident, number, input.body, files);
          const ticket = await getPortalTicket(ctx, resident, number);
          return reply.code(201).send({ message: ticket.messages.find((m) => m.id === id) });
        } catch (error) {
          if (request.isMultipart()) discardRest(request, error, limits.maxBodyBytes);
          await deleteStoredFiles(ctx, stored);
          throw error;
        }
      },
    });
  });
}
