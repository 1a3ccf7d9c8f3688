// Writes the demo agency in one transaction, once: a second call finds it and does nothing. With
// a change context, its tickets come in the same transaction, played through the one change path
// (load-demo-tickets.ts).
import type { Db } from '../db/connection.ts';
import type { AppContext } from '../context.ts';
import { insertOrganization, insertUser, findOrganizationBySlug } from '../db/repositories/users.ts';
import { propertiesRepository, unitsRepository, personsRepository, contractorsRepository } from '../db/repositories/master-data.ts';
import { categoriesRepository, routingRulesRepository } from '../db/repositories/settings.ts';
import { addRelation } from '../masterdata/relations.ts';
import { hashPassword } from '../auth/passwords.ts';
import { insertDemoPortalAccount } from '../db/repositories/demo-portal-accounts.ts';
import { loadDemoTickets, type DemoIds } from './load-demo-tickets.ts';
import { demoCommunityTools, loadDemoArticles } from './demo-articles.ts';
import { loadDemoDocuments, withDemoDocuments } from './demo-documents.ts';
import { loadDemoNews } from './demo-news.ts';
import { loadDemoBookings } from './demo-bookings.ts';
import { DEMO_SLUG, DEMO_PASSWORD, demoOrganization, demoUsers, demoProperties, demoPersons, demoContractors, demoCategories, demoRoutingRules, DEMO_ASSISTED_PROPERTIES, demoResidentLogins } from './demo-agency.ts';

export interface DemoResult {
  created: boolean;
  organizationId: string;
  logins: { email: string; password: string; roles: readonly string[] }[];
  /** The residents' portal logins (/portal). */
  residentLogins: { email: string; password: string; who: string }[];
}

/** Creates the demo agency unless it exists; returns its public logins either way. `tickets`: the
 * context its tickets are written with (serve and `gardien demo`); without it the agency has its
 * master data and settings only (the tests' seed and the benches, which make their own tickets). */
export async function loadDemo(db: Db, options: { tickets?: AppContext } = {}): Promise<DemoResult> {
  const logins = demoUsers.map((u) => ({ email: u.email, password: DEMO_PASSWORD, roles: u.roles }));
  const residentLogins = demoResidentLogins.map((r) => ({ email: r.email, password: DEMO_PASSWORD, who: r.who }));
  const existing = await findOrganizationBySlug(db, DEMO_SLUG);
  if (existing) return { created: false, organizationId: existing.id, logins, residentLogins };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = await db.transaction(async (tx): Promise<DemoIds> => {
    const org = await insertOrganization(tx, { ...demoOrganization, settings: { communityTools: withDemoDocuments(demoCommunityTools) } });
    const userIds: Record<string, string> = {};
    for (const u of demoUsers) {
      const user = await insertUser(tx, { organizationId: org.id, email: u.email, name: u.name, roles: [...u.roles], passwordHash });
      userIds[u.key] = user.id;
    }
    const personIds: Record<string, string> = {};
    const contractorIds: Record<string, string> = {};
    const propertyIds: Record<string, string> = {};
    const unitIds: Record<string, string> = {};
    for (const p of demoProperties) {
      const { ref, units, ...fields } = p;
      const property = await propertiesRepository.insert(tx, {
        ...fields, externalRef: ref, organizationId: org.id, managerId: userIds.manager, assistantId: DEMO_ASSISTED_PROPERTIES.includes(ref) ? userIds.assistant : null,
      });
      propertyIds[ref] = property.id;
      for (const u of units) {
        const unit = await unitsRepository.insert(tx, { ...u, organizationId: org.id, propertyId: property.id });
        unitIds[`${ref}/${u.reference}`] = unit.id;
      }
    }
    for (const p of demoPersons) {
      const login = demoResidentLogins.find((r) => r.person === p.ref);
      const person = await personsRepository.insert(tx, {
        organizationId: org.id, externalRef: p.ref, name: p.name, emails: login ? [...p.emails, login.email] : p.emails, phones: p.phones, language: p.language ?? 'fr',
        portalStatus: login ? 'active' : 'none',
      });
      personIds[p.ref] = person.id;
      if (login) {
        await insertDemoPortalAccount(tx, { organizationId: org.id, personId: person.id, email: login.email, passwordHash, language: p.language ?? 'fr', at: new Date() });
      }
      for (const r of p.relations) {
        await addRelation(tx, org.id, person.id, {
          kind: r.kind,
          unitId: r.unit ? unitIds[`${p.property}/${r.unit}`] : undefined,
          propertyId: r.unit ? undefined : propertyIds[p.property],
          startsOn: r.startsOn ?? null,
          endsOn: r.endsOn ?? null,
        });
      }
    }
    for (const c of demoContractors) {
      const { ref, ...fields } = c;
      contractorIds[ref] = (await contractorsRepository.insert(tx, { ...fields, externalRef: ref, organizationId: org.id })).id;
    }
    const categoryIds: Record<string, string> = {};
    for (const c of demoCategories) {
      const category = await categoriesRepository.insert(tx, { ...c, organizationId: org.id });
      categoryIds[c.name] = category.id;
    }
    for (const r of demoRoutingRules) {
      await routingRulesRepository.insert(tx, {
        organizationId: org.id, name: r.name, position: r.position, categoryId: categoryIds[r.category], assigneeId: userIds[r.assignee],
      });
    }
    await loadDemoArticles(tx, { organizationId: org.id, properties: propertyIds, managerId: userIds.manager! });
    await loadDemoNews(tx, { organizationId: org.id, properties: propertyIds, persons: personIds, managerId: userIds.manager!, now: options.tickets?.clock.now() });
    await loadDemoBookings(tx, { organizationId: org.id, timezone: demoOrganization.timezone, properties: propertyIds, persons: personIds, now: new Date() });
    const ids: DemoIds = {
      organizationId: org.id, timezone: demoOrganization.timezone, properties: propertyIds, units: unitIds, persons: personIds, contractors: contractorIds, categories: categoryIds,
      users: Object.fromEntries(demoUsers.map((u) => [u.key, { id: userIds[u.key]!, roles: u.roles }])),
    };
    // The tickets in the same transaction (each change a savepoint): one commit for the whole
    // agency, and an agency that exists has all its tickets.
    if (options.tickets) await loadDemoTickets({ ...options.tickets, db: tx }, ids);
    // Documents need the file store for their bytes: with a context only, like the tickets' files.
    if (options.tickets) await loadDemoDocuments({ ...options.tickets, db: tx }, { organizationId: org.id, properties: propertyIds, persons: personIds, managerId: userIds.manager! });
    return ids;
  });
  return { created: true, organizationId: ids.organizationId, logins, residentLogins };
}
