// The codes printed for people to type: a unit's permanent code (shown once, regenerating voids
// the previous) and a property's invitation letters, one per unit with a fresh 90-day code for
// its current occupants (voiding the unit's previous letter codes).
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { PORTAL_TOKEN_LIFETIME_MINUTES } from '../domain/portal/portal-codes.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { currentPersonsOfUnit, findProperty, findUnitWithProperty, insertPortalToken, revokeUnitCodes, unitsOfProperty } from '../db/repositories/portal-accounts.ts';
import { renderInvitationLetters, type InvitationLetter } from '../channels/invitation-letters-pdf.ts';
import { hashCode, newPrintedCode } from './portal-secrets.ts';
import { agencyToday } from './resident-access.ts';

/** Groups of four characters in a code: 60 bits, guessed only past the per-address limit. */
const CODE_GROUPS = 3;

export async function regenerateUnitCode(ctx: AppContext, actor: Actor, unitId: string): Promise<{ code: string }> {
  const found = await findUnitWithProperty(ctx.db, actor.organizationId, unitId);
  if (!found) throw notFound('Unit');
  const code = newPrintedCode(CODE_GROUPS);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await revokeUnitCodes(tx, actor.organizationId, unitId, 'unit_code', now);
    await insertPortalToken(tx, {
      organizationId: actor.organizationId, purpose: 'unit_code', secretHash: hashCode(code), unitId, propertyId: found.property.id,
      expiresAt: null, createdById: actor.userId, createdAt: now,
    });
  });
  return { code };
}

export async function invitationLettersPdf(ctx: AppContext, actor: Actor, propertyId: string, language: 'fr' | 'en' = 'fr'): Promise<{ pdf: Buffer; letters: number }> {
  const property = await findProperty(ctx.db, actor.organizationId, propertyId);
  if (!property) throw notFound('Property');
  const organization = (await findOrganization(ctx.db, actor.organizationId))!;
  const today = await agencyToday(ctx, actor.organizationId);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + PORTAL_TOKEN_LIFETIME_MINUTES.letter_code! * 60_000);
  const letters: InvitationLetter[] = [];
  await ctx.db.transaction(async (tx) => {
    for (const unit of await unitsOfProperty(tx, actor.organizationId, propertyId)) {
      const occupants = (await currentPersonsOfUnit(tx, actor.organizationId, unit.id, today)).map((r) => r.person);
      if (occupants.length === 0) continue;
      const code = newPrintedCode(CODE_GROUPS);
      await revokeUnitCodes(tx, actor.organizationId, unit.id, 'letter_code', now);
      await insertPortalToken(tx, {
        organizationId: actor.organizationId, purpose: 'letter_code', secretHash: hashCode(code), unitId: unit.id, propertyId,
        expiresAt, createdById: actor.userId, createdAt: now,
      });
      letters.push({ unitReference: unit.reference, names: occupants.map((p) => p.name), code });
    }
  });
  const validUntil = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: organization.timezone, day: 'numeric', month: 'long', year: 'numeric' }).format(expiresAt);
  const pdf = await renderInvitationLetters({
    agency: organization.name, propertyName: property.name, address: `${property.addressLine}, ${property.postalCode} ${property.city}`,
    portalUrl: `${ctx.config.publicUrl.replace(/^https?:\/\//, '')}/portal`, validUntil, generatedAt: now, letters,
  }, language);
  return { pdf, letters: letters.length };
}
