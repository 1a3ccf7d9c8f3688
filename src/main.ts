// The command line: `npx gardien <command>`, and `npm start` (= `serve`). One codebase, several
// process roles.
import { Command, CommanderError } from 'commander';
import { loadConfig } from './config.ts';
import { serve, printDemoLogins } from './runtime/serve.ts';
import { work } from './runtime/worker.ts';
import { withRuntime } from './cli/with-runtime.ts';
import { loadDemo } from './demo/load-demo.ts';
import { userCommand } from './cli/user-command.ts';
import { tokenCommand } from './cli/token-command.ts';
import { importCommand } from './cli/import-command.ts';
import { verifyCommand } from './cli/verify-command.ts';
import { backupCommand } from './cli/backup-command.ts';
import { restoreCommand } from './cli/restore-command.ts';
import { CliError } from './cli/cli-error.ts';
import { DataFolderBusyError } from './db/data-lock.ts';

const program = new Command('gardien').description('Gardien — the service center for property managers').exitOverride();

program
  .command('serve')
  .description('run the web server (the embedded database and demo agency unless DATABASE_URL is set)')
  .action(async () => {
    const { stop } = await serve(loadConfig());
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        console.log(`${signal} received: finishing requests in flight, then stopping.`);
        stop().then(() => process.exit(0), (error) => {
          console.error(error);
          process.exit(1);
        });
      });
    }
  });

program
  .command('worker')
  .description('run the workers only (message delivery, reminders and other automation); for a separate process on PostgreSQL')
  .action(async () => {
    const stop = await work(loadConfig());
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        console.log(`${signal} received: finishing the jobs in hand, then stopping.`);
        stop().then(() => process.exit(0), (error) => {
          console.error(error);
          process.exit(1);
        });
      });
    }
  });

program
  .command('migrate')
  .description('bring the database schema up to date, then exit')
  .action(() => withRuntime(async ({ database }) => console.log(`Database (${database.kind}) is up to date.`)));

program
  .command('demo')
  .description('load the demo agency (its logins are public) unless it is already there')
  .action(() =>
    withRuntime(async ({ ctx }) => {
      const result = await loadDemo(ctx.db, { tickets: ctx.config.demoTickets ? ctx : undefined });
      console.log(result.created ? 'Demo agency created.' : 'The demo agency was already there; nothing changed.');
      printDemoLogins(result.logins, result.residentLogins);
    }),
  );

userCommand(program);
tokenCommand(program);
importCommand(program);
verifyCommand(program);
backupCommand(program);
restoreCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof CliError || error instanceof DataFolderBusyError) {
    console.error(`gardien: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof Error && /must (be|start)/.test(error.message) && error.stack?.includes('config.ts')) {
    console.error(`gardien: configuration: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}
