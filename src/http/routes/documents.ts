// Documents (DOMAIN.md §15, API.md Community tools): the staff routes /documents (the tool switched
// on and one of its roles, else 404 tool_off / 403 tool_not_allowed) — folders, uploads, changes,
// downloads and their log, a co-ownership's legal space and the agency's checklist — and the
// residents' /portal/documents (what they see now; anything else 404).
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { DOCUMENT_TYPE_CODES, FOLDER_SCOPES, LEGAL_SECTIONS, PORTAL_GROUPS, type LegalSection } from '../../domain/community/documents.ts';
import { ALLOWED_DESCRIPTION } from '../../tickets/attachment-types.ts';
import { MAX_FILES_PER_UPLOAD } from '../../tickets/upload-attachments.ts';
import { sendStoredFile } from '../stored-file-reply.ts';
import * as folders from '../../community/document-folders.ts';
import * as documents from '../../community/documents.ts';
import * as legal from '../../community/legal-space.ts';
import * as resident from '../../community/resident-documents.ts';
import type { DocumentRow, FolderRow } from '../../db/repositories/documents.ts';
import { actorOf, residentOf } from '../access.ts';
import { discardRest, multipartFiles, refuseDeclaredOversize, uploadBodyLimit, refuseForeignUpload } from '../multipart-files.ts';
import { DateOnly, ErrorResponse, FileDownload, STAFF_ERRORS, Uuid } from '../schemas/common.ts';
import { AudienceSchema } from '../schemas/audience.ts';

const tags = ['documents'];
const staff = { access: 'staff' as const };
const residentAccess = { access: 'resident' as const };
const errors = { ...STAFF_ERRORS, 409: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse, 422: ErrorResponse };

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const NullableAudience = Type.Union([AudienceSchema, Type.Null()], { description: 'Null: staff only (a folder), or the folder’s (a document).' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

const Folder = Type.Object({
  id: Type.String(), parentId: Type.Union([Type.String(), Type.Null()]), name: Type.String(), scope: literals(FOLDER_SCOPES),
  propertyId: Type.Union([Type.String(), Type.Null()]), unitId: Type.Union([Type.String(), Type.Null()]), relationId: Type.Union([Type.String(), Type.Null()]),
  personId: Type.Union([Type.String(), Type.Null()]), audience: NullableAudience, legalSection: Type.Union([literals(LEGAL_SECTIONS), Type.Null()]),
  documentCount: Type.Optional(Type.Integer()), createdAt: Type.String(), updatedAt: Type.String(),
});
const DocumentSchema = Type.Object({
  id: Type.String(), folderId: Type.String(), title: Type.String(), documentType: Type.String(), audience: NullableAudience,
  personId: Type.Union([Type.String(), Type.Null()]), documentDate: Type.Union([Type.String(), Type.Null()]),
  filename: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(), digestedAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(), updatedAt: Type.String(), url: Type.String(),
});
const CreateFolderBody = Type.Object({
  name: Name, parentId: Type.Optional(Uuid), scope: Type.Optional(literals(FOLDER_SCOPES)),
  propertyId: Type.Optional(Uuid), unitId: Type.Optional(Uuid), relationId: Type.Optional(Uuid), personId: Type.Optional(Uuid), audience: Type.Optional(NullableAudience),
}, { additionalProperties: false });
const PatchFolderBody = Type.Object({ name: Type.Optional(Name), audience: Type.Optional(NullableAudience) }, { additionalProperties: false, minProperties: 1 });
const FolderQuery = Type.Object({ scope: Type.Optional(literals(FOLDER_SCOPES)), propertyId: Type.Optional(Uuid), personId: Type.Optional(Uuid) }, { additionalProperties: false });
const PatchDocumentBody = Type.Object({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' })), documentType: Type.Optional(literals(DOCUMENT_TYPE_CODES)),
  documentDate: Type.Optional(Nullable(DateOnly)), personId: Type.Optional(Type.Union([Uuid, Type.Null()])), audience: Type.Optional(NullableAudience), folderId: Type.Optional(Uuid),
}, { additionalProperties: false, minProperties: 1 });
const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const SectionParams = Type.Object({ propertyId: Uuid, section: literals(LEGAL_SECTIONS) }, { additionalProperties: false });
const PropertyParams = Type.Object({ propertyId: Uuid }, { additionalProperties: false });
const ChecklistLine = Type.Object({ documentType: Type.String(), required: Type.Integer(), present: Type.Integer(), missing: Type.Union([literals(['none', 'too_few', 'outdated'] as const), Type.Null()]) });
const PropertyRef = Type.Object({ id: Type.String(), name: Type.String() });
const Download = Type.Object({ id: Type.String(), downloadedAt: Type.String(), who: Type.Union([Type.Literal('staff'), Type.Literal('resident')]), userId: Type.Union([Type.String(), Type.Null()]), personId: Type.Union([Type.String(), Type.Null()]), name: Type.String() });
const PortalDocument = Type.Object({
  id: Type.String(), title: Type.String(), documentType: Type.String(), documentDate: Type.Union([Type.String(), Type.Null()]), group: literals(PORTAL_GROUPS),
  folderName: Type.String(), place: Type.Union([Type.String(), Type.Null()]), filename: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(), createdAt: Type.String(), url: Type.String(),
});

function presentFolder(row: FolderRow & { documentCount?: number }): Static<typeof Folder> {
  return {
    id: row.id, parentId: row.parentId, name: row.name, scope: row.scope, propertyId: row.propertyId, unitId: row.unitId, relationId: row.relationId, personId: row.personId,
    audience: row.audience, legalSection: row.legalSection as LegalSection | null, ...(row.documentCount !== undefined ? { documentCount: row.documentCount } : {}),
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
  };
}
function presentDocument(row: DocumentRow): Static<typeof DocumentSchema> {
  return {
    id: row.id, folderId: row.folderId, title: row.title, documentType: row.documentType, audience: row.audience, personId: row.personId, documentDate: row.documentDate,
    filename: row.filename, contentType: row.contentType, sizeBytes: row.sizeBytes, digestedAt: row.digestedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), url: `/api/v1/documents/${row.id}/file`,
  };
}

/** Registers /documents and /portal/documents. */
export function documentRoutes(app: FastifyInstance, ctx: AppContext) {
  const maxBytes = ctx.config.attachmentMaxBytes;
  const limits = { maxFileBytes: maxBytes, maxBodyBytes: uploadBodyLimit(maxBytes, MAX_FILES_PER_UPLOAD) };
  const id = (request: { params: unknown }) => (request.params as { id: string }).id;

  app.get('/documents/folders', {
    config: staff,
    schema: { tags, summary: 'The folders of one place: scope=agency, a property (its units’, tenancies’ and legal folders too) or a person; each with its documents’ count', querystring: FolderQuery, response: { 200: Type.Object({ items: Type.Array(Folder) }), ...errors } },
    handler: async (request) => ({ items: (await folders.listFolders(ctx, actorOf(request), request.query as Static<typeof FolderQuery>)).map(presentFolder) }),
  });
  app.post('/documents/folders', {
    config: staff,
    schema: { tags, summary: 'Make a folder: under a parent (its place and audience), or for a scope and what it names (property, unit, tenancy or ownership relation, person)', body: CreateFolderBody, response: { 201: Folder, ...errors } },
    handler: async (request, reply) => reply.code(201).send(presentFolder(await folders.createFolder(ctx, actorOf(request), request.body as Static<typeof CreateFolderBody>))),
  });
  app.get('/documents/folders/:id', {
    config: staff,
    schema: { tags, summary: 'One folder with its documents, newest first', params: IdParams, response: { 200: Type.Object({ folder: Folder, documents: Type.Array(DocumentSchema) }), ...errors } },
    handler: async (request) => {
      const answer = await folders.getFolder(ctx, actorOf(request), id(request));
      return { folder: presentFolder(answer.folder), documents: answer.documents.map(presentDocument) };
    },
  });
  app.patch('/documents/folders/:id', {
    config: staff,
    schema: { tags, summary: 'Rename a folder or set its audience (null: staff only)', params: IdParams, body: PatchFolderBody, response: { 200: Folder, ...errors } },
    handler: async (request) => presentFolder(await folders.updateFolder(ctx, actorOf(request), id(request), request.body as Static<typeof PatchFolderBody>)),
  });
  app.delete('/documents/folders/:id', {
    config: staff,
    schema: { tags, summary: 'Delete an empty folder (409 folder_not_empty otherwise)', params: IdParams, response: { 204: Type.Null(), ...errors } },
    handler: async (request, reply) => {
      await folders.removeFolder(ctx, actorOf(request), id(request));
      return reply.code(204).send();
    },
  });
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: maxBytes, files: MAX_FILES_PER_UPLOAD, fields: 5, fieldSize: 200_000, fieldNameSize: 100, parts: MAX_FILES_PER_UPLOAD + 5, headerPairs: 50 } });
    scope.post('/documents/folders/:id/documents', {
      config: staff,
      onRequest: refuseDeclaredOversize(limits.maxBodyBytes),
      schema: {
        tags, summary: 'Upload documents into the folder',
        description: `multipart/form-data: an optional text field \`items\` first, a JSON list with, for each file in order, {title, documentType (${DOCUMENT_TYPE_CODES.join(', ')}), documentDate, personId, audience} (title defaults to the file name, type to the legal folder’s first or "other"); then 1 to ${MAX_FILES_PER_UPLOAD} file parts, each judged by its bytes (${ALLOWED_DESCRIPTION}): another type 415 file_type_not_allowed, over ${maxBytes} bytes 413. When one is refused none is kept.`,
        consumes: ['multipart/form-data'], params: IdParams,
        response: { 201: Type.Object({ items: Type.Array(DocumentSchema) }), ...errors },
      },
      handler: async (request, reply) => {
        refuseForeignUpload(request);
        let itemsField: string | undefined;
        let items: documents.DocumentFields[] | undefined;
        try {
          const parts = multipartFiles(request, limits, (name, value) => {
            if (name === 'items') itemsField = value;
          });
          const rows = await documents.uploadDocuments(ctx, actorOf(request), id(request), parts, () => (items ??= documents.parseItems(itemsField)));
          return reply.code(201).send({ items: rows.map(presentDocument) });
        } catch (error) {
          discardRest(request, error, limits.maxBodyBytes);
          throw error;
        }
      },
    });
  });
  app.get('/documents/legal-checklist', {
    config: staff,
    schema: {
      tags, summary: 'Every co-ownership managed as syndic with the legal documents (décret 2019-502) it still lacks',
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ property: PropertyRef, missing: Type.Integer(), checklist: Type.Array(ChecklistLine) })) }), ...errors },
    },
    handler: async (request) => ({ items: (await legal.legalChecklists(ctx, actorOf(request))).map((c) => ({ property: { id: c.property.id, name: c.property.name }, missing: c.missing, checklist: c.checklist })) }),
  });
  app.get('/documents/legal-space/:propertyId', {
    config: staff,
    schema: {
      tags, summary: 'A co-ownership’s legal online space: its three sections (their folder, null until made) and its checklist',
      params: PropertyParams,
      response: { 200: Type.Object({ property: PropertyRef, sections: Type.Array(Type.Object({ section: literals(LEGAL_SECTIONS), types: Type.Array(Type.String()), folder: Type.Union([Folder, Type.Null()]), folders: Type.Array(Folder) })), checklist: Type.Array(ChecklistLine) }), ...errors },
    },
    handler: async (request) => {
      const space = await legal.legalSpace(ctx, actorOf(request), (request.params as Static<typeof PropertyParams>).propertyId);
      return {
        property: { id: space.property.id, name: space.property.name }, checklist: space.checklist,
        sections: space.sections.map((s) => ({ section: s.section, types: s.types, folder: s.folder ? presentFolder(s.folder) : null, folders: s.folders.map(presentFolder) })),
      };
    },
  });
  app.post('/documents/legal-space/:propertyId/:section', {
    config: staff,
    schema: { tags, summary: 'The section’s folder, made with the section’s audience the first time (all co-owners; staff only, each document naming its owner; the council)', params: SectionParams, response: { 200: Folder, ...errors } },
    handler: async (request) => {
      const { propertyId, section } = request.params as Static<typeof SectionParams>;
      return presentFolder(await legal.legalSectionFolder(ctx, actorOf(request), propertyId, section));
    },
  });
  app.get('/documents/:id', {
    config: staff,
    schema: { tags, summary: 'One document', params: IdParams, response: { 200: DocumentSchema, ...errors } },
    handler: async (request) => presentDocument(await documents.getDocument(ctx, actorOf(request), id(request))),
  });
  app.patch('/documents/:id', {
    config: staff,
    schema: { tags, summary: 'Change a document’s title, type, day, owner or audience (null: the folder’s); folderId moves it', params: IdParams, body: PatchDocumentBody, response: { 200: DocumentSchema, ...errors } },
    handler: async (request) => presentDocument(await documents.updateDocument(ctx, actorOf(request), id(request), request.body as Static<typeof PatchDocumentBody>)),
  });
  app.delete('/documents/:id', {
    config: staff,
    schema: { tags, summary: 'Delete a document (the row with its downloads log, then its bytes)', params: IdParams, response: { 204: Type.Null(), ...errors } },
    handler: async (request, reply) => {
      await documents.removeDocument(ctx, actorOf(request), id(request));
      return reply.code(204).send();
    },
  });
  app.get('/documents/:id/file', {
    config: staff,
    schema: { tags, summary: 'Download the document (logged)', params: IdParams, produces: ['application/octet-stream'], response: { 200: FileDownload, ...errors } },
    handler: async (request, reply) => {
      const { document, body } = await documents.downloadStaffDocument(ctx, actorOf(request), id(request));
      return sendStoredFile(reply, document, body);
    },
  });
  app.get('/documents/:id/downloads', {
    config: staff,
    schema: { tags, summary: 'Who downloaded the document and when, newest first', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Download) }), ...errors } },
    handler: async (request) => ({
      items: (await documents.documentDownloads(ctx, actorOf(request), id(request))).map((d) => ({
        id: d.id, downloadedAt: d.downloadedAt.toISOString(), who: d.userId ? 'staff' as const : 'resident' as const, userId: d.userId, personId: d.personId, name: d.userName ?? d.personName ?? '',
      })),
    }),
  });

  app.get('/portal/documents', {
    config: residentAccess,
    schema: { tags: ['portal'], summary: '"Mes documents": what the resident sees now, newest first, each with its group (building, unit, lease, mine, council)', response: { 200: Type.Object({ items: Type.Array(PortalDocument) }), ...errors } },
    handler: async (request) => ({
      items: (await resident.listResidentDocuments(ctx, residentOf(request))).map((d) => ({
        id: d.id, title: d.title, documentType: d.documentType, documentDate: d.documentDate, group: d.group, folderName: d.folder.name,
        place: [d.propertyName, d.unitReference].filter(Boolean).join(' – ') || null, filename: d.filename, contentType: d.contentType, sizeBytes: d.sizeBytes,
        createdAt: d.createdAt.toISOString(), url: `/api/v1/portal/documents/${d.id}/file`,
      })),
    }),
  });
  app.get('/portal/documents/:id/file', {
    config: residentAccess,
    schema: { tags: ['portal'], summary: 'Download a document the resident sees (logged); any other is 404', params: IdParams, produces: ['application/octet-stream'], response: { 200: FileDownload, ...errors } },
    handler: async (request, reply) => {
      const { document, body } = await resident.downloadResidentDocument(ctx, residentOf(request), id(request));
      return sendStoredFile(reply, document, body);
    },
  });
}
