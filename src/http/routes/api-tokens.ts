// API tokens listed and revoked: one's own (/me/tokens), and a user's for those who administer users.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { listApiTokens } from '../../auth/list-api-tokens.ts';
import { revokeApiToken } from '../../auth/revoke-api-token.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS, Timestamp, Uuid } from '../schemas/common.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const ApiToken = Type.Object({
  id: Uuid,
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the secret, to tell tokens apart; never the secret' }),
  createdAt: Timestamp,
  expiresAt: Timestamp,
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
});
const TokenList = Type.Object({ data: Type.Array(ApiToken) });

type Row = Awaited<ReturnType<typeof listApiTokens>>[number];
const iso = (date: Date | null) => (date ? date.toISOString() : null);
const present = (row: Row) => ({
  id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt.toISOString(),
  lastUsedAt: iso(row.lastUsedAt), revokedAt: iso(row.revokedAt),
});

/** Registers GET/DELETE /me/tokens and /users/{id}/tokens. */
export function apiTokenRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/me/tokens', {
    config: { access: 'tokens:own' },
    schema: { tags: ['auth'], summary: 'One\'s own API tokens, revoked and expired ones included (never the secret)', response: { 200: TokenList, ...STAFF_ERRORS } },
    handler: async (request) => {
      const actor = actorOf(request);
      return { data: (await listApiTokens(ctx, actor, actor.userId)).map(present) };
    },
  });

  app.delete('/me/tokens/:tokenId', {
    config: { access: 'tokens:own' },
    schema: {
      tags: ['auth'], summary: 'Revoke one of one\'s own API tokens (it stops working at once)',
      params: Type.Object({ tokenId: Uuid }), response: { 204: Type.Null(), ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await revokeApiToken(ctx, actor, actor.userId, (request.params as { tokenId: string }).tokenId);
      return reply.status(204).send();
    },
  });

  app.get('/users/:id/tokens', {
    config: { access: 'users:write' },
    schema: {
      tags: ['users'], summary: 'A user\'s API tokens, revoked and expired ones included (never the secret)',
      params: Type.Object({ id: Uuid }), response: { 200: TokenList, ...STAFF_ERRORS },
    },
    handler: async (request) => ({ data: (await listApiTokens(ctx, actorOf(request), (request.params as { id: string }).id)).map(present) }),
  });

  app.delete('/users/:id/tokens/:tokenId', {
    config: { access: 'users:write' },
    schema: {
      tags: ['users'], summary: 'Revoke one of a user\'s API tokens',
      params: Type.Object({ id: Uuid, tokenId: Uuid }), response: { 204: Type.Null(), ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const { id, tokenId } = request.params as { id: string; tokenId: string };
      await revokeApiToken(ctx, actorOf(request), id, tokenId);
      return reply.status(204).send();
    },
  });
}
