// SQL of the server's dossier signing keys (not an agency's: one server signs every agency's
// dossiers). At most one is active; the lock makes two processes starting at once make one key.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { dossierKeys } from '../schema/index.ts';

export type DossierKeyRow = typeof dossierKeys.$inferSelect;

/** The active key, if one was made. */
export async function activeDossierKey(db: Db): Promise<DossierKeyRow | undefined> {
  const [row] = await db.select().from(dossierKeys).where(eq(dossierKeys.active, true)).orderBy(asc(dossierKeys.createdAt)).limit(1);
  return row;
}

/** The key with this fingerprint, active or retired. */
export async function dossierKeyByFingerprint(db: Db, fingerprint: string): Promise<DossierKeyRow | undefined> {
  const [row] = await db.select().from(dossierKeys).where(eq(dossierKeys.fingerprint, fingerprint)).limit(1);
  return row;
}

/** The active key, made by `make` when there is none: under a transaction-scoped advisory lock
 * the active key is read again, so two processes asking at once end with one key. */
export function activeDossierKeyOrCreate(db: Db, make: () => { publicKey: string; privateKey: string; fingerprint: string }): Promise<DossierKeyRow> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('gardien:dossier_keys', 0))`);
    const existing = await activeDossierKey(tx as unknown as Db);
    if (existing) return existing;
    const [row] = await tx.insert(dossierKeys).values({ ...make(), active: true }).returning();
    return row!;
  });
}
