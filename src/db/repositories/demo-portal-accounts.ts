// The demo residents' portal accounts, written once with the demo agency (src/demo/load-demo.ts).
import type { Db } from '../connection.ts';
import { portalAccounts } from '../schema/index.ts';

/** Inserts an active account for a demo resident. */
export async function insertDemoPortalAccount(
  db: Db,
  values: { organizationId: string; personId: string; email: string; passwordHash: string; language: 'fr' | 'en'; at: Date },
): Promise<void> {
  await db.insert(portalAccounts).values({
    organizationId: values.organizationId,
    personId: values.personId,
    email: values.email,
    passwordHash: values.passwordHash,
    language: values.language,
    createdAt: values.at,
    updatedAt: values.at,
  });
}
