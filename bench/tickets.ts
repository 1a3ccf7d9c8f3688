// Ticket benchmark: the list (first page, a deep page), the search, a ticket with its history and
// one action, on a big generated database; server-side times next to the same SQL run alone.
//
//   node bench/tickets.ts --db postgres --tickets 1000000 --orgs 200
//   node bench/tickets.ts --db pglite --tickets 100000 --orgs 20
//
// Options: --iterations 200 (measured, per request) --warmup 20 --depth 200 (pages followed for
// the deep page) --big-share 0.05 (share of the tickets in the big agency) --keep (leave the
// database or PGlite folder behind) --reuse NAME (bench an earlier --keep'd database or folder,
// no loading) --url postgres://postgres@127.0.0.1:5432/postgres (server to create the database
// on; or GARDIEN_BENCH_POSTGRES_URL) --out /tmp/gardien-bench (plans and JSON results).
//
// 1. Creates a fresh database (PostgreSQL: `gardien_bench_…`, dropped at the end; PGlite: a
//    temporary folder), migrates it, loads the demo agency and the bench agencies, generates the
//    tickets with set-based SQL (bench/tickets-load.ts), then VACUUM ANALYZE.
// 2. Signs in as the big agency's manager and times each request with `app.inject` in-process:
//    routing, validation, the session lookup, the use case, serialization ("API"). Each is also
//    captured (bench/tickets-sql.ts) and its statements replayed through the same pool ("SQL"),
//    and for the list and the search the list query alone ("main query"). API, SQL and main
//    query samples are interleaved, so load from other processes hits all three alike.
// 3. Writes EXPLAIN (ANALYZE, BUFFERS) of the list, deep page and search queries to --out.
import { parseArgs } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { loadConfig } from '../src/config.ts';
import { systemClock, type AppContext } from '../src/context.ts';
import { buildApp } from '../src/http/app.ts';
import { buildContext } from '../src/runtime/build-context.ts';
import { searchQuery } from '../src/domain/search-text.ts';
import { loadBenchData, BENCH_PASSWORD, bigOrgSlug, bigOrgManagerEmail, type Exec } from './tickets-load.ts';
import { capture, installPgCapture, installPgliteCapture, pgReplayer, pgliteReplayer, stepsOf, type Replayer, type Statement, type Step, type Rewrite } from './tickets-sql.ts';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'pglite' },
    tickets: { type: 'string', default: '100000' },
    orgs: { type: 'string', default: '20' },
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    depth: { type: 'string', default: '200' },
    'big-share': { type: 'string', default: '0.05' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
    url: { type: 'string', default: process.env.GARDIEN_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    out: { type: 'string', default: join(tmpdir(), 'gardien-bench') },
  },
});
const kind = args.db === 'postgres' ? 'postgres' : args.db === 'pglite' ? 'pglite' : undefined;
if (!kind) throw new Error('--db must be postgres or pglite');
const ticketCount = Number(args.tickets);
const orgCount = Number(args.orgs);
const iterations = Number(args.iterations);
const warmup = Number(args.warmup);
const bigShare = Number(args['big-share']);
for (const [name, value] of Object.entries({ tickets: ticketCount, orgs: orgCount, iterations, warmup, depth: Number(args.depth) })) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1`);
}
if (!(bigShare > 0 && bigShare < 1)) throw new Error('--big-share must be between 0 and 1');

const log = (line: string) => console.log(line);
const ms = (x: number) => x.toFixed(2);

// ---------------------------------------------------------------- database

interface Opened {
  database: Database;
  exec: Exec;
  label: string;
  cleanup: () => Promise<void>;
}

async function openPostgres(): Promise<Opened> {
  const admin = new URL(args.url);
  const name = args.reuse ?? `gardien_bench_${Date.now().toString(36)}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error('database name: lower case letters, digits and _ only');
  if (!args.reuse) {
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: tmpdir() });
  const loader = new pg.Client({ connectionString: url.toString() });
  await loader.connect();
  return {
    database,
    label: `database ${name}`,
    exec: async (sql, params) => (await loader.query(sql, params)).rows,
    cleanup: async () => {
      await loader.end();
      await database.close();
      if (args.keep || args.reuse) return log(`kept: --reuse ${name}`);
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      log(`dropped database ${name}`);
    },
  };
}

async function openPglite(): Promise<Opened> {
  const dir = args.reuse ?? mkdtempSync(join(tmpdir(), 'gardien-bench-pglite-'));
  const database = await openDatabase({ dataDir: dir });
  const pglite = database.pglite!;
  return {
    database,
    label: `PGlite folder ${dir}`,
    exec: async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows,
    cleanup: async () => {
      await database.close();
      if (args.keep || args.reuse) return log(`kept: --reuse ${dir}`);
      rmSync(dir, { recursive: true, force: true });
      log(`removed ${dir}`);
    },
  };
}

// ---------------------------------------------------------------- measuring

interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]!, max: sorted.at(-1)! };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** The deep page's keyset written as a row comparison, `(updated_at, id) < ($u, $id)`, which a
 * btree on (organization_id, updated_at, id) can seek to; parameters renumbered. The proposal
 * this bench measures next to the query ticket-list.ts builds today. */
function rowValueKeyset(s: Statement): Statement | undefined {
  const or = /\("tickets"\."updated_at" < \$(\d+) or \("tickets"\."updated_at" = \$\d+ and "tickets"\."id" < \$(\d+)\)\)/;
  const match = or.exec(s.text);
  if (!match) return undefined;
  // (A function, not a string: "$2" in a replacement string would mean the second group.)
  const text = s.text.replace(or, () => `("tickets"."updated_at", "tickets"."id") < ($${match[1]}, $${match[2]})`);
  const used = [...new Set([...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const renumbered = text.replace(/\$(\d+)/g, (_, n: string) => `$${used.indexOf(Number(n)) + 1}`);
  return { ...s, text: renumbered, values: used.map((n) => s.values[n - 1]) };
}

interface Row {
  name: string;
  /** How many different URLs the request took in turn. */
  urls?: number;
  api: Stats;
  /** The same request over real HTTP (keep-alive) to this process's server. */
  http?: Stats;
  /** CPU time of this process per in-process call (user + system). */
  cpu?: Stats;
  sql: Stats;
  main?: Stats;
  statements: number;
  target?: { p95: number };
  note?: string;
  /** The main query rewritten as this bench proposes (deep page: row-value keyset). */
  proposed?: Stats;
}

function countStatements(steps: Step[]): number {
  return steps.reduce((n, s) => n + s.statements.length, 0);
}

/** The list's full-text condition (src/db/repositories/ticket-search.ts) for the agency in $1 and
 * the tsquery in `param`, to count matches. */
const taggedMatch = (param: string) =>
  `search @@ regexp_replace(to_tsquery('french', ${param})::text, '''([^'']+)''', '''' || left($1::text, 8) || '~\\1''', 'g')::tsquery`;

// ---------------------------------------------------------------- main

const opened = kind === 'postgres' ? await openPostgres() : await openPglite();
const { database } = opened;
const cores = cpus().length;
log(`Gardien ticket benchmark — ${kind}, ${opened.label}; Node ${process.version}, ${cores} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

let app: FastifyInstance | undefined;
let filesDir: string | undefined;
try {
  let loadSeconds: number | undefined;
  if (!args.reuse) {
    log(`loading ${ticketCount} tickets in ${orgCount} agencies (big agency: ${(bigShare * 100).toFixed(1)} %):`);
    const started = performance.now();
    await migrateDatabase(database);
    await loadDemo(database.db);
    log(`  ${'migrate + demo agency'.padEnd(52)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`);
    await loadBenchData(opened.exec, { tickets: ticketCount, orgs: orgCount, bigShare, kind, log });
    loadSeconds = (performance.now() - started) / 1000;
    log(`load time (migrate, demo, generate, indexes, vacuum analyze): ${loadSeconds.toFixed(1)} s`);
  }

  const counts = await opened.exec(
    `select (select count(*) from tickets)::int as tickets, (select count(*) from dispatches)::int as dispatches,
            (select count(*) from ticket_events)::int as events, (select count(*) from organizations)::int as organizations,
            (select count(*) from tickets where closed_at is not null)::int as closed,
            pg_size_pretty(pg_database_size(current_database())) as size`,
  );
  const c = counts[0]!;
  log(`data: ${c.tickets} tickets (${((Number(c.closed) / Number(c.tickets)) * 100).toFixed(0)} % closed), ${c.dispatches} dispatches, ${c.events} events, ${c.organizations} agencies, database ${c.size}`);
  const [big] = await opened.exec(
    `select o.id, (select count(*) from tickets t where t.organization_id = o.id)::int as tickets,
            (select count(*) from tickets t where t.organization_id = o.id and t.closed_at is null)::int as open
       from organizations o where o.slug = $1`,
    [bigOrgSlug],
  );
  if (!big) throw new Error(`no agency ${bigOrgSlug}: was this database loaded by bench/tickets.ts?`);
  const bigId = String(big.id);
  const bigTickets = Number(big.tickets);
  log(`big agency ${bigOrgSlug}: ${bigTickets} tickets, ${big.open} open; acting as ${bigOrgManagerEmail}`);

  // The app, as in production but in-process.
  if (kind === 'postgres') installPgCapture();
  else installPgliteCapture(database.pglite!);
  const replayer: Replayer = kind === 'postgres' ? pgReplayer(database.pool!) : pgliteReplayer(database.pglite!);
  // Attachments (none here) would go to a data folder of the run's own.
  filesDir = mkdtempSync(join(tmpdir(), 'gardien-bench-files-'));
  const config = loadConfig({ DATA_DIR: filesDir, LOG_LEVEL: 'silent' });
  const ctx: AppContext = await buildContext({ db: database.db, databaseKind: database.kind, clock: systemClock, config });
  app = await buildApp(ctx, { logLevel: false });
  await app.ready();
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: bigOrgManagerEmail, password: BENCH_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const cookie = `gardien_session=${login.cookies.find((k) => k.name === 'gardien_session')!.value}`;
  const server = app;
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await server.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    if (response.statusCode !== 200) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return response;
  };

  // Real HTTP next to inject: the same app listening on a loopback port, keep-alive connections.
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const httpCall = async (url: string) => {
    const response = await fetch(`${base}${url}`, { headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`HTTP GET ${url}: ${response.status} ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
    return body;
  };

  const rows: Row[] = [];
  let actionBreakdown: ({ k: number; tx: boolean; text: string } & Stats)[] = [];
  // The list's statement (a search may send two: the newest tickets, then the full-text index;
  // the last one is the page's).
  const isListQuery = (s: Statement) => /from "tickets" inner join ("properties"|\(select)/.test(s.text);
  const plans: { name: string; statement: Statement }[] = [];

  /** A read request: one URL, or several taken in turn (each replayed with its own statements).
   * Each iteration times the request in-process (inject), over real HTTP (keep-alive, this
   * process's own listening server), and its statements alone. */
  async function measureRead(
    name: string,
    urlOrUrls: string | string[],
    options: { main?: (s: Statement) => boolean; proposed?: (s: Statement) => Statement | undefined; target?: number; note?: string } = {},
  ) {
    const urls = Array.isArray(urlOrUrls) ? urlOrUrls : [urlOrUrls];
    for (let i = 0; i < warmup - 1; i++) for (const url of urls) await call('GET', url);
    const captured = [];
    for (const url of urls) {
      const { statements } = await capture(() => call('GET', url));
      const main = options.main ? statements.findLast(options.main) : undefined;
      if (options.main && !main) throw new Error(`${name}: main query not found among ${statements.length} statements of ${url}`);
      captured.push({ url, statements, steps: stepsOf(statements), main });
    }
    const first = captured[0]!;
    if (first.main) plans.push({ name: urls.length > 1 ? `${name} (first of ${urls.length}: ${first.url})` : name, statement: first.main });
    const proposed = first.main && options.proposed ? options.proposed(first.main) : undefined;
    if (proposed) plans.push({ name: `${name}, PROPOSED row-value keyset`, statement: proposed });
    for (let i = 0; i < warmup; i++) {
      const c = captured[i % captured.length]!;
      await replayer.run(c.steps);
      await httpCall(c.url);
      if (c.main) await replayer.one(c.main);
      if (proposed) await replayer.one(proposed);
    }
    const api: number[] = [];
    const http: number[] = [];
    const cpu: number[] = [];
    const sql: number[] = [];
    const mainTimes: number[] = [];
    const proposedTimes: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const c = captured[i % captured.length]!;
      const cpu0 = process.cpuUsage();
      api.push(await time(() => call('GET', c.url)));
      const used = process.cpuUsage(cpu0);
      cpu.push((used.user + used.system) / 1000);
      http.push(await time(() => httpCall(c.url)));
      sql.push(await time(() => replayer.run(c.steps)));
      if (c.main) mainTimes.push(await time(() => replayer.one(c.main!)));
      if (proposed) proposedTimes.push(await time(() => replayer.one(proposed)));
    }
    const row: Row = {
      name, urls: urls.length, api: stats(api), http: stats(http), cpu: stats(cpu), sql: stats(sql), main: first.main ? stats(mainTimes) : undefined,
      statements: countStatements(first.steps), target: options.target ? { p95: options.target } : undefined, note: options.note,
      proposed: proposed ? stats(proposedTimes) : undefined,
    };
    rows.push(row);
    log(`  ${name}: API ${ms(row.api.median)} / ${ms(row.api.p95)} ms (CPU ${ms(row.cpu!.median)}), HTTP ${ms(row.http!.median)} / ${ms(row.http!.p95)} ms, SQL ${ms(row.sql.median)} / ${ms(row.sql.p95)} ms` +
      (row.main ? `, main query ${ms(row.main.median)} / ${ms(row.main.p95)} ms` : '') +
      (row.proposed ? `, proposed main query ${ms(row.proposed.median)} / ${ms(row.proposed.p95)} ms` : ''));
    return first.statements;
  }

  const LIST = '/api/v1/tickets?scope=all&limit=50';
  const listTarget = 15;
  log(`measuring (${warmup} warm-ups, ${iterations} iterations each; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}):`);
  const loadBefore = loadavg();

  // (a) first page
  await measureRead('list, first page (scope=all, 50)', LIST, { main: isListQuery, target: listTarget });

  // (b) a deep page: follow nextCursor, then time that page.
  const depth = Math.min(Number(args.depth), Math.max(1, Math.floor(bigTickets / 50) - 1));
  let cursor: string | null = null;
  const cursors: string[] = [];
  const cursorStep = Math.max(1, Math.floor(depth / 20));
  for (let page = 0; page < depth; page++) {
    const body = (await call('GET', cursor ? `${LIST}&cursor=${cursor}` : LIST)).json() as { nextCursor: string | null };
    cursor = body.nextCursor;
    if (!cursor) throw new Error(`no next page after page ${page + 1}`);
    if ((page + 1) % cursorStep === 0) cursors.push(cursor);
  }
  await measureRead(`list, page ${depth + 1} (cursor)`, `${LIST}&cursor=${cursor}`, {
    main: isListQuery, proposed: rowValueKeyset, target: listTarget, note: `${depth} pages deep`,
  });

  // (c) search
  const [matches] = await opened.exec(
    `select count(*)::int as n from tickets where organization_id = $1 and ${taggedMatch('$2')}`,
    [bigId, 'fuite & cuisine:*'],
  );
  await measureRead('search q="fuite cuisine" (scope=all)', `${LIST.replace('limit=50', 'limit=50&q=fuite%20cuisine')}`, {
    main: isListQuery, target: kind === 'postgres' ? 50 : undefined, note: `${matches!.n} matches in the agency`,
  });

  // (c') a rarer pair of words (about 0.6 % of tickets): the list must go further for 50 matches.
  const [rare] = await opened.exec(
    `select count(*)::int as n from tickets where organization_id = $1 and ${taggedMatch('$2')}`,
    [bigId, 'interphone & cave:*'],
  );
  await measureRead('search q="interphone cave" (scope=all)', `${LIST}&q=interphone%20cave`, {
    main: isListQuery, target: kind === 'postgres' ? 50 : undefined, note: `${rare!.n} matches in the agency`,
  });

  // (c'') varied requests, each row's URLs taken in turn: the list's views, pages at every depth,
  // common and rare searches (one URL repeated flatters caches and plans).
  const views = ['scope=open', 'scope=all', 'scope=closed', 'scope=open&mine=true', 'scope=open&needsAction=true',
    'scope=open&waitingOn=contractor', 'scope=all&type=DS&type=DM', 'scope=today'];
  await measureRead(`list, ${views.length} views (scopes, filters)`, views.map((v) => `/api/v1/tickets?${v}&limit=50`), { main: isListQuery, target: listTarget, note: views.join(', ') });
  await measureRead(`list, ${cursors.length} pages (${cursorStep + 1} to ${depth + 1} deep)`, cursors.map((k) => `${LIST}&cursor=${k}`), { main: isListQuery, target: listTarget });
  const common = ['fuite cuisine', 'chauffage', 'serrure', 'ascenseur bloque', 'moisissure chambre', 'porte garage', 'fuites', 'panne'];
  const rareWords = ['interphone cave', 'vitre hall', 'nuisibles cave', 'serrure cave', 'interphone sonne', 'volet coince'];
  for (const [label, words] of [['common', common], ['rare', rareWords]] as const) {
    const found = await Promise.all(words.map(async (w) => {
      const [row] = await opened.exec(`select count(*)::int as n from tickets where organization_id = $1 and ${taggedMatch('$2')}`, [bigId, searchQuery(w)]);
      return `${w} ${row!.n}`;
    }));
    await measureRead(`search, ${words.length} ${label} words`, words.map((w) => `${LIST}&q=${encodeURIComponent(w)}`), {
      main: isListQuery, target: kind === 'postgres' ? 50 : undefined, note: `matches in the agency: ${found.join(', ')}`,
    });
  }

  // (d) a ticket with its history: one with the most events and two dispatches.
  const [withEvents] = await opened.exec(
    `select t.number, (select count(*) from ticket_events e where e.ticket_id = t.id)::int as events,
            (select count(*) from dispatches d where d.ticket_id = t.id)::int as dispatches
       from tickets t where t.organization_id = $1 and t.number between $2 and $2 + 400
      order by events desc, dispatches desc, t.number limit 1`,
    [bigId, Math.floor(bigTickets / 4)],
  );
  const n = Number(withEvents!.number);
  // A search by number takes the other path of the query: `search @@ … or number = n`.
  await measureRead(`search q="${n}" (a ticket number)`, `${LIST}&q=${n}`, { main: isListQuery, target: kind === 'postgres' ? 50 : undefined });
  await measureRead(`ticket #${n}`, `/api/v1/tickets/${n}`, { note: `${withEvents!.dispatches} dispatches` });
  await measureRead(`ticket #${n} events`, `/api/v1/tickets/${n}/events`, { note: `${withEvents!.events} events` });

  // (e) one action: an internal note, each iteration on another open ticket. The API writes on
  // ticket A(i); its statements are then replayed, committed, on another untouched open ticket
  // B(i) (its id and number swapped in, a fresh event id, the next seq): both first touches.
  // Numbers above 100 cannot be mistaken for the other small integers among the parameters.
  const needed = warmup + iterations;
  // Tickets no earlier run wrote on (--reuse): none of the bench's notes in their history.
  const open = await opened.exec(
    `select t.id, t.number from tickets t where t.organization_id = $1 and t.closed_at is null and t.number > 100
        and not exists (select 1 from ticket_events e where e.ticket_id = t.id and e.type = 'internal_note' and e.payload->>'html' like '%passage prévu jeudi%')
      order by t.number limit ${2 * needed}`,
    [bigId],
  );
  if (open.length < 2 * needed) throw new Error(`only ${open.length} open tickets for ${2 * needed} actions`);
  const ticketsA = open.filter((_, i) => i % 2 === 0);
  const ticketsB = open.filter((_, i) => i % 2 === 1);
  const note = { action: 'internal_note', body: '<p>Relance du fournisseur par téléphone : passage prévu jeudi matin.</p>' };
  const rewriteFor = (from: Record<string, unknown>, to: Record<string, unknown>): Rewrite => (s, results) => {
    const swap = (v: unknown) => (v === from.id ? to.id : v === from.number ? to.number : v);
    const values = s.values.map(swap);
    const insert = /^insert into "ticket_events" \(([^)]*)\) values \((.*)\) returning/s.exec(s.text);
    if (insert) {
      const columns = insert[1]!.split(',').map((x) => x.trim().replace(/"/g, ''));
      const tokens = insert[2]!.split(',').map((x) => x.trim());
      const maxSeq = [...results.entries()].reverse().find(([st]) => /^select max\(.*"seq"\).* from "ticket_events"/s.test(st.text))?.[1][0]?.[0];
      columns.forEach((column, i) => {
        const param = /^\$(\d+)$/.exec(tokens[i] ?? '');
        if (!param) return;
        if (column === 'id') values[Number(param[1]) - 1] = randomUUID();
        if (column === 'seq') values[Number(param[1]) - 1] = Number(maxSeq ?? 0) + 1;
      });
    }
    return values;
  };
  const notesWritten = async () => {
    const [row] = await opened.exec(
      `select count(*)::int as n from ticket_events where type = 'internal_note' and payload->>'html' like '%passage prévu jeudi%' and ticket_id = any($1::uuid[])`,
      [open.map((t) => t.id)],
    );
    return Number(row!.n);
  };
  {
    const before = await notesWritten();
    const api: number[] = [];
    const sql: number[] = [];
    // Time of each statement as the app ran it (position in the request → samples).
    const perStatement = new Map<number, { text: string; tx: boolean; samples: number[] }>();
    let count = 0;
    for (let i = 0; i < needed; i++) {
      const a = ticketsA[i]!;
      const b = ticketsB[i]!;
      const started = performance.now();
      const { statements } = await capture(() => call('POST', `/api/v1/tickets/${a.number}/actions`, note));
      const apiTime = performance.now() - started;
      const steps = stepsOf(statements);
      count = countStatements(steps);
      if (i === 0 && process.env.BENCH_SHOW_SQL) for (const s of statements) log(`    ${s.tx ? 'tx ' : '   '}${s.text.slice(0, 160)}`);
      const sqlTime = await time(() => replayer.run(steps, rewriteFor(a, b)));
      if (i >= warmup) {
        api.push(apiTime);
        sql.push(sqlTime);
        statements.forEach((st, k) => {
          const entry = perStatement.get(k) ?? { text: st.text, tx: st.tx, samples: [] };
          if (entry.text === st.text) entry.samples.push(st.t1 - st.t0);
          perStatement.set(k, entry);
        });
      }
    }
    const after = await notesWritten();
    if (after - before !== 2 * needed) throw new Error(`expected ${2 * needed} notes written (API + replay), found ${after - before}`);
    actionBreakdown = [...perStatement.entries()].map(([k, e]) => ({ k, tx: e.tx, text: e.text.replace(/\s+/g, ' ').slice(0, 110), ...stats(e.samples) }));
    log('  action, each statement as the app ran it (median / p95 ms; tx = inside the transaction):');
    for (const b of actionBreakdown) log(`    ${String(b.k + 1).padStart(2)} ${b.tx ? 'tx' : '  '} ${ms(b.median).padStart(6)} / ${ms(b.p95).padStart(6)}  ${b.text}`);
    const row: Row = { name: 'action internal_note (POST …/actions)', api: stats(api), sql: stats(sql), statements: count, target: { p95: listTarget }, note: 'another open ticket each time' };
    rows.push(row);
    log(`  ${row.name}: API ${ms(row.api.median)} / ${ms(row.api.p95)} ms, SQL ${ms(row.sql.median)} / ${ms(row.sql.p95)} ms`);
  }
  const loadAfter = loadavg();

  // Plans.
  mkdirSync(args.out, { recursive: true });
  const planFile = join(args.out, `plans-${kind}.txt`);
  const planText: string[] = [];
  for (const { name, statement } of plans) {
    planText.push(`=== ${name}\n${statement.text}\n-- parameters: ${JSON.stringify(statement.values)}\n\n${await replayer.explain(statement)}\n`);
  }
  writeFileSync(planFile, planText.join('\n'));

  // The table.
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const header = [
    `### ${kind === 'postgres' ? 'PostgreSQL 15' : 'PGlite'} — ${c.tickets} tickets, ${args.reuse ? Number(c.organizations) - 1 : orgCount} agencies (big agency ${bigTickets}), ${date} UTC`,
    '',
    `Machine: ${cores} cores (${cpus()[0]?.model.trim()}), Node ${process.version}. Load average 1/5/15 min before the measures ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}.`,
    loadSeconds !== undefined ? `Load time: ${loadSeconds.toFixed(0)} s. ` + `${warmup} warm-ups, ${iterations} measured iterations per request; times in ms (median / p95).` : `${warmup} warm-ups, ${iterations} measured iterations per request; times in ms (median / p95).`,
    '',
    `Command: \`node bench/tickets.ts ${process.argv.slice(2).join(' ')}\`. API: in-process inject; HTTP: the same request over loopback HTTP (keep-alive, compressed as a browser asks); CPU: this process's CPU per inject call.`,
    '',
    '| Request | API median | API p95 | HTTP median | HTTP p95 | API CPU median | SQL median | SQL p95 | API/SQL median | Main query alone (median / p95) | Statements | Target (API p95) | Note |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  const lines = rows.map((r) => {
    const verdict = r.target ? `< ${r.target.p95} ms: ${r.api.p95 < r.target.p95 ? 'met' : '**missed**'}` : '—';
    const ratio = r.api.median / r.sql.median;
    const dash = (x: Stats | undefined, k: 'median' | 'p95') => (x ? ms(x[k]) : '—');
    return `| ${r.name} | ${ms(r.api.median)} | ${ms(r.api.p95)} | ${dash(r.http, 'median')} | ${dash(r.http, 'p95')} | ${dash(r.cpu, 'median')} | ${ms(r.sql.median)} | ${ms(r.sql.p95)} | ${ratio.toFixed(2)}${ratio > 1.5 ? ' (> 1.5)' : ''} | ${r.main ? `${ms(r.main.median)} / ${ms(r.main.p95)}` : '—'} | ${r.statements} | ${verdict} | ${r.note ?? ''} |`;
  });
  const proposals = rows.filter((r) => r.proposed).map((r) =>
    `Proposed for "${r.name}": the same query with \`("updated_at", "id") < ($u, $id)\` instead of \`updated_at < $u or (updated_at = $u and id < $id)\`: ${ms(r.proposed!.median)} / ${ms(r.proposed!.p95)} ms (median / p95), against ${ms(r.main!.median)} / ${ms(r.main!.p95)} ms today.`);
  const table = [...header, ...lines, ...(proposals.length ? ['', ...proposals] : [])].join('\n');
  console.log(`\n${table}\n`);
  const resultFile = join(args.out, `results-${kind}.json`);
  writeFileSync(resultFile, JSON.stringify({ kind, date, tickets: c.tickets, orgs: orgCount, bigTickets, loadSeconds, loadBefore, loadAfter, rows, actionBreakdown }, null, 2));
  writeFileSync(join(args.out, `table-${kind}.md`), `${table}\n`);
  log(`plans: ${planFile}\nresults: ${resultFile}, ${join(args.out, `table-${kind}.md`)}`);
} finally {
  await app?.close();
  if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  await opened.cleanup();
}
