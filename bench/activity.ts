// The activity's views over a database kept by bench/tickets.ts (--keep): each view of
// GET /api/v1/reports/activity (and its CSV / XLSX) for the big agency over the full period,
// called N times in-process, median and p95 printed.
//
//   node bench/activity.ts --reuse gardien_bench_xxx [--iterations 20] [--url postgres://postgres@127.0.0.1:5432/postgres]
//
// It migrates the database first (so the activity's indexes are there) and, when the big agency
// has no feedback yet, gives 40 % of its resolved tickets a rating (the load writes none).
import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/connection.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadConfig } from '../src/config.ts';
import { systemClock, type AppContext } from '../src/context.ts';
import { buildApp } from '../src/http/app.ts';
import { buildContext } from '../src/runtime/build-context.ts';
import { BENCH_PASSWORD, bigOrgSlug, bigOrgManagerEmail } from './tickets-load.ts';

const { values: args } = parseArgs({
  options: {
    reuse: { type: 'string' },
    iterations: { type: 'string', default: '20' },
    url: { type: 'string', default: process.env.GARDIEN_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
if (!args.reuse || !/^[a-z0-9_]+$/.test(args.reuse)) throw new Error('--reuse NAME: a database kept by bench/tickets.ts --keep');
const iterations = Number(args.iterations);
const url = new URL(args.url);
url.pathname = `/${args.reuse}`;

const database = await openDatabase({ databaseUrl: url.toString(), dataDir: tmpdir() });
await migrateDatabase(database);
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
const [org] = (await client.query('select id from organizations where slug = $1', [bigOrgSlug])).rows as { id: string }[];
if (!org) throw new Error(`no agency ${bigOrgSlug} in ${args.reuse}`);
const [{ n }] = (await client.query('select count(*)::int as n from ticket_feedback where organization_id = $1', [org.id])).rows as [{ n: number }];
if (n === 0) {
  await client.query(
    `insert into ticket_feedback (organization_id, ticket_id, rating, created_at)
     select organization_id, id, (array['good', 'good', 'fair', 'bad'])[1 + (number % 4)], coalesce(resolved_at, closed_at)
     from tickets where organization_id = $1 and coalesce(resolved_at, closed_at) is not null and random() < 0.4`,
    [org.id],
  );
  await client.query('analyze ticket_feedback');
}

const dataDir = mkdtempSync(`${tmpdir()}/gardien-bench-activity-`);
const ctx: AppContext = await buildContext({ db: database.db, databaseKind: database.kind, clock: systemClock, config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }) });
const app = await buildApp(ctx, { logLevel: false });
await app.ready();
const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: bigOrgManagerEmail, password: BENCH_PASSWORD } });
if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
const cookie = `gardien_session=${login.cookies.find((k) => k.name === 'gardien_session')!.value}`;

const [range] = (await client.query(`select to_char(min(created_at), 'YYYY-MM-DD') as "from", to_char(max(created_at), 'YYYY-MM-DD') as "to", count(*)::int as tickets from tickets where organization_id = $1`, [org.id])).rows as [{ from: string; to: string; tickets: number }];
const [aProperty] = (await client.query('select property_id from tickets where organization_id = $1 and property_id is not null limit 1', [org.id])).rows as [{ property_id: string }];
const period = `from=${range.from}&to=${range.to}`;
const views: [string, string][] = [
  ['month by status', `/api/v1/reports/activity?grain=month&by=status&${period}`],
  ['week by category', `/api/v1/reports/activity?grain=week&by=category&${period}`],
  ['month by property', `/api/v1/reports/activity?grain=month&by=property&${period}`],
  ['week by source', `/api/v1/reports/activity?grain=week&by=source&${period}`],
  ['month by assignee', `/api/v1/reports/activity?grain=month&by=assignee&${period}`],
  ['month by status, one property', `/api/v1/reports/activity?grain=month&by=status&${period}&propertyId=${aProperty.property_id}`],
  ['month by source, source email', `/api/v1/reports/activity?grain=month&by=source&${period}&source=email`],
  ['CSV, month by status', `/api/v1/reports/activity.csv?grain=month&by=status&${period}`],
  ['XLSX, week by property', `/api/v1/reports/activity.xlsx?grain=week&by=property&${period}`],
];

console.log(`Activity over ${args.reuse}: ${bigOrgSlug} ${range.tickets} tickets, ${range.from} → ${range.to}; ${iterations} calls per view (1 warm-up); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log('| View | median ms | p95 ms |\n| --- | ---: | ---: |');
for (const [name, path] of views) {
  const call = async () => {
    const response = await app.inject({ method: 'GET', url: path, headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body.slice(0, 300)}`);
  };
  await call();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  console.log(`| ${name} | ${at(0.5).toFixed(0)} | ${at(0.95).toFixed(0)} |`);
}

await app.close();
await client.end();
await database.close();
rmSync(dataDir, { recursive: true, force: true });
