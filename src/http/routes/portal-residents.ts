// Staff's side of the residents' portal: who has access, invitations (one person, a property,
// reminders), printable letters with codes, unit codes, closing and reopening an access, and a
// read-only preview of the portal as a person (logged with the staff member's id).
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { PORTAL_STATES, type PortalState } from '../../domain/portal/portal-codes.ts';
import { RELATION_KINDS } from '../../domain/master-data.ts';
import { notFound } from '../../domain/errors.ts';
import { invitePerson, inviteProperty } from '../../portal/invite-residents.ts';
import { invitationLettersPdf, regenerateUnitCode } from '../../portal/portal-codes-for-units.ts';
import { deactivatePortal, reactivatePortal } from '../../portal/portal-access-switch.ts';
import { exportPortalResidents, listPortalResidents } from '../../portal/portal-residents.ts';
import { openPreviewSession } from '../../portal/open-portal-session.ts';
import { accountOfPerson, findPerson } from '../../db/repositories/portal-accounts.ts';
import { oneOf } from '../../masterdata/input-fields.ts';
import { actorOf } from '../access.ts';
import { setPortalCookie } from '../portal-cookie.ts';
import { ErrorResponse, IdParams, PageOf, STAFF_ERRORS, Timestamp, Uuid } from '../schemas/common.ts';

const PortalResident = Type.Object({
  personId: Uuid, name: Type.String(), emails: Type.Array(Type.String()), phones: Type.Array(Type.String()),
  places: Type.Array(Type.Object({ propertyName: Type.String(), unitReference: Type.Union([Type.String(), Type.Null()]), relation: oneOf(RELATION_KINDS) })),
  state: oneOf(PORTAL_STATES), invitedAt: Type.Union([Timestamp, Type.Null()]), lastSignInAt: Type.Union([Timestamp, Type.Null()]), remindersSent: Type.Integer(),
});
const State = Type.Object({ state: Type.String() });
const WRITE_ERRORS = { ...STAFF_ERRORS, 409: ErrorResponse, 422: ErrorResponse };

export function portalResidentRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/portal-residents', {
    config: { access: 'masterdata:read' },
    schema: {
      tags: ['portal'], summary: 'Residents holding a place today and their portal access (state, invitation, last sign-in)',
      querystring: Type.Object({
        propertyId: Type.Optional(Uuid), state: Type.Optional(oneOf(PORTAL_STATES)), q: Type.Optional(Type.String({ maxLength: 200 })),
        cursor: Type.Optional(Type.String({ maxLength: 100 })), limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
      }, { additionalProperties: false }),
      response: { 200: PageOf(PortalResident), ...STAFF_ERRORS },
    },
    handler: async (request) => listPortalResidents(ctx, actorOf(request), request.query as { propertyId?: string; state?: PortalState; q?: string; cursor?: string; limit: number }),
  });

  app.get('/portal-residents/export', {
    config: { access: 'masterdata:read' },
    schema: {
      tags: ['portal'], summary: 'The same residents as CSV (headers in the user\'s language)',
      querystring: Type.Object({ propertyId: Type.Optional(Uuid) }, { additionalProperties: false }),
      response: { 200: Type.String({ description: 'text/csv' }), ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const csv = await exportPortalResidents(ctx, actorOf(request), (request.query as { propertyId?: string }).propertyId);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="residents-portail.csv"')
        .header('cache-control', 'private, no-store')
        .send(csv);
    },
  });

  app.post('/persons/:id/invitation', {
    config: { access: 'residents:invite' },
    schema: {
      tags: ['portal'], summary: 'Invite a person to the portal by email (14 days; voids an earlier invitation link)',
      params: IdParams, body: Type.Optional(Type.Object({ channel: Type.Optional(Type.Literal('email')) }, { additionalProperties: false })),
      response: { 201: Type.Object({ state: Type.Literal('invited'), expiresAt: Timestamp }), ...WRITE_ERRORS },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      const result = await invitePerson(ctx, actor, id);
      request.log.info({ event: 'portal_invited', personId: id, by: actor.userId }, 'portal invitation sent');
      return reply.status(201).send(result);
    },
  });

  app.post('/properties/:id/invitations', {
    config: { access: 'residents:invite' },
    schema: {
      tags: ['portal'], summary: 'Invite everyone of a property not yet on the portal; with remind, re-send to those invited who have not joined',
      params: IdParams, body: Type.Optional(Type.Object({ remind: Type.Optional(Type.Boolean()) }, { additionalProperties: false })),
      response: { 200: Type.Object({ invited: Type.Integer(), skipped: Type.Array(Type.Object({ personId: Uuid, reason: Type.String() })) }), ...WRITE_ERRORS },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      const remind = (request.body as { remind?: boolean } | undefined)?.remind ?? false;
      const result = await inviteProperty(ctx, actor, id, remind);
      request.log.info({ event: remind ? 'portal_reminded' : 'portal_invited', propertyId: id, count: result.invited, by: actor.userId }, 'portal invitations sent');
      return result;
    },
  });

  app.get('/properties/:id/invitation-letters.pdf', {
    config: { access: 'residents:invite' },
    schema: {
      tags: ['portal'], summary: 'Printable invitation letters: one per occupied unit, each with a fresh code (90 days; voids the unit\'s previous letters)',
      params: IdParams, querystring: Type.Object({ lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])) }, { additionalProperties: false }),
      response: { 200: Type.String({ description: 'application/pdf' }), ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      const { pdf, letters } = await invitationLettersPdf(ctx, actor, id, (request.query as { lang?: 'fr' | 'en' }).lang ?? 'fr');
      request.log.info({ event: 'portal_letters_printed', propertyId: id, letters, by: actor.userId }, 'portal invitation letters made');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-length', pdf.length)
        .header('content-disposition', 'attachment; filename="invitations-portail.pdf"')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  });

  app.post('/units/:id/portal-code', {
    config: { access: 'residents:invite' },
    schema: {
      tags: ['portal'], summary: 'A new permanent registration code for a unit (shown once; voids the previous one)',
      params: IdParams, response: { 201: Type.Object({ code: Type.String() }), ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      const result = await regenerateUnitCode(ctx, actor, id);
      request.log.info({ event: 'portal_unit_code', unitId: id, by: actor.userId }, 'unit portal code made');
      return reply.status(201).send(result);
    },
  });

  app.post('/persons/:id/portal-deactivate', {
    config: { access: 'residents:invite' },
    schema: { tags: ['portal'], summary: 'Close a person\'s portal access: their sessions end and their links stop working', params: IdParams, response: { 200: State, ...WRITE_ERRORS } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      const result = await deactivatePortal(ctx, actor, id);
      request.log.info({ event: 'portal_deactivated', personId: id, sessionsEnded: result.sessionsEnded, by: actor.userId }, 'portal access closed');
      return { state: result.state };
    },
  });

  app.post('/persons/:id/portal-reactivate', {
    config: { access: 'residents:invite' },
    schema: { tags: ['portal'], summary: 'Reopen a person\'s portal access', params: IdParams, response: { 200: State, ...WRITE_ERRORS } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      const result = await reactivatePortal(ctx, actor, id);
      request.log.info({ event: 'portal_reactivated', personId: id, by: actor.userId }, 'portal access reopened');
      return result;
    },
  });

  app.post('/persons/:id/portal-preview', {
    config: { access: 'tickets:work' },
    schema: {
      tags: ['portal'], summary: 'See the portal as a person sees it: sets a read-only portal session cookie (logged)',
      params: IdParams, response: { 201: Type.Object({ url: Type.Literal('/portal') }), ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      const person = await findPerson(ctx.db, actor.organizationId, id);
      if (!person) throw notFound('Person');
      const account = await accountOfPerson(ctx.db, actor.organizationId, id);
      const opened = await openPreviewSession(ctx, { organizationId: actor.organizationId, personId: id, accountId: account?.id ?? null, userId: actor.userId }, { userAgent: request.headers['user-agent'], ip: request.ip });
      request.log.info({ event: 'portal_preview', personId: id, by: actor.userId }, 'staff previews the portal as a resident');
      setPortalCookie(ctx, request, reply, opened.sessionToken);
      return reply.status(201).send({ url: '/portal' as const });
    },
  });
}
