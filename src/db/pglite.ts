// The embedded database, always with the extensions the migrations use: btree_gist, for the
// exclusion constraint that keeps two bookings off one slot (migration 0017).
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

/** A PGlite with Gardien's extensions; `options` as PGlite.create's (a data folder, a dump to load). */
export function createPglite(options: PGliteOptions = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: { btree_gist, ...options.extensions } });
}
