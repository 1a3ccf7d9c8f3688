// `gardien user`: creates a staff user (and, with --new-org, the organization).
import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { isRole } from '../domain/roles.ts';
import { DomainError } from '../domain/errors.ts';
import { insertOrganization } from '../db/repositories/users.ts';
import { createUser } from '../masterdata/users.ts';
import { withRuntime } from './with-runtime.ts';
import { resolveOrganization } from './organization.ts';
import { CliError } from './cli-error.ts';

function slugify(name: string) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'agency';
}

/** Adds the `user` command. */
export function userCommand(program: Command) {
  program
    .command('user')
    .description('create a staff user; prints a generated password when none is given')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .option('--roles <roles>', 'comma-separated: manager, assistant, agent, external_agent, app_admin, master_data_admin', 'manager')
    .option('--password <password>', 'at least 10 characters (default: generated and printed once)')
    .option('--language <language>', 'fr or en', 'fr')
    .option('--org <slug>', 'organization slug (default: the only one)')
    .option('--new-org <name>', 'create this organization and put the user in it')
    .action(async (options: { email: string; name: string; roles: string; password?: string; language: string; org?: string; newOrg?: string }) => {
      const roles = options.roles.split(',').map((r) => r.trim()).filter(Boolean);
      const unknown = roles.filter((r) => !isRole(r));
      if (unknown.length) throw new CliError(`Unknown role(s): ${unknown.join(', ')}.`);
      if (options.language !== 'fr' && options.language !== 'en') throw new CliError('--language is fr or en.');
      const password = options.password ?? randomBytes(12).toString('base64url');
      await withRuntime(async ({ ctx }) => {
        const org = options.newOrg
          ? await insertOrganization(ctx.db, { name: options.newOrg, slug: slugify(options.newOrg) })
          : await resolveOrganization(ctx.db, options.org);
        try {
          const user = await createUser(ctx, org.id, {
            email: options.email, name: options.name, roles: roles as never, password, language: options.language as 'fr' | 'en',
          });
          console.log(`Created ${user.name} <${user.email}> in ${org.name} (${org.slug}) with roles ${user.roles.join(', ')}.`);
          if (!options.password) console.log(`Password (shown once): ${password}`);
        } catch (error) {
          if (error instanceof DomainError) throw new CliError(error.message);
          throw error;
        }
      });
    });
}
