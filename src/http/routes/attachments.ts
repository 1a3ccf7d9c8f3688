// Files of a ticket: upload (multipart, checked by their bytes) and download (streamed, with
// headers that keep a browser from running them). The multipart parser is registered in this
// scope only: every other route still takes JSON alone.
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { uploadAttachments, MAX_FILES_PER_UPLOAD } from '../../tickets/upload-attachments.ts';
import { readAttachment } from '../../tickets/read-attachment.ts';
import { ALLOWED_DESCRIPTION } from '../../tickets/attachment-types.ts';
import { actorOf } from '../access.ts';
import { sendStoredFile } from '../stored-file-reply.ts';
import { discardRest, multipartFiles, refuseDeclaredOversize, uploadBodyLimit, refuseForeignUpload } from '../multipart-files.ts';
import { ErrorResponse, STAFF_ERRORS, Uuid } from '../schemas/common.ts';
import { NumberParams } from '../schemas/tickets.ts';
import { presentFile } from '../ticket-presenter.ts';

const tags = ['tickets'];
const access = 'tickets:work' as const;

const TicketFile = Type.Object({
  id: Type.String(), kind: Type.String(), filename: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(),
  internal: Type.Boolean(), dispatchId: Type.Union([Type.String(), Type.Null()]), createdAt: Type.String(), url: Type.String(),
});

// No `type: object`: in stream mode the parser leaves the body undefined (the files are read by
// the handler), and a schema without a type lets that through while documenting the parts.
const UploadBody = {
  description: `multipart/form-data: 1 to ${MAX_FILES_PER_UPLOAD} file parts (any field name, e.g. "files"). Accepted: ${ALLOWED_DESCRIPTION}.`,
  properties: { files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } } },
};

const FileResponse = {
  description: 'The file as uploaded. Images and PDF come `inline`, the rest as an `attachment`.',
  content: { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
};


/** Registers upload and download of a ticket's files. */
export function attachmentRoutes(app: FastifyInstance, ctx: AppContext) {
  const maxBytes = ctx.config.attachmentMaxBytes;
  const limits = { maxFileBytes: maxBytes, maxBodyBytes: uploadBodyLimit(maxBytes, MAX_FILES_PER_UPLOAD) };

  app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: maxBytes, files: MAX_FILES_PER_UPLOAD, fields: 10, fieldSize: 1024, fieldNameSize: 100, parts: MAX_FILES_PER_UPLOAD + 10, headerPairs: 50 },
    });

    scope.post('/tickets/:number/attachments', {
      config: { access },
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags,
        summary: 'Upload files to a ticket; an action then uses them through its attachmentIds (unused uploads are removed after 24 h)',
        description:
          `Each file is judged by its bytes, not its name or declared type: ${ALLOWED_DESCRIPTION} (office documents: a zip with that extension). ` +
          `Another type answers 415 file_type_not_allowed; a file over ${maxBytes} bytes 413 file_too_large; no file 400 no_file; ` +
          'a closed ticket 409 action_not_available. When any file is refused, none is kept.',
        consumes: ['multipart/form-data'],
        params: NumberParams,
        body: UploadBody,
        response: { 201: Type.Object({ items: Type.Array(TicketFile) }), ...STAFF_ERRORS, 409: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse },
      },
      handler: async (request, reply) => {
        // Cookie-authenticated uploads come from Gardien's own pages only: a form on another site
        // (even a sibling subdomain, which SameSite=Lax lets through) may not post files.
        refuseForeignUpload(request);
        const { number } = request.params as { number: number };
        try {
          const rows = await uploadAttachments(ctx, actorOf(request), number, multipartFiles(request, limits));
          return reply.status(201).send({ items: rows.map((row) => presentFile(number, row)) });
        } catch (error) {
          discardRest(request, error, limits.maxBodyBytes);
          throw error;
        }
      },
    });

    scope.get('/tickets/:number/attachments/:id', {
      config: { access },
      schema: {
        tags,
        summary: 'Download a file of the ticket (images and PDF inline, others as an attachment)',
        params: Type.Object({ number: NumberParams.properties.number, id: Uuid }, { additionalProperties: false }),
        produces: ['application/octet-stream'],
        response: { 200: FileResponse, ...STAFF_ERRORS },
      },
      handler: async (request, reply) => {
        const { number, id } = request.params as { number: number; id: string };
        const { file, body } = await readAttachment(ctx, actorOf(request), number, id);
        return sendStoredFile(reply, file, body);
      },
    });
  });
}
