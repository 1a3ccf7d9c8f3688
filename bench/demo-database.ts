// A PostgreSQL database of a bench's own, migrated and holding the demo agency: created before
// the bench loads its data, dropped afterwards whatever happens. The server is 127.0.0.1:5432 as
// postgres, or BENCH_POSTGRES_URL.
import os from 'node:os';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load-demo.ts';

/** Runs `bench` on a fresh database named after `prefix`, with the demo agency's id; drops it after. */
export async function withDemoDatabase(prefix: string, command: string, bench: (database: Database, organizationId: string) => Promise<void>): Promise<void> {
  const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `gardien_bench_${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  console.log(`${new Date().toISOString()} · ${command} · load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} · ${os.cpus().length} cores`);
  try {
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '/tmp', poolSize: 4 });
    try {
      await migrateDatabase(database);
      const demo = await loadDemo(database.db);
      await bench(database, demo.organizationId);
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
