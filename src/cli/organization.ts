// Finds the organization a CLI command acts on: the one named by --org, or the only one.
import type { Db } from '../db/connection.ts';
import { findOrganizationBySlug, listOrganizations } from '../db/repositories/users.ts';
import { CliError } from './cli-error.ts';

/** The organization named by slug, or the only one when none is named. */
export async function resolveOrganization(db: Db, slug: string | undefined) {
  if (slug) {
    const org = await findOrganizationBySlug(db, slug);
    if (!org) throw new CliError(`No organization with the slug "${slug}".`);
    return org;
  }
  const all = await listOrganizations(db);
  if (all.length === 1) return all[0]!;
  if (all.length === 0) throw new CliError('There is no organization yet: run `npx gardien demo`, or `npx gardien user --new-org "Name" …`.');
  throw new CliError(`Several organizations exist; name one with --org (${all.map((o) => o.slug).join(', ')}).`);
}
