// What every integration test finds in its database: the demo agency, and a second agency
// ("Autre Agence") whose data nobody from the demo agency may ever reach.
import type { Db } from '../../src/db/connection.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { insertOrganization, insertUser } from '../../src/db/repositories/users.ts';
import { propertiesRepository, unitsRepository, personsRepository, contractorsRepository } from '../../src/db/repositories/master-data.ts';
import { hashPassword } from '../../src/auth/passwords.ts';

export const OTHER_ORG_SLUG = 'autre-agence';
export const OTHER_MANAGER_EMAIL = 'manager@autre-agence.test';
export const TEST_PASSWORD = 'gardien-demo';

/** Loads the demo agency and the other agency. */
export async function seedTestData(db: Db): Promise<void> {
  await loadDemo(db);
  const org = await insertOrganization(db, { name: 'Autre Agence', slug: OTHER_ORG_SLUG });
  const manager = await insertUser(db, {
    organizationId: org.id, email: OTHER_MANAGER_EMAIL, name: 'Autre Gestionnaire', roles: ['manager', 'master_data_admin', 'app_admin'],
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  const property = await propertiesRepository.insert(db, {
    organizationId: org.id, name: 'Résidence Ailleurs', kind: 'coownership', module: 'syndic',
    addressLine: '1 rue Ailleurs', postalCode: '13001', city: 'Marseille', managerId: manager.id,
  });
  await unitsRepository.insert(db, { organizationId: org.id, propertyId: property.id, reference: 'X1' });
  await personsRepository.insert(db, { organizationId: org.id, name: 'Personne Ailleurs', emails: ['ailleurs@example.fr'] });
  await contractorsRepository.insert(db, { organizationId: org.id, name: 'Plombier Ailleurs', trades: ['plumbing'] });
}
