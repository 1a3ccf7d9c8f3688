// Password reset links: an app admin sends one to a user; anyone may ask for one for their own
// address ("forgot password", same answer whether it names a user or not); the link's holder sets
// the new password. Logged as password_reset_requested / password_reset, never with a secret.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { sendPasswordReset, forgotPassword, resetPassword } from '../../auth/password-reset.ts';
import { actorOf } from '../access.ts';
import { ErrorResponse, STAFF_ERRORS, Uuid } from '../schemas/common.ts';

const Accepted = Type.Object({ accepted: Type.Literal(true) });

/** Registers /users/{id}/password-reset, /auth/password-reset/request and /auth/password-reset. */
export function passwordResetRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post('/users/:id/password-reset', {
    config: { access: 'users:write' },
    schema: {
      tags: ['users'], summary: 'Email a user a link to choose a new password (24 hours, single use)',
      params: Type.Object({ id: Uuid }), response: { 202: Accepted, ...STAFF_ERRORS, 409: ErrorResponse },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const sent = await sendPasswordReset(ctx, actor, (request.params as { id: string }).id);
      request.log.info({ event: 'password_reset_requested', userId: sent.userId, by: actor.userId }, 'password reset link sent');
      return reply.status(202).send({ accepted: true });
    },
  });

  app.post('/auth/password-reset/request', {
    config: { access: 'public', rateLimit: { max: 5, timeWindow: '15 minutes' } },
    schema: {
      tags: ['auth'], summary: 'Forgot password: emails a reset link if the address names an active user (same answer either way)',
      body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }) }, { additionalProperties: false }),
      response: { 202: Accepted, 400: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      const userId = await forgotPassword(ctx, (request.body as { email: string }).email);
      if (userId) request.log.info({ event: 'password_reset_requested', userId, by: 'self' }, 'password reset link sent');
      return reply.status(202).send({ accepted: true });
    },
  });

  app.post('/auth/password-reset', {
    config: { access: 'public', rateLimit: { max: 20, timeWindow: '15 minutes' } },
    schema: {
      tags: ['auth'], summary: 'Choose a new password with the secret of a reset link; ends every session of the user',
      body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }), password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      response: { 204: Type.Null(), 400: ErrorResponse, 410: ErrorResponse, 429: ErrorResponse },
    },
    handler: async (request, reply) => {
      const { userId } = await resetPassword(ctx, request.body as { token: string; password: string });
      request.log.info({ event: 'password_reset', userId }, 'password reset with a link');
      return reply.status(204).send();
    },
  });
}
