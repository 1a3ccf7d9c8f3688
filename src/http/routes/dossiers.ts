// The check of a closing dossier (docs/dossier.md): a zip uploaded, its verdict answered. The
// multipart parser is registered in this scope only; the upload's limit is an attachments
// request's (ATTACHMENT_MAX_BYTES × the files an upload may hold).
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { MAX_FILES_PER_UPLOAD } from '../../tickets/upload-attachments.ts';
import { verifyUploadedDossier } from '../../dossier/verify-uploaded-dossier.ts';
import { FINDING_CODES } from '../../dossier/verify-dossier.ts';
import { discardRest, multipartFiles, refuseDeclaredOversize, uploadBodyLimit } from '../multipart-files.ts';
import { ErrorResponse, STAFF_ERRORS } from '../schemas/common.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const DossierVerdictAnswer = Type.Object({
  verdict: Type.Union([Type.Literal('intact'), Type.Literal('altered')], { description: '`intact`: signed by this server and unchanged; `altered`: see the findings.' }),
  ticket: Nullable(Type.Object({ agency: Type.String(), number: Type.Integer(), subject: Type.String(), closedAt: Nullable(Type.String()) })),
  createdAt: Nullable(Type.String()),
  keyFingerprint: Nullable(Type.String()),
  files: Type.Integer({ description: 'Documents the manifest lists (the summary aside).' }),
  findings: Type.Array(Type.Object({
    code: Type.Union(FINDING_CODES.map((code) => Type.Literal(code))),
    path: Type.Optional(Type.String({ description: 'The file concerned, for findings about one file.' })),
  })),
});

/** Registers POST /dossiers/verify. */
export function dossierRoutes(app: FastifyInstance, ctx: AppContext) {
  const maxFileBytes = ctx.config.attachmentMaxBytes * MAX_FILES_PER_UPLOAD;
  const limits = { maxFileBytes, maxBodyBytes: uploadBodyLimit(maxFileBytes, 1) };
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxFileBytes, files: 1, fields: 2, fieldSize: 1024, parts: 3, headerPairs: 50 } });
    scope.post('/dossiers/verify', {
      config: { access: 'tickets:work' },
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags: ['tickets'],
        summary: "Check a ticket's closing dossier (its documents zip): whether every file is the original, the manifest the signed one, and the signature this server's",
        description: `multipart/form-data with one file part (the zip, at most ${maxFileBytes} bytes). Not a zip: 422 dossier_unreadable; a zip without manifest nor signature: 422 not_a_dossier.`,
        consumes: ['multipart/form-data'],
        body: { description: 'one file part', properties: { file: { type: 'string', contentMediaType: 'application/zip' } } },
        response: { 200: DossierVerdictAnswer, ...STAFF_ERRORS, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse },
      },
      handler: async (request) => {
        try {
          return await verifyUploadedDossier(ctx, multipartFiles(request, limits));
        } catch (error) {
          discardRest(request, error, limits.maxBodyBytes);
          throw error;
        }
      },
    });
  });
}
