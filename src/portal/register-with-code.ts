// Registering with the code of a letter (per unit, 90 days) or of a unit (permanent until
// regenerated): the code names a unit, the name typed names one of its current occupants or
// owners (case and accents aside; the surname alone when it is unique), and the email typed
// becomes their sign-in address (added to the person's emails when missing). A code and name
// that do not match answer as a wrong code.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import type { Language } from '../domain/master-data.ts';
import { hashPassword } from '../auth/passwords.ts';
import {
  accountOfPerson, accountWithEmail, currentPersonsOfUnit, insertAccount, noteCodeUsed, revokePersonTokens, setPortalStatus, tokenByHash, updateAccount,
  type PersonRow,
} from '../db/repositories/portal-accounts.ts';
import { checkUsable, hashCode, normaliseCode } from './portal-secrets.ts';
import { passwordRule } from './resident-password-reset.ts';
import { openPortalSession, type OpenedSession, type SessionClient } from './open-portal-session.ts';
import { agencyToday } from './resident-access.ts';

export const codeInvalid = () => new DomainError('code_invalid', 'This code and name do not match a home we manage: check the letter, and type your name as it appears on it.');

/** A name's words, without case, accents or punctuation. */
export function nameWords(name: string): string[] {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The one person whose name matches what was typed: all the words in any order, else the one word (a surname) when unique. */
export function matchPerson(candidates: PersonRow[], typed: string): PersonRow | undefined {
  const words = nameWords(typed);
  if (words.length === 0) return undefined;
  const key = [...words].sort().join(' ');
  const whole = candidates.filter((p) => [...nameWords(p.name)].sort().join(' ') === key);
  if (whole.length === 1) return whole[0];
  if (whole.length > 1 || words.length !== 1) return undefined;
  const byWord = candidates.filter((p) => nameWords(p.name).includes(words[0]!));
  return byWord.length === 1 ? byWord[0] : undefined;
}

export async function registerWithCode(
  ctx: AppContext, input: { code: string; name: string; email: string; password: string; language?: Language }, client: SessionClient,
): Promise<OpenedSession> {
  const now = ctx.clock.now();
  const normalised = normaliseCode(input.code);
  const token = normalised.length >= 8 && normalised.length <= 40 ? await tokenByHash(ctx.db, hashCode(normalised), ['letter_code', 'unit_code']) : undefined;
  if (!token || !token.unitId || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) throw codeInvalid();
  checkUsable({ ...token, usedAt: null }, now);
  const candidates = (await currentPersonsOfUnit(ctx.db, token.organizationId, token.unitId, await agencyToday(ctx, token.organizationId))).map((r) => r.person);
  const person = matchPerson(candidates, input.name);
  if (!person) throw codeInvalid();
  passwordRule(input.password);
  const email = input.email.trim();
  const existing = await accountOfPerson(ctx.db, person.organizationId, person.id);
  if (existing?.deactivatedAt) throw new DomainError('action_not_available', 'Your access to the portal was closed by the agency: contact them.');
  if (existing?.passwordHash && person.portalStatus === 'active') throw new DomainError('conflict', 'You already have an access to the portal: sign in instead (or ask for a new password).');
  const holder = await accountWithEmail(ctx.db, person.organizationId, email);
  if (holder && holder.personId !== person.id) throw new DomainError('email_taken', 'This email already opens the portal for someone else: use another one.', [{ in: 'body', field: 'email', message: 'is taken' }]);
  const passwordHash = await hashPassword(input.password);
  const language = input.language ?? person.language;
  const account = await ctx.db.transaction(async (tx) => {
    const emails = person.emails.some((e) => e.toLowerCase() === email.toLowerCase()) ? undefined : [...person.emails, email];
    await setPortalStatus(tx, person.id, 'active', now, emails);
    await revokePersonTokens(tx, person.organizationId, person.id, now, ['invitation']);
    await noteCodeUsed(tx, token.id, now);
    if (existing) return updateAccount(tx, existing.id, { email, passwordHash, language, updatedAt: now });
    return insertAccount(tx, { organizationId: person.organizationId, personId: person.id, email, passwordHash, language, createdAt: now, updatedAt: now });
  });
  return openPortalSession(ctx, account, client);
}
