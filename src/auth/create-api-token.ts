// Creates an API token for a user: the secret is shown once, only its hash is kept.
import type { AppContext } from '../context.ts';
import { insertApiToken } from '../db/repositories/sessions.ts';
import { newSecret, hashSecret } from './secrets.ts';

export const API_TOKEN_PREFIX = 'gdn_';

/** Makes a token valid for `days` days; returns the secret (never stored) and its record. */
export async function createApiToken(
  ctx: AppContext,
  input: { userId: string; organizationId: string; name: string; days: number },
) {
  const now = ctx.clock.now();
  const secret = newSecret(API_TOKEN_PREFIX);
  const record = await insertApiToken(ctx.db, {
    tokenHash: hashSecret(secret),
    prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
    name: input.name,
    userId: input.userId,
    organizationId: input.organizationId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + input.days * 86_400_000),
  });
  return { secret, id: record.id, expiresAt: record.expiresAt };
}
