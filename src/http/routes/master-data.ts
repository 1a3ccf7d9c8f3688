// The master-data routes: properties, units, persons (and their relations), contractors, users.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { TRADES } from '../../domain/master-data.ts';
import * as S from '../schemas/master-data.ts';
import { PropertyInput, PropertyPatch } from '../../masterdata/property-input.ts';
import { UnitInput, UnitPatch } from '../../masterdata/unit-input.ts';
import { PersonInput, PersonPatch } from '../../masterdata/person-input.ts';
import { RelationInput, RelationPatch, type RelationInputT } from '../../masterdata/relation-input.ts';
import { ContractorInput, ContractorPatch } from '../../masterdata/contractor-input.ts';
import { UserInput, UserPatch } from '../../masterdata/user-input.ts';
import { Uuid, STAFF_ERRORS, ErrorResponse } from '../schemas/common.ts';
import { presentProperty, presentUnit, presentPerson, presentContractor, presentUser } from '../presenters.ts';
import { actorOf } from '../access.ts';
import { registerCrud } from './crud.ts';
import * as properties from '../../masterdata/properties.ts';
import * as units from '../../masterdata/units.ts';
import * as persons from '../../masterdata/persons.ts';
import * as contractors from '../../masterdata/contractors.ts';
import * as users from '../../masterdata/users.ts';

/** Registers every master-data route. */
export function masterDataRoutes(app: FastifyInstance, ctx: AppContext) {
  const rw = { read: 'masterdata:read', write: 'masterdata:write' } as const;

  registerCrud(app, {
    ...rw, path: '/properties', tag: 'properties', noun: 'property',
    item: S.Property, input: PropertyInput, patch: PropertyPatch, present: presentProperty,
    filters: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }),
    list: (actor, limit, cursor, filters) => properties.listProperties(ctx, actor, limit, cursor, filters.q),
    get: (actor, id) => properties.getProperty(ctx, actor, id),
    create: (actor, input) => properties.createProperty(ctx, actor, input),
    update: (actor, id, patch) => properties.updateProperty(ctx, actor, id, patch),
  });

  registerCrud(app, {
    ...rw, path: '/units', tag: 'units', noun: 'unit',
    item: S.Unit, input: UnitInput, patch: UnitPatch, present: presentUnit,
    filters: Type.Object({ propertyId: Type.Optional(Uuid) }),
    list: (actor, limit, cursor, filters) => units.listUnits(ctx, actor, limit, cursor, filters.propertyId),
    get: (actor, id) => units.getUnit(ctx, actor, id),
    create: (actor, input) => units.createUnit(ctx, actor, input),
    update: (actor, id, patch) => units.updateUnit(ctx, actor, id, patch),
  });

  registerCrud(app, {
    ...rw, path: '/persons', tag: 'persons', noun: 'person',
    item: S.Person, input: PersonInput, patch: PersonPatch, present: presentPerson,
    filters: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) }),
    list: (actor, limit, cursor, filters) => persons.listPersons(ctx, actor, limit, cursor, filters.q),
    get: (actor, id) => persons.getPerson(ctx, actor, id),
    create: (actor, input) => persons.createPerson(ctx, actor, input),
    update: (actor, id, patch) => persons.updatePerson(ctx, actor, id, patch),
  });

  registerCrud(app, {
    ...rw, path: '/contractors', tag: 'contractors', noun: 'contractor',
    item: S.Contractor, input: ContractorInput, patch: ContractorPatch, present: presentContractor,
    filters: Type.Object({ trade: Type.Optional(Type.Union(TRADES.map((t) => Type.Literal(t)))), q: Type.Optional(Type.String({ maxLength: 100 })) }),
    list: (actor, limit, cursor, filters) => contractors.listContractors(ctx, actor, limit, cursor, filters.trade, filters.q),
    get: (actor, id) => contractors.getContractor(ctx, actor, id),
    create: (actor, input) => contractors.createContractor(ctx, actor, input),
    update: (actor, id, patch) => contractors.updateContractor(ctx, actor, id, patch),
  });

  registerCrud(app, {
    path: '/users', tag: 'users', noun: 'user', read: 'users:read', write: 'users:write',
    item: S.User, input: UserInput, patch: UserPatch, present: presentUser,
    list: (actor, limit, cursor) => users.listUsers(ctx, actor, limit, cursor),
    get: (actor, id) => users.getUser(ctx, actor, id),
    create: (actor, input) => users.createUserAs(ctx, actor, input),
    update: (actor, id, patch) => users.updateUser(ctx, actor, id, patch),
  });

  const writeErrors = { ...STAFF_ERRORS, 422: ErrorResponse };

  app.post('/persons/:id/relations', {
    config: { access: 'masterdata:write' },
    schema: {
      tags: ['persons'], summary: 'Relate a person to a unit or a co-ownership',
      params: Type.Object({ id: Uuid }), body: RelationInput, response: { 201: S.Person, ...writeErrors },
    },
    handler: async (request, reply) => {
      const { id } = request.params as { id: string };
      const person = await persons.addPersonRelation(ctx, actorOf(request), id, request.body as RelationInputT);
      return reply.status(201).send(presentPerson(person));
    },
  });

  app.patch('/persons/:id/relations/:relationId', {
    config: { access: 'masterdata:write' },
    schema: {
      tags: ['persons'], summary: 'Change the period of a relation',
      params: Type.Object({ id: Uuid, relationId: Uuid }), body: RelationPatch, response: { 200: S.Person, ...writeErrors },
    },
    handler: async (request) => {
      const { id, relationId } = request.params as { id: string; relationId: string };
      return presentPerson(await persons.updatePersonRelation(ctx, actorOf(request), id, relationId, request.body as object));
    },
  });

  app.post('/users/:id/revoke-sessions', {
    config: { access: 'users:write' },
    schema: {
      tags: ['users'], operationId: 'userRevokeSessions', summary: 'Sign a user out everywhere',
      params: Type.Object({ id: Uuid }), response: { 200: Type.Object({ revoked: Type.Integer() }), ...STAFF_ERRORS },
    },
    handler: async (request) => users.revokeSessionsOfUser(ctx, actorOf(request), (request.params as { id: string }).id),
  });
}
