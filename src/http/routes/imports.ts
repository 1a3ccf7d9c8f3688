// The CSV import over HTTP: the same plan, the same checks and the same single transaction as
// `gardien import`, for a client that posts the file as text/csv.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { can, roleChangeProblem } from '../../domain/roles.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ImportPlan } from '../../importing/plan-import.ts';
import { IMPORT_KINDS, importKindNamed } from '../../importing/kinds/index.ts';
import { decodeUtf8 } from '../../importing/csv-reader.ts';
import type { FoundError, ImportError } from '../../importing/import-kind.ts';
import { PHRASES } from '../../importing/import-phrases.ts';
import type { Language } from '../../domain/master-data.ts';
import { summaryLanguage } from '../../tickets/ticket-summary.ts';
import { planImport } from '../../importing/plan-import.ts';
import { applyImport } from '../../importing/apply-import.ts';
import { countRows } from '../../importing/report.ts';
import { ErrorResponse, STAFF_ERRORS } from '../schemas/common.ts';
import { actorOf } from '../access.ts';

/** Largest CSV file accepted (far above an agency's export; the JSON limit stays small). */
export const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

// The response carries the first errors only: a wholly wrong file of 5 MB has tens of thousands.
const MAX_ERRORS = 1000;

const Nullable = Type.Union([Type.String(), Type.Null()]);
const ImportResult = Type.Object({
  dryRun: Type.Boolean(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  rows: Type.Array(
    Type.Object({
      line: Type.Integer({ description: 'line of the row in the file (header = 1)' }),
      action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('unchanged')]),
      key: Type.String({ description: 'what identifies the record: its reference, or its email for users' }),
      changes: Type.Array(Type.Object({ field: Type.String(), from: Nullable, to: Nullable })),
    }),
  ),
});

/** The error that lists every bad line of a file (422 import_invalid), in `language`. */
function importInvalid(errors: ImportError[], language: Language): DomainError {
  return new DomainError('import_invalid', PHRASES.refused(errors.length, errors[0])[language], { errors: errors.slice(0, MAX_ERRORS) });
}

/** Files refused while their body was read (not UTF-8), until the handler says so in the user's language. */
const undecodable = new WeakMap<object, FoundError>();

/** Registers POST /imports/:kind, with its own text/csv parser. */
export function importRoutes(app: FastifyInstance, ctx: AppContext) {
  // Encapsulated, so that text/csv bodies (and their larger limit) are accepted by this route only.
  app.register(async (scope) => {
    // Parsed as bytes and decoded strictly: a lenient decode would turn a Windows-1252 export
    // into replacement characters and import them.
    // A file that is not UTF-8 is refused by the handler, which knows the user's language.
    scope.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (request, body, done) => {
      const decoded = decodeUtf8(body as Buffer);
      if ('error' in decoded) undecodable.set(request, decoded.error);
      done(null, 'error' in decoded ? '' : decoded.text);
    });

    scope.post('/imports/:kind', {
      config: { access: 'masterdata:write' },
      schema: {
        tags: ['imports'],
        summary: 'Import master data from a CSV file (dryRun=true reports what would change, writing nothing)',
        description:
          'The body is the CSV file (Content-Type: text/csv, UTF-8, header row first, "," or ";" between cells; at most 5 MB). ' +
          'Every row is checked before anything is written; any error answers 422 import_invalid listing every bad line and column, ' +
          'and nothing is written. Otherwise all rows are written in one transaction. Columns per kind: docs/import.md.',
        consumes: ['text/csv'],
        params: Type.Object({ kind: Type.Union(IMPORT_KINDS.map((kind) => Type.Literal(kind.name))) }),
        querystring: Type.Object({
          dryRun: Type.Boolean({ default: false }),
          lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')], { description: "The language of the errors' sentences; default the user's, else French." })),
        }, { additionalProperties: false }),
        body: Type.String({ description: 'the CSV file' }),
        response: { 200: ImportResult, ...STAFF_ERRORS, 413: ErrorResponse, 422: ErrorResponse },
      },
      handler: async (request) => {
        const actor = actorOf(request);
        const kind = importKindNamed((request.params as { kind: string }).kind)!;
        // Staff users have a permission of their own; importing them needs it too.
        if (kind.name === 'users' && !can(actor.roles, 'users:write')) throw new DomainError('forbidden', 'Your roles do not allow this.');
        const { dryRun, lang } = request.query as { dryRun: boolean; lang?: string };
        const language = await summaryLanguage(ctx, actor, lang);
        const notUtf8 = undecodable.get(request);
        if (notUtf8) throw importInvalid([{ line: notUtf8.line, field: notUtf8.field, message: notUtf8.message[language] }], language);
        const plan = await planImport(ctx, actor.organizationId, kind, request.body as string, undefined, language);
        if (kind.name === 'users') plan.errors.push(...roleChangeErrors(actor, plan));
        if (plan.errors.length > 0) throw importInvalid(plan.errors, language);
        if (!dryRun) await applyImport(ctx, actor.organizationId, plan);
        const rows = plan.rows.map(({ line, action, key, changes }) => ({ line, action, key, changes }));
        return { dryRun, ...countRows(plan), rows };
      },
    });
  });
}

/** The rows of a users file that give or take away roles the importer may not (src/domain/roles.ts). */
function roleChangeErrors(actor: Actor, plan: ImportPlan): ImportError[] {
  const split = (cell: string | null | undefined) => (cell ? cell.split('|').map((r) => r.trim()).filter(Boolean) : []);
  const errors: ImportError[] = [];
  for (const row of plan.rows) {
    const write = row.write as { action: string; id?: string; values: Record<string, unknown> } | undefined;
    if (!write) continue;
    const change = row.changes.find((c) => c.field === 'roles');
    const before = write.action === 'create' ? [] : split(change?.from);
    const after = write.action === 'create' ? ((write.values.roles as string[] | undefined) ?? []) : change ? split(change.to) : before;
    const problem = roleChangeProblem({ actorId: actor.userId, actorRoles: actor.roles, targetId: write.id, before, after });
    if (problem) errors.push({ line: row.line, field: 'roles', message: PHRASES.roleChange[problem.code]?.[plan.language] ?? problem.message });
  }
  return errors;
}

/** `POST /imports/{kind}`, as the web app reads it. */
export type ImportReportAnswer = Static<typeof ImportResult>;
