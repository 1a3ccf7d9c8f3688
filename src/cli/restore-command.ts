// `gardien restore FILE`: a backup into the configured target (DATABASE_URL's database, else
// DATA_DIR), which must be empty; every refusal is one sentence and exit 1.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { DomainError } from '../domain/errors.ts';
import { openFileStore } from '../channels/open-file-store.ts';
import { restoreBackup } from '../backup/restore-backup.ts';
import { restoreLines } from '../backup/backup-words.ts';
import { CliError } from './cli-error.ts';

/** Adds the `restore` command. */
export function restoreCommand(program: Command) {
  program
    .command('restore')
    .description('restore a backup into an empty database (DATABASE_URL) or an empty data folder (DATA_DIR), with its files; exit 0 when restored and checked, 1 when not')
    .argument('<file>', 'a zip written by `gardien backup`')
    .action(async (file: string) => {
      const path = resolve(file);
      if (!existsSync(path)) throw new CliError(`${path} does not exist.`);
      const config = loadConfig();
      try {
        const summary = await restoreBackup(path, config, await openFileStore(config));
        for (const line of restoreLines(path, summary)) console.log(line);
      } catch (error) {
        if (error instanceof DomainError) throw new CliError(error.message);
        throw error;
      }
    });
}
