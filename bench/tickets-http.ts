// The ticket list under load, over real HTTP: a Gardien server started as the product starts it
// (`node src/main.ts serve`, DATABASE_URL of a database loaded by `bench/tickets.ts --keep`),
// signed in as the big agency's manager with a session cookie, and N autocannon connections for
// S seconds. Prints requests per second, latency percentiles, the server's own CPU time and the
// machine's load; with --cpu-prof, the server's CPU profile and its heaviest functions.
//
//   node bench/tickets-http.ts --database gardien_bench_xxx                 # GET /api/v1/tickets
//   node bench/tickets-http.ts --database gardien_bench_xxx --mix varied    # pages, filters, words
//   node bench/tickets-http.ts --database gardien_bench_xxx --cpu-prof
//
// Options: --connections 50 --duration 60 (seconds) --warmup 5 (seconds, not counted)
// --mix list|varied (list: the one URL of the issue; varied: a random URL per request among first
// pages of each scope, deep pages, filters and searches, as users send them) --url (the server
// holding the database; or GARDIEN_BENCH_POSTGRES_URL) --out /tmp/gardien-bench --no-compress (no
// Accept-Encoding; by default requests say `gzip, deflate, br` as browsers do) --workers (run the
// automation workers in the web process as `serve` does by default; off here because a bench
// database's open work orders would all fall due for reminders and the sweep would write on them)
// --main PATH (another checkout's src/main.ts: the previous code, measured on the same database;
// the server migrates the database on start, so measure the older code first).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, openSync, readdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { BENCH_PASSWORD, bigOrgManagerEmail, bigOrgSlug } from './tickets-load.ts';

const { values: args } = parseArgs({
  options: {
    database: { type: 'string' },
    url: { type: 'string', default: process.env.GARDIEN_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '5' },
    mix: { type: 'string', default: 'list' },
    'cpu-prof': { type: 'boolean', default: false },
    'no-compress': { type: 'boolean', default: false },
    workers: { type: 'boolean', default: false },
    out: { type: 'string', default: join(tmpdir(), 'gardien-bench') },
    main: { type: 'string' },
  },
});
if (!args.database || !/^[a-z0-9_]+$/.test(args.database)) throw new Error('--database NAME: a database loaded by bench/tickets.ts --keep');
if (args.mix !== 'list' && args.mix !== 'varied') throw new Error('--mix must be list or varied');
const connections = Number(args.connections);
const duration = Number(args.duration);
const warmupSeconds = Number(args.warmup);
const MAIN = args.main ?? fileURLToPath(new URL('../src/main.ts', import.meta.url));
const TICK = 100; // clock ticks per second in /proc (USER_HZ)
mkdirSync(args.out, { recursive: true });

const databaseUrl = new URL(args.url);
databaseUrl.pathname = `/${args.database}`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/** User + system CPU seconds of a process so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICK;
}

/** Busy and total CPU seconds of the whole machine so far (every process, PostgreSQL included). */
function machineSeconds(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const n = values.map(Number);
  const idle = n[3]! + n[4]!;
  const total = n.reduce((a, b) => a + b, 0);
  return { busy: (total - idle) / TICK, total: total / TICK };
}

/** CPU seconds so far of the PostgreSQL backends serving the bench database (by pid, from
 * pg_stat_activity; only this server's processes are readable in /proc, the machine's own). */
async function backendSeconds(admin: pg.Client, known: Map<number, number>): Promise<number> {
  const { rows } = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [args.database]);
  for (const { pid } of rows) {
    try {
      known.set(pid, cpuSeconds(pid));
    } catch {
      // ended since
    }
  }
  return [...known.values()].reduce((a, b) => a + b, 0);
}

async function startServer() {
  const profDir = join(args.out, `cpu-prof-${Date.now()}`);
  const nodeArgs = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  // The request log goes to a file, as under a service manager: a pipe to this busy process
  // would make the server's synchronous log writes wait.
  const logFile = join(args.out, 'tickets-http-server.log');
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeArgs, MAIN, 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl.toString(), PORT: '0', HOST: '127.0.0.1', WORKERS: args.workers ? '1' : '0', SMTP_INBOUND_PORT: '0' },
    stdio: ['ignore', log, log],
  });
  let exited: number | null = null;
  child.on('exit', (code, signal) => (exited = code ?? (signal ? 128 : 1)));
  let port: string | undefined;
  for (;;) {
    if (exited !== null) throw new Error(`the server exited with ${exited}: ${readFileSync(logFile, 'utf8').slice(-2000)}`);
    port = /Gardien is running on http:\/\/localhost:(\d+)/.exec(readFileSync(logFile, 'utf8'))?.[1];
    if (port) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, base: `http://127.0.0.1:${port}`, profDir };
}

async function signIn(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: bigOrgManagerEmail, password: BENCH_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`login: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gardien_session='));
  if (!cookie) throw new Error('login: no session cookie');
  return cookie.split(';')[0]!;
}

/** The URLs of the varied mix: what the list's users ask for, pages and filters included. */
async function variedUrls(base: string, headers: Record<string, string>): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl.toString() });
  await client.connect();
  const { rows: [org] } = await client.query<{ id: string }>('select id from organizations where slug = $1', [bigOrgSlug]);
  if (!org) throw new Error(`no agency ${bigOrgSlug} in ${args.database}`);
  const { rows: props } = await client.query<{ id: string }>('select id from properties where organization_id = $1 order by name limit 8', [org.id]);
  const { rows: users } = await client.query<{ id: string }>('select id from users where organization_id = $1 limit 3', [org.id]);
  const { rows: numbers } = await client.query<{ number: number }>(
    'select number from tickets where organization_id = $1 order by random() limit 20', [org.id]);
  await client.end();
  const firsts = [
    '/api/v1/tickets', '/api/v1/tickets?scope=open&mine=true&limit=50', '/api/v1/tickets?scope=open&limit=50',
    '/api/v1/tickets?scope=all&limit=50', '/api/v1/tickets?scope=closed&limit=50', '/api/v1/tickets?scope=today&limit=50',
    '/api/v1/tickets?scope=open&needsAction=true&limit=50', '/api/v1/tickets?scope=open&waitingOn=contractor&limit=50',
    '/api/v1/tickets?scope=open&type=DS&type=DM&limit=50', '/api/v1/tickets?scope=open&status=awaiting_appointment&limit=50',
    '/api/v1/tickets?scope=open&unassigned=true&limit=50',
    ...props.map((p) => `/api/v1/tickets?scope=all&propertyId=${p.id}&limit=50`),
    ...users.map((u) => `/api/v1/tickets?scope=open&assigneeId=${u.id}&limit=50`),
    ...['fuite', 'fuite cuisine', 'interphone cave', 'chauffage', 'serrure', 'ascenseur bloque', 'moisissure chambre', 'porte garage', 'vitre', 'infiltration facade', 'rousseau', 'tilleuls']
      .map((q) => `/api/v1/tickets?scope=all&q=${encodeURIComponent(q)}&limit=50`),
    ...numbers.slice(0, 10).map((n) => `/api/v1/tickets?scope=all&q=${n.number}&limit=50`),
  ];
  // Deeper pages: follow a few lists' cursors (pages 2–40) as someone scrolling would.
  const urls = [...firsts];
  for (const start of ['/api/v1/tickets?scope=all&limit=50', '/api/v1/tickets?scope=open&limit=50', '/api/v1/tickets?scope=all&q=fuite&limit=50']) {
    let cursor: string | null = null;
    for (let page = 2; page <= 40; page++) {
      const response: Response = await fetch(cursor ? `${base}${start}&cursor=${cursor}` : `${base}${start}`, { headers });
      if (response.status !== 200) throw new Error(`${start}: ${response.status} ${await response.text()}`);
      cursor = ((await response.json()) as { nextCursor: string | null }).nextCursor;
      if (!cursor) break;
      if (page % 3 === 0 || page === 40) urls.push(`${start}&cursor=${cursor}`);
    }
  }
  for (const url of urls) {
    const response = await fetch(`${base}${url}`, { headers });
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  }
  return urls;
}

function run(base: string, headers: Record<string, string>, urls: string[], seconds: number) {
  return autocannon({
    url: base, connections, duration: seconds, headers,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: urls.length === 1 ? urls[0]! : urls[Math.floor(Math.random() * urls.length)]! }) }],
  });
}

/** The heaviest functions of a V8 CPU profile by self time, grouped by function and file. */
function summarizeProfile(dir: string): string[] {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return ['(no profile written)'];
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[]; timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, k) => {
    const dt = profile.timeDeltas[k] ?? 0;
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') return;
    total += dt;
    const where = url.replace(/^file:\/\/.*?\/node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/');
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const pkg = url === '' ? `(${functionName})` : url.includes('/node_modules/') ? url.split('/node_modules/').pop()!.split('/').slice(0, url.includes('/node_modules/@') ? 2 : 1).join('/')
      : url.startsWith('node:') ? 'node internals' : url.includes('/src/') ? 'src (Gardien)' : url;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
  });
  const pct = (x: number) => `${((x / total) * 100).toFixed(1).padStart(5)} %`;
  return [
    `profile ${join(dir, file)}: ${(total / 1e6).toFixed(1)} s of samples (not idle)`,
    'by package (self time):',
    ...[...byPackage.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `  ${pct(v)}  ${k}`),
    'by function (self time):',
    ...[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `  ${pct(v)}  ${k}`),
  ];
}

const command = `node bench/tickets-http.ts ${process.argv.slice(2).join(' ')}`;
const started = new Date();
console.log(`${command}\n${started.toISOString()} — ${cpus().length} cores, Node ${process.version}, load average ${load()}`);
const server = await startServer();
try {
  const cookie = await signIn(server.base);
  const headers: Record<string, string> = { cookie, accept: 'application/json', ...(args['no-compress'] ? {} : { 'accept-encoding': 'gzip, deflate, br' }) };
  const urls = args.mix === 'list' ? ['/api/v1/tickets'] : await variedUrls(server.base, headers);
  const probe = await fetch(`${server.base}${urls[0]}`, { headers });
  const body = await probe.arrayBuffer();
  console.log(`${urls.length} URL${urls.length > 1 ? 's' : ''}; ${urls[0]} answers ${probe.status}, ${body.byteLength} bytes decoded, content-encoding ${probe.headers.get('content-encoding') ?? 'none'}`);
  if (warmupSeconds > 0) await run(server.base, headers, urls, warmupSeconds);
  const loadBefore = load();
  const admin = new pg.Client({ connectionString: databaseUrl.toString() });
  await admin.connect();
  const backends = new Map<number, number>();
  const pgAtStart = await backendSeconds(admin, backends);
  const cpu0 = cpuSeconds(server.child.pid!);
  const machine0 = machineSeconds();
  const result = await run(server.base, headers, urls, duration);
  const cpu1 = cpuSeconds(server.child.pid!);
  const machine1 = machineSeconds();
  const pgAtEnd = await backendSeconds(admin, backends);
  await admin.end();
  // Backends opened during the run count from zero; one that ended during it is missed.
  const pgCpu = pgAtEnd - pgAtStart;
  const loadAfter = load();
  const served = result.requests.total;
  const serverCpu = cpu1 - cpu0;
  const machineBusy = (machine1.busy - machine0.busy) / (machine1.total - machine0.total);
  const lines = [
    `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${command}`,
    `load average before ${loadBefore}, after ${loadAfter}; machine busy ${(machineBusy * 100).toFixed(0)} % of ${cpus().length} cores during the run`,
    `${connections} connections, ${duration} s, mix ${args.mix} (${urls.length} URLs): ${served} answers, ${result.non2xx} not 2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    `requests/s ${result.requests.average.toFixed(1)} (min ${result.requests.min}, max ${result.requests.max}); latency ms p50 ${result.latency.p50} p90 ${result.latency.p90} p99 ${result.latency.p99} max ${result.latency.max}`,
    `server CPU ${serverCpu.toFixed(1)} s in ${duration} s (${((serverCpu / duration) * 100).toFixed(0)} % of one core), ${((serverCpu / Math.max(1, served)) * 1000).toFixed(2)} ms per answer`,
    `PostgreSQL backends of the database: CPU ${pgCpu.toFixed(1)} s, ${((pgCpu / Math.max(1, served)) * 1000).toFixed(2)} ms per answer; ` +
      `server + PostgreSQL ${(((serverCpu + pgCpu) / Math.max(1, served)) * 1000).toFixed(2)} ms per answer, ` +
      `that is at most ${(cpus().length / ((serverCpu + pgCpu) / Math.max(1, served))).toFixed(0)} answers/s if ${cpus().length} cores were theirs alone`,
  ];
  console.log(lines.join('\n'));
  writeFileSync(join(args.out, `tickets-http-${args.mix}.json`), JSON.stringify({ command, started, loadBefore, loadAfter, connections, duration, urls: urls.length, served, non2xx: result.non2xx, errors: result.errors, rps: result.requests.average, latency: result.latency, serverCpu, pgCpu, machineBusy }, null, 2));
} finally {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}
if (args['cpu-prof']) console.log(summarizeProfile(server.profDir).join('\n'));
