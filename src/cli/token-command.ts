// `gardien token`: creates an API token for a user, printed once.
import type { Command } from 'commander';
import { findUserByEmail } from '../db/repositories/users.ts';
import { createApiToken } from '../auth/create-api-token.ts';
import { withRuntime } from './with-runtime.ts';
import { CliError } from './cli-error.ts';

/** Adds the `token` command. */
export function tokenCommand(program: Command) {
  program
    .command('token')
    .description('create an API token (Authorization: Bearer …) for a staff user; printed once')
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--days <days>', 'days until it expires', '90')
    .action(async (options: { email: string; name: string; days: string }) => {
      const days = Number(options.days);
      if (!Number.isInteger(days) || days < 1 || days > 730) throw new CliError('--days is a whole number from 1 to 730.');
      await withRuntime(async ({ ctx }) => {
        const user = await findUserByEmail(ctx.db, options.email);
        if (!user) throw new CliError(`No user signs in with ${options.email}.`);
        const token = await createApiToken(ctx, { userId: user.id, organizationId: user.organizationId, name: options.name, days });
        console.log(token.secret);
        console.error(`Token "${options.name}" for ${user.email}, valid until ${token.expiresAt.toISOString()}. It is shown only now.`);
      });
    });
}
