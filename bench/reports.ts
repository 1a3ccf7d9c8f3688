// Report per building benchmark (PostgreSQL): 2,000 closed tickets over five years on one
// property of the demo agency, each with one or two dispatches (appointment, completion, and an
// invoice, or an accepted quote without invoice), loaded with set-based SQL; then N
// `POST /api/v1/reports` with every figure over the five years, through the app in-process
// (inject: no network), timed one after the other: median and p95. Each POST computes the
// figures, stores the report and writes its copy to the outbox.
// Run: ./node_modules/.bin/node bench/reports.ts [tickets=2000] [posts=30]
// Needs PostgreSQL on 127.0.0.1:5432 (user postgres, or BENCH_POSTGRES_URL); creates and drops its own database.
import { sql } from 'drizzle-orm';
import { withDemoDatabase } from './demo-database.ts';
import { loadConfig } from '../src/config.ts';
import { SettableClock } from '../src/context.ts';
import { buildContext } from '../src/runtime/build-context.ts';
import { buildApp } from '../src/http/app.ts';
import { REPORT_ITEMS } from '../src/domain/reports/report-codes.ts';
import { DEFAULT_REMINDERS } from '../src/domain/settings.ts';

const count = Number(process.argv[2] ?? 2000);
const posts = Number(process.argv[3] ?? 30);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

await withDemoDatabase('reports', `node bench/reports.ts ${count} ${posts}`, async (database, org) => {
  const loadStarted = performance.now();
  // Tickets closed every ~22 hours back from 2026-11-30 (five years for 2,000), on the first property.
  await database.db.execute(sql`
    insert into tickets (organization_id, number, type, status, waiting_on, needs_action, closed_at, module, property_id, unit_id, source,
      requested_at, subject, reminders, last_handled_at, first_response_due_at, created_at, updated_at)
    select ${org}, 100000 + g, case when g % 5 = 0 then 'ODSM' else 'ODS' end, 'closed', 'nobody', false,
      timestamptz '2026-11-30 12:00+00' - (g * interval '21 hours 54 minutes'), p.module, p.id,
      (select u.id from units u where u.property_id = p.id order by u.reference offset (g % 3) limit 1), 'staff',
      timestamptz '2026-11-28 12:00+00' - (g * interval '21 hours 54 minutes'), 'Intervention ' || g, ${JSON.stringify(DEFAULT_REMINDERS)}::jsonb,
      now(), now(), now(), now()
    from generate_series(1, ${count}) g cross join (select id, module from properties where organization_id = ${org} order by external_ref limit 1) p`);
  // One dispatch each, two on multi-contractor work orders; one in seven without invoice but with an accepted quote.
  await database.db.execute(sql`
    insert into dispatches (organization_id, ticket_id, position, contractor_id, contractor_name, kind, state, state_changed_at,
      appointment_starts_at, appointment_duration_minutes, completed_at, quote_amount_cents, invoice_amount_cents, created_at, updated_at)
    select ${org}, t.id, pos, c.id, c.name, 'work_order',
      case when t.number % 7 = 0 then 'done' else 'invoice_received' end, t.closed_at,
      t.closed_at - interval '1 day', 60, t.closed_at - interval '1 day' + ((30 + t.number % 150) * interval '1 minute'),
      case when t.number % 7 = 0 then 20000 + (t.number % 40) * 1000 end,
      case when t.number % 7 <> 0 then 8000 + (t.number % 90) * 500 end, t.requested_at, t.closed_at
    from tickets t cross join generate_series(0, 1) pos
      join lateral (select id, name from contractors where organization_id = ${org} order by external_ref offset ((t.number + pos * 3) % 10) limit 1) c on true
    where t.organization_id = ${org} and t.number >= 100000 and (pos = 0 or t.type = 'ODSM')`);
  await database.db.execute(sql`
    update tickets t set amount_cents = (select coalesce(sum(d.invoice_amount_cents), sum(d.quote_amount_cents)) from dispatches d where d.ticket_id = t.id)
    where t.organization_id = ${org} and t.number >= 100000`);
  await database.db.execute(sql`analyze`);
  console.log(`loaded ${count} closed tickets in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);

  const config = loadConfig({ DATA_DIR: '/tmp', LOG_LEVEL: 'silent', SMTP_INBOUND_PORT: '0' });
  const ctx = await buildContext({ db: database.db, databaseKind: 'postgres', clock: new SettableClock(new Date('2026-12-01T09:00:00Z')), config });
  const app = await buildApp(ctx, { logLevel: false });
  await app.ready();
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'manager@demo.gardien.test', password: 'gardien-demo' } });
  const cookie = `gardien_session=${login.cookies.find((c) => c.name === 'gardien_session')!.value}`;
  const found = await database.db.execute(sql`select id from properties where organization_id = ${org} order by external_ref limit 1`);
  const [property] = (Array.isArray(found) ? found : (found as { rows: unknown[] }).rows) as { id: string }[];
  const body = { propertyId: property!.id, from: '2021-12-01', to: '2026-11-30', items: [...REPORT_ITEMS] };

  const times: number[] = [];
  let closed = 0;
  for (let i = 0; i < posts + 3; i++) {
    const started = performance.now();
    const response = await app.inject({ method: 'POST', url: '/api/v1/reports', headers: { cookie }, payload: body });
    const elapsed = performance.now() - started;
    if (response.statusCode !== 201) throw new Error(`POST /reports: ${response.statusCode} ${response.body}`);
    closed = response.json().result.ticketCount.closed;
    if (i >= 3) times.push(elapsed); // three warm-up requests
  }
  times.sort((a, b) => a - b);
  console.log(`POST /api/v1/reports over ${closed} closed tickets, ${posts} requests: median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  await app.close();
  await ctx.jobs?.stop();
});
