// Runs once per test run and project: builds one migrated, seeded database that every test file
// then clones (a PGlite dump, or a PostgreSQL template database), instead of migrating per test.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/connection.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { seedTestData } from './seed.ts';
import { postgresAdminUrl, databaseUrl } from './test-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  // The project's `env` reaches the test workers, not this process: its name says which database.
  if (project.name !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'gardien-template-'));
    const { createPglite } = await import('../../src/db/pglite.ts');
    const pglite = await createPglite();
    const database = await openDatabase({ dataDir: dir, pglite });
    await migrateDatabase(database);
    await seedTestData(database.db);
    const dump = await pglite.dumpDataDir('gzip');
    const file = join(dir, 'template.tar.gz');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await pglite.close();
    project.provide('pgliteTemplate', file);
    project.provide('postgresTemplate', '');
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const admin = postgresAdminUrl();
  const name = `gardien_test_template_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`drop database if exists ${name}`);
  await client.query(`create database ${name}`);
  const database = await openDatabase({ databaseUrl: databaseUrl(admin, name), dataDir: tmpdir() });
  await migrateDatabase(database);
  await seedTestData(database.db);
  await database.close();
  project.provide('pgliteTemplate', '');
  project.provide('postgresTemplate', name);
  return async () => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
}
