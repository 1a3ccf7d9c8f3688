// The agency's default attachments: listed, added (multipart), removed.
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { addDefaultAttachments, removeDefaultAttachment, defaultAttachmentsOf } from '../../settings/default-attachments.ts';
import { findOrganization } from '../../db/repositories/users.ts';
import { actorOf } from '../access.ts';
import { multipartFiles, refuseDeclaredOversize, uploadBodyLimit } from '../multipart-files.ts';
import { ErrorResponse, STAFF_ERRORS, Uuid } from '../schemas/common.ts';

const Item = Type.Object({ id: Type.String(), filename: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer() });
const List = Type.Object({ items: Type.Array(Item) });
const present = (items: { id: string; filename: string; contentType: string; sizeBytes: number }[]) => ({
  items: items.map(({ id, filename, contentType, sizeBytes }) => ({ id, filename, contentType, sizeBytes })),
});

/** Registers the default attachments routes. */
export function defaultAttachmentRoutes(app: FastifyInstance, ctx: AppContext) {
  const limits = { maxFileBytes: ctx.config.attachmentMaxBytes, maxBodyBytes: uploadBodyLimit(ctx.config.attachmentMaxBytes, 5) };
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: ctx.config.attachmentMaxBytes, files: 5, fields: 2 } });
    scope.get('/settings/default-attachments', {
      config: { access: 'staff' },
      schema: { tags: ['settings'], summary: 'Files sent with every first request to a contractor (by email)', response: { 200: List, ...STAFF_ERRORS } },
      handler: async (request) => present(defaultAttachmentsOf((await findOrganization(ctx.db, actorOf(request).organizationId))!.settings)),
    });
    scope.post('/settings/default-attachments', {
      config: { access: 'settings:write' },
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags: ['settings'], summary: 'Add default attachments (multipart/form-data file parts)', consumes: ['multipart/form-data'],
        body: { description: 'file parts' } as never, response: { 201: List, ...STAFF_ERRORS, 413: ErrorResponse, 415: ErrorResponse },
      },
      validatorCompiler: () => () => true,
      handler: async (request, reply) => {
        return reply.status(201).send(present(await addDefaultAttachments(ctx, actorOf(request), multipartFiles(request, limits))));
      },
    });
    scope.delete('/settings/default-attachments/:id', {
      config: { access: 'settings:write' },
      schema: { tags: ['settings'], summary: 'Remove a default attachment', params: Type.Object({ id: Uuid }), response: { 200: List, ...STAFF_ERRORS } },
      handler: async (request) => present(await removeDefaultAttachment(ctx, actorOf(request), (request.params as { id: string }).id)),
    });
  });
}
