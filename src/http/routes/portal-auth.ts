// The residents' portal: signing in (password or one-time link), out, forgotten passwords,
// registering (by invitation or a letter's / unit's code), and the resident's own profile.
// Wrong passwords are throttled per account and per address like staff's; wrong links and codes
// per address (past the limit, 429 too_many_attempts). Logged without any secret.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { LANGUAGES, type Language } from '../../domain/master-data.ts';
import { SignInThrottle } from '../../auth/sign-in-throttle.ts';
import { revokePortalSession } from '../../db/repositories/portal-sessions.ts';
import { signInResident } from '../../portal/sign-in-resident.ts';
import { enterWithLink, requestSignInLink } from '../../portal/sign-in-link.ts';
import { requestResidentPasswordReset, resetResidentPassword } from '../../portal/resident-password-reset.ts';
import { readInvitation, registerWithInvitation } from '../../portal/register-with-invitation.ts';
import { registerWithCode } from '../../portal/register-with-code.ts';
import { portalMe } from '../../portal/portal-me.ts';
import { updatePortalMe, type PortalMePatch } from '../../portal/update-portal-me.ts';
import type { OpenedSession } from '../../portal/open-portal-session.ts';
import { LinkAttempts } from '../link-attempts.ts';
import { residentOf } from '../access.ts';
import { setPortalCookie, clearPortalCookie } from '../portal-cookie.ts';
import { ErrorResponse } from '../schemas/common.ts';
import { oneOf } from '../../masterdata/input-fields.ts';
import { PortalMe, ResidentAnswer } from '../schemas/portal-me.ts';
import { DISPLAY_NAMES } from '../../domain/community/news.ts';

const WINDOW_MS = 15 * 60_000;
/** Wrong letter or unit codes from one address in 15 minutes before 429. */
export const CODE_FAILURES_PER_ADDRESS = 10;
/** Wrong link secrets from one address in 15 minutes before 429. */
export const LINK_FAILURES_PER_ADDRESS = 20;

const Email = Type.String({ minLength: 3, maxLength: 254 });
const Password = Type.String({ minLength: 1, maxLength: 200 });
const Token = Type.String({ minLength: 1, maxLength: 200 });
const Sent = Type.Object({ sent: Type.Literal(true) });
const PUBLIC_ERRORS = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 410: ErrorResponse, 429: ErrorResponse };

const client = (request: FastifyRequest) => ({ userAgent: request.headers['user-agent'], ip: request.ip });

export function portalAuthRoutes(app: FastifyInstance, ctx: AppContext) {
  const now = () => ctx.clock.now().getTime();
  const throttle = new SignInThrottle(ctx.config.loginRateLimit, ctx.config.loginAddressRateLimit, now);
  const links = new LinkAttempts(LINK_FAILURES_PER_ADDRESS, WINDOW_MS, now);
  const codes = new LinkAttempts(CODE_FAILURES_PER_ADDRESS, WINDOW_MS, now);

  /** Runs a use case on a link's secret, counting wrong secrets from the address. */
  const withLink = async <T>(request: FastifyRequest, secret: string, run: () => Promise<T>): Promise<T> => {
    links.check(request.ip, secret);
    try {
      const result = await run();
      links.opened(request.ip, secret);
      return result;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'link_invalid') links.failed(request.ip);
      throw error;
    }
  };

  const signedIn = async (request: FastifyRequest, reply: FastifyReply, opened: OpenedSession, status: number, event: string) => {
    request.log.info({ event, personId: opened.personId, organizationId: opened.organizationId }, 'resident signed in');
    setPortalCookie(ctx, request, reply, opened.sessionToken);
    const resident = await portalMe(ctx, { organizationId: opened.organizationId, personId: opened.personId, preview: false });
    return reply.status(status).send({ resident });
  };

  app.post('/portal/auth/login', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'], summary: 'A resident signs in with email and password (sets the portal cookie)',
      body: Type.Object({ email: Email, password: Password }, { additionalProperties: false }),
      response: { 200: ResidentAnswer, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      const attempt = throttle.begin(email, request.ip);
      try {
        const opened = await signInResident(ctx, { email, password }, client(request));
        attempt.succeeded();
        return await signedIn(request, reply, opened, 200, 'portal_sign_in');
      } catch (error) {
        // The password was right: the refusal is about the access, not a guess.
        if (error instanceof DomainError && error.code === 'portal_access_ended') attempt.succeeded();
        if (error instanceof DomainError) request.log.warn({ event: 'portal_sign_in_failed', code: error.code, ip: request.ip }, 'portal sign-in refused');
        throw error;
      }
    },
  });

  app.post('/portal/auth/link', {
    config: { access: 'public', rateLimit: { max: 5, timeWindow: '15 minutes' } },
    schema: {
      tags: ['portal'], summary: 'Email a one-time sign-in link (20 minutes) to the accounts with this email; the same answer either way',
      body: Type.Object({ email: Email }, { additionalProperties: false }), response: { 202: Sent, 400: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      const count = await requestSignInLink(ctx, (request.body as { email: string }).email);
      if (count > 0) request.log.info({ event: 'portal_sign_in_link_requested', accounts: count }, 'portal sign-in link sent');
      return reply.status(202).send({ sent: true });
    },
  });

  app.post('/portal/auth/enter', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'], summary: 'Sign in with a one-time link\'s secret (works once)',
      body: Type.Object({ token: Token }, { additionalProperties: false }), response: { 200: ResidentAnswer, 403: ErrorResponse, ...PUBLIC_ERRORS },
    },
    handler: async (request, reply) => {
      const { token } = request.body as { token: string };
      const opened = await withLink(request, token, () => enterWithLink(ctx, token, client(request)));
      return signedIn(request, reply, opened, 200, 'portal_sign_in_link_used');
    },
  });

  app.post('/portal/auth/logout', {
    config: { access: 'resident' },
    schema: { tags: ['portal'], summary: 'Sign out of the portal: ends the session', response: { 204: Type.Null(), 401: ErrorResponse } },
    handler: async (request, reply) => {
      await revokePortalSession(ctx.db, residentOf(request).sessionId, ctx.clock.now());
      clearPortalCookie(reply);
      return reply.status(204).send();
    },
  });

  app.post('/portal/auth/forgot', {
    config: { access: 'public', rateLimit: { max: 5, timeWindow: '15 minutes' } },
    schema: {
      tags: ['portal'], summary: 'Forgot password: emails a reset link (60 minutes) to the accounts with this email; the same answer either way',
      body: Type.Object({ email: Email }, { additionalProperties: false }), response: { 202: Sent, 400: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      const count = await requestResidentPasswordReset(ctx, (request.body as { email: string }).email);
      if (count > 0) request.log.info({ event: 'portal_password_reset_requested', accounts: count }, 'portal reset link sent');
      return reply.status(202).send({ sent: true });
    },
  });

  app.post('/portal/auth/reset', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'], summary: 'Choose a new password with a reset link\'s secret; ends every other session and signs in',
      body: Type.Object({ token: Token, password: Password }, { additionalProperties: false }), response: { 200: ResidentAnswer, 403: ErrorResponse, ...PUBLIC_ERRORS },
    },
    handler: async (request, reply) => {
      const input = request.body as { token: string; password: string };
      const opened = await withLink(request, input.token, () => resetResidentPassword(ctx, input, client(request)));
      return signedIn(request, reply, opened, 200, 'portal_password_reset');
    },
  });

  app.get('/portal/auth/invitation', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'], summary: 'Whom an invitation is for (to show the registration form)',
      querystring: Type.Object({ token: Token }, { additionalProperties: false }),
      response: {
        200: Type.Object({ organizationName: Type.String(), personName: Type.String(), email: Type.String(), language: oneOf(LANGUAGES) }),
        ...PUBLIC_ERRORS,
      },
    },
    handler: async (request) => {
      const { token } = request.query as { token: string };
      return withLink(request, token, () => readInvitation(ctx, token));
    },
  });

  app.post('/portal/auth/register', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'], summary: 'Register with an invitation: choose a password (sets the portal cookie)',
      body: Type.Object({ token: Token, password: Password, language: Type.Optional(oneOf(LANGUAGES)) }, { additionalProperties: false }),
      response: { 201: ResidentAnswer, 403: ErrorResponse, ...PUBLIC_ERRORS },
    },
    handler: async (request, reply) => {
      const input = request.body as { token: string; password: string; language?: Language };
      const opened = await withLink(request, input.token, () => registerWithInvitation(ctx, input, client(request)));
      return signedIn(request, reply, opened, 201, 'portal_registered');
    },
  });

  app.post('/portal/auth/register-code', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'], summary: 'Register with the code of a letter or of a unit, one\'s name as the agency knows it, an email and a password',
      body: Type.Object(
        { code: Type.String({ minLength: 1, maxLength: 60 }), name: Type.String({ minLength: 1, maxLength: 200 }), email: Type.String({ format: 'email', maxLength: 254 }), password: Password, language: Type.Optional(oneOf(LANGUAGES)) },
        { additionalProperties: false },
      ),
      response: { 201: ResidentAnswer, 403: ErrorResponse, ...PUBLIC_ERRORS },
    },
    handler: async (request, reply) => {
      const input = request.body as { code: string; name: string; email: string; password: string; language?: Language };
      codes.check(request.ip, input.code);
      let opened: OpenedSession;
      try {
        opened = await registerWithCode(ctx, input, client(request));
      } catch (error) {
        if (error instanceof DomainError && error.code === 'code_invalid') {
          codes.failed(request.ip);
          request.log.warn({ event: 'portal_code_refused', ip: request.ip }, 'portal registration code refused');
        }
        throw error;
      }
      codes.opened(request.ip, input.code);
      return signedIn(request, reply, opened, 201, 'portal_registered_with_code');
    },
  });

  app.get('/portal/me', {
    config: { access: 'resident' },
    schema: { tags: ['portal'], summary: 'The signed-in resident: their places, preferences and today\'s requests left', response: { 200: PortalMe, 401: ErrorResponse } },
    handler: async (request) => {
      const resident = residentOf(request);
      return portalMe(ctx, { organizationId: resident.organizationId, personId: resident.personId, preview: resident.previewByUserId !== null });
    },
  });

  app.patch('/portal/me', {
    config: { access: 'resident_write' },
    schema: {
      tags: ['portal'], summary: 'Change one\'s language, notification preferences or password (the current one first; other sessions end)',
      body: Type.Object(
        {
          language: Type.Optional(oneOf(LANGUAGES)),
          preferences: Type.Optional(Type.Object({ sms: Type.Optional(Type.Boolean()), ownRequests: Type.Optional(Type.Boolean()), watched: Type.Optional(Type.Boolean()), displayName: Type.Optional(Type.Union(DISPLAY_NAMES.map((d) => Type.Literal(d)))) }, { additionalProperties: false })),
          password: Type.Optional(Type.Object({ current: Password, next: Password }, { additionalProperties: false })),
        },
        { additionalProperties: false, minProperties: 1 },
      ),
      response: { 200: PortalMe, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
    },
    handler: async (request) => {
      const resident = residentOf(request);
      await updatePortalMe(ctx, resident, request.body as PortalMePatch);
      if ((request.body as PortalMePatch).password) request.log.info({ event: 'portal_password_changed', personId: resident.personId }, 'resident changed their password');
      return portalMe(ctx, { organizationId: resident.organizationId, personId: resident.personId, preview: false });
    },
  });
}
