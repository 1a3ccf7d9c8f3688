// GET /portal/me: who the resident is, their agency, the places they hold today, their
// preferences, and how many requests they may still send today.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import { settingsOf } from '../domain/settings.ts';
import { calendarDay, startOfDay } from '../domain/time-zone.ts';
import { preferencesOf } from '../domain/portal/portal-codes.ts';
import type { RelationKind } from '../domain/master-data.ts';
import type { DisplayName } from '../domain/community/news.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { companiesOfPerson } from '../db/repositories/companies.ts';
import { COMMUNITY_TOOL_CODES, type CommunityTool } from '../domain/community/tools.ts';
import { accountOfPerson, findPerson, placesOf, portalRequestsSince } from '../db/repositories/portal-accounts.ts';

export interface PortalMe {
  personId: string;
  name: string;
  email: string | null;
  language: 'fr' | 'en';
  organization: { name: string; slug: string; currency: string; locale: string };
  places: { propertyId: string; propertyName: string; address: string; unitId: string | null; unitReference: string | null; relation: RelationKind }[];
  preferences: { sms: boolean; ownRequests: boolean; watched: boolean; displayName: DisplayName };
  hasPhone: boolean;
  preview: boolean;
  canRequest: boolean;
  requestsLeftToday: number;
  tools: CommunityTool[];
  companies: { id: string; name: string; isAdmin: boolean }[];
}

/** The resident as the portal shows them. */
export async function portalMe(ctx: AppContext, who: { organizationId: string; personId: string; preview: boolean }): Promise<PortalMe> {
  const [organization, person, account] = await Promise.all([
    findOrganization(ctx.db, who.organizationId), findPerson(ctx.db, who.organizationId, who.personId), accountOfPerson(ctx.db, who.organizationId, who.personId),
  ]);
  if (!organization || !person) throw new DomainError('unauthenticated', 'Sign in to the portal first.');
  const now = ctx.clock.now();
  const places = await placesOf(ctx.db, organization.id, [person.id], calendarDay(now, organization.timezone));
  const settings = settingsOf(organization.settings);
  const perDay = settings.portalRequestsPerDay;
  const tools = COMMUNITY_TOOL_CODES.filter((tool) => settings.communityTools[tool].enabled);
  const companies = tools.includes('companies') ? await companiesOfPerson(ctx.db, organization.id, person.id) : [];
  const sentToday = await portalRequestsSince(ctx.db, organization.id, person.id, startOfDay(now, organization.timezone));
  const requestsLeftToday = Math.max(0, perDay - sentToday);
  const language = (account?.language ?? person.language) === 'en' ? 'en' : 'fr';
  return {
    personId: person.id, name: person.name, email: account?.email ?? person.emails[0] ?? null, language,
    organization: { name: organization.name, slug: organization.slug, currency: organization.currency, locale: organization.locale },
    places: places.map((p) => ({
      propertyId: p.propertyId, propertyName: p.propertyName, address: `${p.addressLine}, ${p.postalCode} ${p.city}`,
      unitId: p.unitId, unitReference: p.unitReference, relation: p.relation,
    })),
    preferences: preferencesOf(account?.preferences),
    hasPhone: person.phones.length > 0,
    preview: who.preview,
    canRequest: !who.preview && places.length > 0 && requestsLeftToday > 0,
    requestsLeftToday,
    tools,
    companies: companies.map((c) => ({ id: c.company.id, name: c.company.name, isAdmin: c.isAdmin })),
  };
}
