// Reminder benchmark (PostgreSQL): N work orders whose first reminder falls due at the same
// instant, then one automation pass — how long until every reminder is in the outbox (claimed,
// recorded as an event, rendered from its template), and how late each one is (p50, p99).
// Run: node bench/reminders.ts [count=100000] [batch=500]
// Needs PostgreSQL on 127.0.0.1:5432 (user postgres); creates and drops its own database.
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.ts';
import { SettableClock } from '../src/context.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { buildContext } from '../src/runtime/build-context.ts';
import { runAutomation } from '../src/automation/run-automation.ts';

const count = Number(process.argv[2] ?? 100_000);
const batch = Number(process.argv[3] ?? 500);
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `gardien_bench_reminders_${process.pid}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;

const dueAt = new Date('2026-12-01T08:00:00Z');
try {
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '/tmp', poolSize: 4 });
  await migrateDatabase(database);
  const demo = await loadDemo(database.db);
  const loadStarted = performance.now();
  // Set-based load: one ticket and one requested work order per row, all due at `dueAt`.
  await database.db.execute(sql`
    insert into tickets (organization_id, number, type, status, waiting_on, needs_action, module, property_id, assignee_id, source,
      requested_at, subject, description, reminders, last_handled_at, first_response_due_at, created_at, updated_at)
    select o.id, g, 'ODS', 'awaiting_appointment', 'contractor', false, p.module, p.id, p.manager_id, 'staff',
      ${dueAt.toISOString()}::timestamptz - interval '7 days', 'Fuite n°' || g, 'Fuite sous évier', '{"workOrder":{"every":7,"unit":"days","max":3},"quote":{"every":7,"unit":"days","max":3},"invoice":{"every":7,"unit":"days","max":3},"appointmentHours":48}'::jsonb,
      now(), now(), now(), now()
    from generate_series(1, ${count}) g
    cross join lateral (select id from organizations where id = ${demo.organizationId}) o
    cross join lateral (select id, module, manager_id from properties where organization_id = o.id order by name limit 1) p`);
  await database.db.execute(sql`
    insert into dispatches (organization_id, ticket_id, position, contractor_id, contractor_name, emails, phones, channels, kind, state,
      state_changed_at, reminder_base_at, created_at, updated_at)
    select t.organization_id, t.id, 1, c.id, c.name, c.emails, c.phones, '{email}', 'work_order', 'requested',
      ${dueAt.toISOString()}::timestamptz - interval '7 days', ${dueAt.toISOString()}::timestamptz - interval '7 days', now(), now()
    from tickets t cross join lateral (select id, name, emails, phones from contractors where organization_id = t.organization_id order by name limit 1) c`);
  await database.db.execute(sql`insert into ticket_events (organization_id, ticket_id, seq, type, actor_type, actor_name, channel, direction, created_at)
    select organization_id, id, 1, 'ticket_created', 'staff', 'Bench', 'web', 'out', created_at from tickets`);
  await database.db.execute(sql`analyze`);
  console.log(`loaded ${count} due work orders in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

  const config = loadConfig({ DATA_DIR: '/tmp/gardien-bench-reminders', LOG_LEVEL: 'silent' });
  const ctx = await buildContext({ db: database.db, databaseKind: 'postgres', config, clock: new SettableClock(dueAt) });
  // Lateness: from the instant they fell due (the pass starts then) to the commit of their batch.
  const lateness: number[] = [];
  const started = performance.now();
  const result = await runAutomation(ctx, {
    batchSize: batch,
    onBatch: (_kind, n) => {
      const at = performance.now() - started;
      for (let i = 0; i < n; i++) lateness.push(at);
    },
  });
  const total = performance.now() - started;
  const [outboxRows] = (await database.pool!.query("select count(*)::int as n from outbox_messages where template = 'reminder_work_order'")).rows as { n: number }[];
  lateness.sort((a, b) => a - b);
  const pct = (p: number) => lateness[Math.min(lateness.length - 1, Math.floor((p / 100) * lateness.length))] ?? 0;
  console.log(`${result.reminder} reminders claimed, ${outboxRows!.n} reminder emails in the outbox, all in ${(total / 1000).toFixed(1)} s (${Math.round(result.reminder / (total / 1000))}/s, batches of ${batch})`);
  console.log(`lateness after falling due: p50 ${(pct(50) / 1000).toFixed(1)} s, p99 ${(pct(99) / 1000).toFixed(1)} s, max ${(pct(100) / 1000).toFixed(1)} s`);
  await database.close();
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
