// What app admins read to set up inbound email: the agency's addresses, its inbound secret
// (created on first reading, renewed on demand), the SMTP port and the HTTP endpoint.
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { notFound } from '../domain/errors.ts';
import { setInboundSecret } from '../db/repositories/inbound.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { inboundAddressesOf } from './inbound-routes.ts';

export async function rotateInboundSecret(ctx: AppContext, organizationId: string): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  await setInboundSecret(ctx.db, organizationId, secret);
  return secret;
}

export async function inboundSettings(ctx: AppContext, organizationId: string) {
  const organization = await findOrganization(ctx.db, organizationId);
  if (!organization) throw notFound('Organization');
  const secret = organization.inboundSecret ?? (await rotateInboundSecret(ctx, organizationId));
  return {
    domain: ctx.config.inbound.domain,
    secret,
    smtpPort: ctx.config.inbound.smtpPort || null,
    endpoint: `${ctx.config.publicUrl}/api/v1/inbound/email`,
    addresses: await inboundAddressesOf(ctx, organization),
  };
}
