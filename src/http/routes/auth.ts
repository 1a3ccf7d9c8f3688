// Sign-in, sign-out, "who am I", and one's own API tokens.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { signIn } from '../../auth/sign-in.ts';
import { SignInThrottle } from '../../auth/sign-in-throttle.ts';
import { createApiToken } from '../../auth/create-api-token.ts';
import { revokeSession } from '../../db/repositories/sessions.ts';
import { findOrganization, findUser } from '../../db/repositories/users.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf, SESSION_COOKIE } from '../access.ts';
import { setOwnDelegation } from '../../masterdata/users.ts';
import { ownDelegation } from '../../masterdata/own-delegation.ts';
import { presentOrganization, presentUser } from '../presenters.ts';
import { ErrorResponse, STAFF_ERRORS, Timestamp } from '../schemas/common.ts';
import { User } from '../schemas/master-data.ts';

const Colleague = Type.Object({ id: Type.String(), name: Type.String() });
const OwnDelegation = Type.Object({
  delegate: Type.Union([Colleague, Type.Null()]),
  until: Type.Union([Timestamp, Type.Null()], { description: 'null with a delegate: until the user is back' }),
  inForce: Type.Boolean(),
  candidates: Type.Array(Colleague, { description: 'Active colleagues who work tickets, who may be chosen' }),
  standingInFor: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), until: Type.Union([Timestamp, Type.Null()]) }), {
    description: 'Colleagues away who delegated to the user now: their tickets show in the user\'s list',
  }),
});

const Me = Type.Object({
  user: User,
  organization: Type.Object({
    id: Type.String(), name: Type.String(), slug: Type.String(), currency: Type.String(), locale: Type.String(), timezone: Type.String(),
  }),
});

/** Registers /auth/login, /auth/logout, /me and /tokens. */
export function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const throttle = new SignInThrottle(ctx.config.loginRateLimit, ctx.config.loginAddressRateLimit, () => ctx.clock.now().getTime());
  const me = async (userId: string, organizationId: string) => {
    const [user, organization] = await Promise.all([findUser(ctx.db, organizationId, userId), findOrganization(ctx.db, organizationId)]);
    if (!user || !organization) throw new DomainError('unauthenticated', 'Sign in first.');
    return { user: presentUser(user), organization: presentOrganization(organization) };
  };

  app.post('/auth/login', {
    // Wrong passwords are limited per account and per address (sign-in-throttle.ts), once the body is read.
    config: { access: 'public' },
    schema: {
      tags: ['auth'], summary: 'Sign in with email and password (sets the session cookie)',
      body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      response: { 200: Me, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      try {
        const attempt = throttle.begin(email, request.ip);
        const result = await signIn(ctx, { email, password, userAgent: request.headers['user-agent'], ip: request.ip });
        attempt.succeeded();
        request.log.info({ event: 'sign_in', userId: result.userId, email }, 'staff signed in');
        reply.setCookie(SESSION_COOKIE, result.sessionToken, {
          path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https', maxAge: ctx.config.sessionMaxHours * 3600,
        });
        return await me(result.userId, result.organizationId);
      } catch (error) {
        if (error instanceof DomainError) request.log.warn({ event: 'sign_in_failed', email, ip: request.ip }, 'sign-in refused');
        throw error;
      }
    },
  });

  app.post('/auth/logout', {
    config: { access: 'staff' },
    schema: { tags: ['auth'], summary: 'Sign out: ends the session', response: { 204: Type.Null(), 401: ErrorResponse } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      if (actor.sessionId) await revokeSession(ctx.db, actor.sessionId, ctx.clock.now());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  });

  app.get('/me', {
    config: { access: 'staff' },
    schema: { tags: ['auth'], summary: 'Who is signed in, with their organization', response: { 200: Me, 401: ErrorResponse } },
    handler: async (request) => {
      const actor = actorOf(request);
      return me(actor.userId, actor.organizationId);
    },
  });

  app.get('/me/delegation', {
    config: { access: 'staff' },
    schema: { tags: ['auth'], summary: 'One\'s own delegation while absent, whom one may choose, and whom one stands in for', response: { 200: OwnDelegation, ...STAFF_ERRORS } },
    handler: async (request) => ownDelegation(ctx, actorOf(request)),
  });

  app.put('/me/delegation', {
    config: { access: 'staff' },
    schema: {
      tags: ['auth'], summary: 'Set one\'s own delegation while absent: a delegate until a date, or until back (no date); a null delegate ends it',
      body: Type.Object(
        { delegateUserId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]), delegateUntil: Type.Union([Timestamp, Type.Null()]) },
        { additionalProperties: false },
      ),
      response: { 200: Me, ...STAFF_ERRORS, 422: ErrorResponse },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      await setOwnDelegation(ctx, actor, request.body as { delegateUserId: string | null; delegateUntil: string | null });
      return me(actor.userId, actor.organizationId);
    },
  });

  app.post('/tokens', {
    config: { access: 'tokens:own' },
    schema: {
      tags: ['auth'], summary: 'Create an API token for oneself (shown once)',
      body: Type.Object(
        { name: Type.String({ minLength: 1, maxLength: 100 }), days: Type.Optional(Type.Integer({ minimum: 1, maximum: 730, default: 90 })) },
        { additionalProperties: false },
      ),
      response: { 201: Type.Object({ id: Type.String(), token: Type.String(), expiresAt: Timestamp }), ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { name, days = 90 } = request.body as { name: string; days?: number };
      const created = await createApiToken(ctx, { userId: actor.userId, organizationId: actor.organizationId, name, days });
      return reply.status(201).send({ id: created.id, token: created.secret, expiresAt: created.expiresAt.toISOString() });
    },
  });
}
