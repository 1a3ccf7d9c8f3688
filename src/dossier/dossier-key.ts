// The server's active dossier key, made on first use (one even when two processes ask at once).
import type { Db } from '../db/connection.ts';
import { activeDossierKeyOrCreate, dossierKeyByFingerprint, type DossierKeyRow } from '../db/repositories/dossier-keys.ts';
import { newDossierKey } from './dossier-format.ts';

export function activeDossierKey(db: Db): Promise<DossierKeyRow> {
  return activeDossierKeyOrCreate(db, newDossierKey);
}

/** Whether this public key is one of this server's (active or retired). */
export async function isServerKey(db: Db, fingerprint: string, publicKeyPem: string): Promise<boolean> {
  const row = await dossierKeyByFingerprint(db, fingerprint);
  return row !== undefined && row.publicKey.trim() === publicKeyPem.trim();
}
