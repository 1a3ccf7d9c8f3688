// Reminder benchmark (PostgreSQL): N work orders, spread over several agencies, whose first
// reminder falls due at the same instant; then one automation pass — how long until every
// reminder is in the outbox (claimed, recorded as an event, rendered from its template, its
// delivery queued), how late each one is (p50, p99), and the process's CPU time. A mail transport
// is configured (a loopback SMTP URL that nothing listens on: delivery is not part of this
// figure — bench/delivery.ts measures it), so messages are `queued` with their delivery, as in
// production.
// Run: ./node_modules/.bin/node bench/reminders.ts [count=100000] [batch=500] [agencies=10]
// Needs PostgreSQL on 127.0.0.1:5432 (user postgres); creates and drops its own database.
import os from 'node:os';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.ts';
import { SettableClock } from '../src/context.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { buildContext } from '../src/runtime/build-context.ts';
import { runAutomation } from '../src/automation/run-automation.ts';
import { startJobQueue } from '../src/jobs/job-queue.ts';

const count = Number(process.argv[2] ?? 100_000);
const batch = Number(process.argv[3] ?? 500);
const agencies = Math.max(1, Number(process.argv[4] ?? 10));
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `gardien_bench_reminders_${process.pid}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;

console.log(`${new Date().toISOString()} · node bench/reminders.ts ${count} ${batch} ${agencies} · load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} · ${os.cpus().length} cores`);
const dueAt = new Date('2026-12-01T08:00:00Z');
try {
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '/tmp', poolSize: 4 });
  await migrateDatabase(database);
  const demo = await loadDemo(database.db);
  const loadStarted = performance.now();
  // Further agencies: copies of the demo agency's first property, its manager and its contractors.
  await database.db.execute(sql`
    insert into organizations (name, slug, settings) select 'Agence bench ' || g, 'bench-reminders-' || g, o.settings
    from generate_series(2, ${agencies}) g cross join (select settings from organizations where id = ${demo.organizationId}) o`);
  await database.db.execute(sql`
    insert into users (organization_id, email, name, roles, language)
    select o.id, 'manager@' || o.slug || '.gardien.test', 'Gestionnaire ' || o.slug, '{manager}', 'fr' from organizations o where o.slug like 'bench-reminders-%'`);
  await database.db.execute(sql`
    insert into properties (organization_id, name, kind, module, address_line, postal_code, city, manager_id)
    select o.id, p.name, p.kind, p.module, p.address_line, p.postal_code, p.city, u.id
    from organizations o join users u on u.organization_id = o.id
    cross join lateral (select * from properties where organization_id = ${demo.organizationId} order by name limit 1) p
    where o.slug like 'bench-reminders-%'`);
  await database.db.execute(sql`
    insert into contractors (organization_id, name, trades, emails, phones, preferred_channels, language)
    select o.id, c.name, c.trades, c.emails, c.phones, c.preferred_channels, c.language
    from organizations o cross join (select * from contractors where organization_id = ${demo.organizationId}) c where o.slug like 'bench-reminders-%'`);
  // One ticket and one requested work order per row, dealt round the agencies, all due at `dueAt`;
  // the dispatch's schedule is what the commit path would have written when it was sent.
  await database.db.execute(sql`
    insert into tickets (organization_id, number, type, status, waiting_on, needs_action, module, property_id, assignee_id, source,
      requested_at, subject, description, reminders, last_handled_at, first_response_due_at, created_at, updated_at)
    select o.id, g, 'ODS', 'awaiting_appointment', 'contractor', false, p.module, p.id, p.manager_id, 'staff',
      ${dueAt.toISOString()}::timestamptz - interval '7 days', 'Fuite n°' || g, 'Fuite sous évier', '{"workOrder":{"every":7,"unit":"days","max":3},"quote":{"every":7,"unit":"days","max":3},"invoice":{"every":7,"unit":"days","max":3},"appointmentHours":48}'::jsonb,
      now(), now(), now(), now()
    from generate_series(1, ${count}) g
    join (select id, row_number() over (order by created_at, id) - 1 as k from organizations) o on o.k = g % ${agencies}
    cross join lateral (select id, module, manager_id from properties where organization_id = o.id order by name limit 1) p`);
  await database.db.execute(sql`
    insert into dispatches (organization_id, ticket_id, position, contractor_id, contractor_name, emails, phones, channels, kind, state,
      state_changed_at, reminder_base_at, next_reminder_at, created_at, updated_at)
    select t.organization_id, t.id, 1, c.id, c.name, c.emails, c.phones, '{email}', 'work_order', 'requested',
      ${dueAt.toISOString()}::timestamptz - interval '7 days', ${dueAt.toISOString()}::timestamptz - interval '7 days', ${dueAt.toISOString()}::timestamptz, now(), now()
    from tickets t cross join lateral (select id, name, emails, phones from contractors where organization_id = t.organization_id order by name limit 1) c`);
  await database.db.execute(sql`insert into ticket_events (organization_id, ticket_id, seq, type, actor_type, actor_name, channel, direction, created_at)
    select organization_id, id, 1, 'ticket_created', 'staff', 'Bench', 'web', 'out', created_at from tickets`);
  await database.db.execute(sql`analyze`);
  console.log(`loaded ${count} due work orders in ${agencies} agencies in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

  const config = loadConfig({ DATA_DIR: '/tmp/gardien-bench-reminders', LOG_LEVEL: 'silent', SMTP_URL: 'smtp://127.0.0.1:9' });
  const ctx = await buildContext({ db: database.db, databaseKind: 'postgres', config, clock: new SettableClock(dueAt) });
  // The job queue as the web process has it (no workers here: delivery is not measured).
  ctx.jobs = await startJobQueue(database, { ...config, databaseUrl: url.toString() });
  // Lateness: from the instant they fell due (the pass starts then) to the commit of their batch.
  const lateness: number[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await runAutomation(ctx, {
    batchSize: batch,
    onBatch: (_kind, n) => {
      const at = performance.now() - started;
      for (let i = 0; i < n; i++) lateness.push(at);
    },
  });
  const total = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const [outboxRows] = (await database.pool!.query("select count(*)::int as n, count(*) filter (where state = 'queued')::int as queued from outbox_messages where template = 'reminder_work_order'")).rows as { n: number; queued: number }[];
  lateness.sort((a, b) => a - b);
  const pct = (p: number) => lateness[Math.min(lateness.length - 1, Math.floor((p / 100) * lateness.length))] ?? 0;
  console.log(`${result.reminder} reminders claimed, ${outboxRows!.n} reminder emails in the outbox (${outboxRows!.queued} queued for delivery), all in ${(total / 1000).toFixed(1)} s (${Math.round(result.reminder / (total / 1000))}/s, batches of ${batch})`);
  console.log(`lateness after falling due: p50 ${(pct(50) / 1000).toFixed(1)} s, p99 ${(pct(99) / 1000).toFixed(1)} s, max ${(pct(100) / 1000).toFixed(1)} s`);
  console.log(`this process's CPU time: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (user ${(cpu.user / 1e6).toFixed(1)}, system ${(cpu.system / 1e6).toFixed(1)})`);
  await ctx.jobs?.stop();
  await database.close();
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
