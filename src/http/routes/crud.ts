// Registers the four routes of one master-data kind (list, get, create, update) from its
// use cases and schemas, so that each kind's file only says what is particular to it.
import type { FastifyInstance } from 'fastify';
import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import type { Actor } from '../../auth/actor.ts';
import type { Permission } from '../../domain/roles.ts';
import { actorOf, type Access } from '../access.ts';
import { IdParams, ListQuery, PageOf, STAFF_ERRORS, ErrorResponse } from '../schemas/common.ts';

type Row = Record<string, unknown>;

export interface CrudSpec {
  path: string;
  tag: string;
  noun: string;
  item: TSchema;
  input: TSchema;
  patch: TSchema;
  /** Filters the list accepts beyond limit and cursor. */
  filters?: TObject;
  /** Who may list and read: a permission, or 'staff' for every signed-in user. */
  read: Access;
  write: Permission;
  present: (row: never) => unknown;
  list: (actor: Actor, limit: number, cursor: string | undefined, filters: Record<string, string>) => Promise<{ items: Row[]; nextCursor: string | null }>;
  get: (actor: Actor, id: string) => Promise<Row>;
  create: (actor: Actor, input: never) => Promise<Row>;
  update: (actor: Actor, id: string, patch: never) => Promise<Row>;
}

/** Adds GET list, GET one, POST and PATCH for a kind under `/api/v1{path}`. */
export function registerCrud(app: FastifyInstance, spec: CrudSpec) {
  const present = spec.present as (row: Row) => unknown;
  const query = spec.filters ? Type.Composite([ListQuery, spec.filters], { additionalProperties: false }) : ListQuery;
  const tags = [spec.tag];
  const writeErrors = { ...STAFF_ERRORS, 409: ErrorResponse, 422: ErrorResponse };

  app.get(spec.path, {
    config: { access: spec.read },
    schema: { tags, summary: `List ${spec.noun} records`, querystring: query, response: { 200: PageOf(spec.item), ...STAFF_ERRORS } },
    handler: async (request) => {
      const { limit, cursor, ...filters } = request.query as { limit: number; cursor?: string } & Record<string, string>;
      const page = await spec.list(actorOf(request), limit, cursor, filters);
      return { items: page.items.map(present), nextCursor: page.nextCursor };
    },
  });

  app.get(`${spec.path}/:id`, {
    config: { access: spec.read },
    schema: { tags, summary: `Get one ${spec.noun}`, params: IdParams, response: { 200: spec.item, ...STAFF_ERRORS } },
    handler: async (request) => present(await spec.get(actorOf(request), (request.params as { id: string }).id)),
  });

  app.post(spec.path, {
    config: { access: spec.write },
    schema: { tags, summary: `Create a ${spec.noun}`, body: spec.input, response: { 201: spec.item, ...writeErrors } },
    handler: async (request, reply) => {
      const created = await spec.create(actorOf(request), request.body as never);
      return reply.status(201).send(present(created));
    },
  });

  app.patch(`${spec.path}/:id`, {
    config: { access: spec.write },
    schema: { tags, summary: `Update a ${spec.noun}`, params: IdParams, body: spec.patch, response: { 200: spec.item, ...writeErrors } },
    handler: async (request) =>
      present(await spec.update(actorOf(request), (request.params as { id: string }).id, request.body as never)),
  });
}
