// Writes the demo agency in one transaction, once: a second call finds it and does nothing.
import type { Db } from '../db/connection.ts';
import { insertOrganization, insertUser, findOrganizationBySlug } from '../db/repositories/users.ts';
import { propertiesRepository, unitsRepository, personsRepository, contractorsRepository } from '../db/repositories/master-data.ts';
import { categoriesRepository, routingRulesRepository } from '../db/repositories/settings.ts';
import { addRelation } from '../masterdata/relations.ts';
import { hashPassword } from '../auth/passwords.ts';
import { DEMO_SLUG, DEMO_PASSWORD, demoOrganization, demoUsers, demoProperties, demoPersons, demoContractors, demoCategories, demoRoutingRules, DEMO_ASSISTED_PROPERTIES } from './demo-agency.ts';

export interface DemoResult {
  created: boolean;
  organizationId: string;
  logins: { email: string; password: string; roles: readonly string[] }[];
}

/** Creates the demo agency unless it exists; returns its public logins either way. */
export async function loadDemo(db: Db): Promise<DemoResult> {
  const logins = demoUsers.map((u) => ({ email: u.email, password: DEMO_PASSWORD, roles: u.roles }));
  const existing = await findOrganizationBySlug(db, DEMO_SLUG);
  if (existing) return { created: false, organizationId: existing.id, logins };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organizationId = await db.transaction(async (tx) => {
    const org = await insertOrganization(tx, demoOrganization);
    const userIds: Record<string, string> = {};
    for (const u of demoUsers) {
      const user = await insertUser(tx, { organizationId: org.id, email: u.email, name: u.name, roles: [...u.roles], passwordHash });
      userIds[u.key] = user.id;
    }
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
      const person = await personsRepository.insert(tx, {
        organizationId: org.id, externalRef: p.ref, name: p.name, emails: p.emails, phones: p.phones, language: p.emails[0]?.endsWith('.com') ? 'en' : 'fr',
      });
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
      await contractorsRepository.insert(tx, { ...fields, externalRef: ref, organizationId: org.id });
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
    return org.id;
  });
  return { created: true, organizationId, logins };
}
