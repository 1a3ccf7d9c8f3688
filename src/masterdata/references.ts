// Checks that ids given in a request name rows of the caller's own organization.
import type { Db } from '../db/connection.ts';
import { countExisting, type ReferencedKind } from '../db/repositories/master-data.ts';
import { DomainError } from '../domain/errors.ts';

/** Throws `unknown_reference` naming `field` unless `id` (when given) exists in the organization. */
export async function assertReference(
  db: Db,
  organizationId: string,
  what: ReferencedKind,
  id: string | null | undefined,
  field: string,
): Promise<void> {
  if (!id) return;
  const found = await countExisting(db, what, organizationId, [id]);
  if (found === 0) {
    throw new DomainError('unknown_reference', `${field} does not name a ${what} of this agency.`, { field });
  }
}
