// `gardien backup FILE`: a backup of the configured database and its files, while the server
// runs or not. PostgreSQL: this process connects and dumps. The embedded database: when a
// `serve` holds the data folder, it is asked over DATA_DIR/admin.sock to write FILE; otherwise
// this process takes the folder's lock and dumps it itself.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { DomainError } from '../domain/errors.ts';
import { openDatabase } from '../db/connection.ts';
import { createPglite } from '../db/pglite.ts';
import { acquireDataLock, DataFolderBusyError } from '../db/data-lock.ts';
import { openFileStore } from '../channels/open-file-store.ts';
import { createBackup, type BackupSummary } from '../backup/create-backup.ts';
import { backupLines } from '../backup/backup-words.ts';
import { adminSocketPath, requestBackup } from '../runtime/admin-socket.ts';
import { CliError } from './cli-error.ts';

async function backupPostgres(config: Config, path: string, logical: boolean): Promise<BackupSummary> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: tmpdir(), poolSize: 2 });
  try {
    return await createBackup({ database, files: await openFileStore(config), config, now: new Date() }, path, { logical });
  } finally {
    await database.close();
  }
}

async function backupEmbedded(config: Config, path: string): Promise<BackupSummary> {
  let release: () => void;
  try {
    release = acquireDataLock(config.dataDir);
  } catch (error) {
    if (!(error instanceof DataFolderBusyError)) throw error;
    if (!existsSync(adminSocketPath(config.dataDir))) {
      throw new CliError(`${error.message} It has no admin socket (${adminSocketPath(config.dataDir)}) to make the backup (an older Gardien, or a data folder path too long for a socket; its start says so): stop it to back up.`);
    }
    return requestBackup(config.dataDir, { backup: path });
  }
  try {
    const pgdata = join(config.dataDir, 'pgdata');
    if (!existsSync(pgdata)) throw new CliError(`There is no embedded database in ${config.dataDir} (DATA_DIR) to back up.`);
    const database = await openDatabase({ dataDir: config.dataDir, pglite: await createPglite({ dataDir: pgdata }) });
    try {
      return await createBackup({ database, files: await openFileStore(config), config, now: new Date() }, path);
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
}

/** Adds the `backup` command. */
export function backupCommand(program: Command) {
  program
    .command('backup')
    .description('write a backup (database and files) into one zip, while the server runs or not; exit 0 when written, 1 when not')
    .argument('<file>', 'the zip to write, e.g. gardien-2026-12-02.zip (it must not exist yet)')
    .option('--logical', 'on PostgreSQL, the logical export even when pg_dump is there')
    .action(async (file: string, options: { logical?: boolean }) => {
      const path = resolve(file);
      if (existsSync(path)) throw new CliError(`${path} already exists: give the backup a new name.`);
      if (!existsSync(dirname(path))) throw new CliError(`The folder ${dirname(path)} does not exist.`);
      const config = loadConfig();
      if (options.logical && !config.databaseUrl) throw new CliError('--logical is for PostgreSQL (DATABASE_URL); the embedded database is backed up as its data folder.');
      try {
        const summary = config.databaseUrl ? await backupPostgres(config, path, options.logical ?? false) : await backupEmbedded(config, path);
        for (const line of backupLines(summary, statSync(path).size)) console.log(line);
      } catch (error) {
        if (error instanceof DomainError) throw new CliError(error.message);
        throw error;
      }
    });
}
