// The agency's inbound mailbox (the IMAP door): read by app admins without its password, set with
// the password kept when not given again (for the same server, port and user only), removed. The password is stored encrypted with a key
// derived from GARDIEN_SECRET (AES-256-GCM), so the database alone does not give it away.
import { sealSecret, unsealSecret } from '../channels/sealed-secret.ts';
import type { AppContext } from '../context.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { IMAP_POLL_ERRORS, imapStatusOf, storedImapOf, type StoredInboundImap } from '../domain/inbound/imap-settings.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { setOrganizationSetting } from '../db/repositories/inbound-imap.ts';
import type { ImapSettingsInput } from './imap-settings-input.ts';

const LABEL = 'inbound-imap-password';

export const encryptImapPassword = (secret: string, password: string) => sealSecret(secret, LABEL, password);

/** The password, or undefined when it cannot be read (another GARDIEN_SECRET, damaged). */
export const decryptImapPassword = (secret: string, stored: string) => unsealSecret(secret, LABEL, stored);

/** What an admin reads: the settings without the password (only whether one is kept), and the last poll. */
export async function imapSettingsView(ctx: AppContext, organizationId: string) {
  const organization = await findOrganization(ctx.db, organizationId);
  if (!organization) throw notFound('Organization');
  const stored = storedImapOf(organization.settings);
  const status = imapStatusOf(organization.settings);
  return {
    settings: stored ? { host: stored.host, port: stored.port, secure: stored.secure, user: stored.user, mailbox: stored.mailbox, enabled: stored.enabled, hasPassword: stored.passwordEncrypted !== null } : null,
    lastPoll: status ? { ...status, errorText: status.error ? IMAP_POLL_ERRORS[status.error] : null } : null,
  };
}

/** Sets the mailbox; the password stays what it was when `password` is not given. */
export async function updateImapSettings(ctx: AppContext, organizationId: string, input: ImapSettingsInput) {
  const organization = await findOrganization(ctx.db, organizationId);
  if (!organization) throw notFound('Organization');
  const before = storedImapOf(organization.settings);
  // The stored password goes only where it went before: a new server, port, user or a connection
  // without TLS asks for it again (else whoever changes the host would receive it).
  const sameServer = before && before.host === input.host.toLowerCase() && before.port === input.port && before.user === input.user && (before.secure === input.secure || input.secure);
  if (input.password === undefined && before?.passwordEncrypted && !sameServer) {
    throw new DomainError('validation_failed', 'password is required again when the server, port, user or TLS change.', [{ in: 'body', field: 'password', message: 'is required for another server' }]);
  }
  const passwordEncrypted = input.password !== undefined ? encryptImapPassword(ctx.secret, input.password) : (before?.passwordEncrypted ?? null);
  if (input.enabled && !passwordEncrypted) {
    throw new DomainError('validation_failed', 'password is required to read the mailbox (none is stored yet).', [{ in: 'body', field: 'password', message: 'is required' }]);
  }
  const stored: StoredInboundImap = { host: input.host.toLowerCase(), port: input.port, secure: input.secure, user: input.user, mailbox: input.mailbox, enabled: input.enabled, passwordEncrypted };
  await setOrganizationSetting(ctx.db, organizationId, 'inboundImap', stored);
  // A new mailbox starts without the old one's last poll.
  if (before && (before.host !== stored.host || before.user !== stored.user || before.mailbox !== stored.mailbox)) await setOrganizationSetting(ctx.db, organizationId, 'inboundImapStatus', null);
  return imapSettingsView(ctx, organizationId);
}

/** Forgets the mailbox (and its password). */
export async function removeImapSettings(ctx: AppContext, organizationId: string) {
  await setOrganizationSetting(ctx.db, organizationId, 'inboundImap', null);
  await setOrganizationSetting(ctx.db, organizationId, 'inboundImapStatus', null);
  return imapSettingsView(ctx, organizationId);
}
