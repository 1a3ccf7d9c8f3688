// Revokes one API token of a user: it stops working at once, its row stays with revokedAt.
import type { AppContext } from '../context.ts';
import type { Actor } from './actor.ts';
import { revokeApiToken as revokeRow } from '../db/repositories/sessions.ts';
import { notFound } from '../domain/errors.ts';

/** Revokes `tokenId` of `userId` in the actor's agency; 404 when that user has no such token. */
export async function revokeApiToken(ctx: AppContext, actor: Actor, userId: string, tokenId: string) {
  if (!(await revokeRow(ctx.db, actor.organizationId, userId, tokenId, ctx.clock.now()))) throw notFound('API token');
}
