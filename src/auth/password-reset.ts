// Password reset by email: an app admin (or the user, "forgot password") asks, Gardien writes the
// `password_reset` email to the outbox like every message; the outbox keeps a placeholder, and the
// link's secret is minted when the email leaves (random, stored hashed, 24 hours, single use).
// The user opens the link on the web app's public page and chooses the new password. Nobody ever
// sets another user's password, so no account is taken over silently.
import type { AppContext } from '../context.ts';
import type { Actor } from './actor.ts';
import type { OutboxRow } from '../db/repositories/outbox.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { findOrganization, findUser, findUserByEmail } from '../db/repositories/users.ts';
import { insertOutboxMessages } from '../db/repositories/outbox.ts';
import { findTemplateOverride } from '../db/repositories/message-templates.ts';
import { insertPasswordReset, consumePasswordReset, voidPasswordResets, setPasswordHash } from '../db/repositories/password-resets.ts';
import { revokeUserApiTokens, revokeUserSessions } from '../db/repositories/sessions.ts';
import { renderTemplate } from '../messages/render-template.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { newSecret, hashSecret } from './secrets.ts';

/** How long a reset link works. */
export const RESET_LINK_HOURS = 24;

/** The web app's public page where the new password is chosen; the secret travels in the fragment
 * (never sent to a server in a Referer or an access log). */
export const resetPageUrl = (publicUrl: string, secret: string) => `${publicUrl}/reset-password#${secret}`;

/** What stands for the link in the stored email. */
export const RESET_LINK_PLACEHOLDER = (publicUrl: string) => resetPageUrl(publicUrl, '••••••••');

type StaffUser = NonNullable<Awaited<ReturnType<typeof findUser>>>;

/** Writes the reset email of `user` to the outbox and queues its delivery. */
async function queueResetEmail(ctx: AppContext, user: StaffUser, requestedBy: string | null): Promise<void> {
  const organization = (await findOrganization(ctx.db, user.organizationId))!;
  const language = user.language === 'en' ? 'en' : 'fr';
  const link = RESET_LINK_PLACEHOLDER(ctx.config.publicUrl);
  const override = await findTemplateOverride(ctx.db, user.organizationId, { key: 'password_reset', channel: 'email', language });
  const rendered = await renderTemplate({
    key: 'password_reset', channel: 'email', language,
    source: override ? { subject: override.subject, body: override.body } : undefined,
    variables: { recipient: { name: user.name }, agency: { name: organization.name }, link },
  });
  const [written] = await insertOutboxMessages(ctx.db, [{
    organizationId: user.organizationId, channel: 'email', template: 'password_reset', language,
    recipientName: user.name, recipients: [user.email], subject: rendered.subject ?? '', text: rendered.text, html: rendered.html ?? null,
    withLink: 'yes', state: ctx.transports.mailer ? 'queued' : 'held', createdAt: ctx.clock.now(),
    meta: { userId: user.id, requestedBy },
  }]);
  if (written?.state === 'queued') await ctx.jobs?.enqueueDeliveries(ctx.db, [written.id]);
}

/** An app admin sends a user of the agency a link to choose a new password. */
export async function sendPasswordReset(ctx: AppContext, actor: Actor, userId: string): Promise<{ userId: string; email: string }> {
  const user = await findUser(ctx.db, actor.organizationId, userId);
  if (!user) throw notFound('User');
  if (!user.active) throw new DomainError('action_not_available', 'This user may not sign in; reactivate them first.');
  await queueResetEmail(ctx, user, actor.userId);
  return { userId: user.id, email: user.email };
}

/** "Forgot password": the same email when the address names an active user; nothing otherwise.
 * The caller answers the same in both cases. Returns the user's id, for the log only. */
export async function forgotPassword(ctx: AppContext, email: string): Promise<string | undefined> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user || !user.active) return undefined;
  await queueResetEmail(ctx, user, null);
  return user.id;
}

/** The link of a `password_reset` email, minted as it leaves; '' when its user is gone or inactive. */
export async function mintResetLink(ctx: AppContext, row: OutboxRow): Promise<string> {
  const userId = typeof row.meta.userId === 'string' ? row.meta.userId : undefined;
  const user = userId ? await findUser(ctx.db, row.organizationId, userId) : undefined;
  if (!user || !user.active) return '';
  const secret = newSecret();
  const now = ctx.clock.now();
  await insertPasswordReset(ctx.db, {
    tokenHash: hashSecret(secret), userId: user.id, organizationId: user.organizationId,
    createdAt: now, expiresAt: new Date(now.getTime() + RESET_LINK_HOURS * 3_600_000),
  });
  return resetPageUrl(ctx.config.publicUrl, secret);
}

/** Sets the new password with a reset link's secret: once, before it expires. Every other link of
 * the user stops working, every open session ends and every API token is revoked. */
export async function resetPassword(ctx: AppContext, input: { token: string; password: string }): Promise<{ userId: string }> {
  const problem = passwordProblem(input.password);
  if (problem) throw new DomainError('validation_failed', problem, [{ in: 'body', field: 'password', message: problem }]);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const used = await consumePasswordReset(tx, hashSecret(input.token), now);
    const user = used ? await findUser(tx, used.organizationId, used.userId) : undefined;
    if (!user || !user.active) throw new DomainError('reset_link_invalid', 'This link is not valid any more: ask for a new one.');
    await setPasswordHash(tx, user.id, passwordHash, now);
    await voidPasswordResets(tx, user.id, now);
    await revokeUserSessions(tx, user.id, now);
    await revokeUserApiTokens(tx, user.id, now);
    return { userId: user.id };
  });
}
