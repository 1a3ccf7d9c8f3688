// Memory of the embedded default while it serves a big agency: starts `npm start`'s server
// command (flags from package.json) on a kept PGlite folder of bench/tickets.ts, signs in as the
// big agency's manager and, over real HTTP with a few concurrent clients, varies what the
// cockpit asks: list scopes and filters, pages followed by cursor, searches, ticket details and
// histories. Samples the server's resident memory all along; prints its peak (VmHWM) at the
// healthy answer and at the end, the largest sample during the load, the server's CPU time,
// and each request's count and latency, with the date, the load and the command.
//
//   node bench/tickets.ts --db pglite --tickets 100000 --orgs 20 --keep   # prints the folder
//   node bench/memory.ts --dir /tmp/gardien-bench-pglite-XXXX [--seconds 60] [--clients 4]
//     [--flags="…"] (Node flags instead of package.json's; --flags= for none)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { serverFlags } from './server-flags.ts';
import { startEmbeddedServer } from './embedded-server.ts';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string' },
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '4' },
    email: { type: 'string', default: 'manager@bench-000.gardien.test' },
    password: { type: 'string', default: 'gardien-bench' },
    flags: { type: 'string' },
  },
});
if (!args.dir) throw new Error('--dir DATA_DIR is required (a folder kept by bench/tickets.ts --db pglite --keep)');
const flags = serverFlags(args.flags === undefined ? [] : [`--flags=${args.flags}`]);
const seconds = Number(args.seconds);
const clients = Number(args.clients);
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

const status = (pid: number, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

console.log(`${new Date().toISOString()}  node bench/memory.ts ${process.argv.slice(2).join(' ')}`);
console.log(`server: DATA_DIR=${args.dir} node ${[...flags, 'src/main.ts', 'serve'].join(' ')} (Node ${process.version})`);
console.log(`before: ${uptime()}`);
const loadBefore = loadavg()[0]!;

const started = performance.now();
const { child, base } = await startEmbeddedServer(flags, args.dir);
const pid = child.pid!;
const readyMs = performance.now() - started;
const peakAtReady = status(pid, 'VmHWM');
const rssAtReady = status(pid, 'VmRSS');

const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: args.email, password: args.password }) });
if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
const cookie = login.headers.getSetCookie().find((c) => c.startsWith('gardien_session='))!.split(';')[0]!;
const get = async (path: string) => {
  const response = await fetch(`${base}/api/v1${path}`, { headers: { cookie } });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 200)}`);
  return JSON.parse(body) as { items?: { number: number }[]; nextCursor?: string | null };
};
// The agency's tickets are numbered 1..n: find n by halving (a missing number answers 404).
const exists = async (n: number) => (await fetch(`${base}/api/v1/tickets/${n}`, { headers: { cookie } })).status === 200;
let [low, high] = [1, 2];
while (await exists(high)) [low, high] = [high, high * 2];
while (high - low > 1) {
  const mid = Math.floor((low + high) / 2);
  if (await exists(mid)) low = mid;
  else high = mid;
}
const newest = low;

// What the cockpit asks, varied: every client walks this list from another starting point.
const LISTS = ['scope=all', 'scope=open', 'scope=closed', 'scope=today', 'scope=open&needsAction=true', 'scope=open&waitingOn=contractor', 'scope=all&type=ODS', 'scope=open&unassigned=true'];
const SEARCHES = ['fuite cuisine', 'interphone cave', 'serrure', 'chauffage panne', 'ascenseur', 'vitre cassée', 'moisissure', 'porte de garage'];
type Kind = 'list' | 'next page' | 'search' | 'ticket' | 'history';
const latencies = new Map<Kind, number[]>();
const timed = async <T,>(kind: Kind, run: () => Promise<T>): Promise<T> => {
  const t = performance.now();
  const result = await run();
  (latencies.get(kind) ?? latencies.set(kind, []).get(kind)!).push(performance.now() - t);
  return result;
};

let maxSampled = rssAtReady;
const sampler = setInterval(() => (maxSampled = Math.max(maxSampled, status(pid, 'VmRSS'))), 50);
const cpuBefore = cpuMs(pid);
const until = performance.now() + seconds * 1000;
await Promise.all(
  Array.from({ length: clients }, async (_, client) => {
    for (let i = client * 3; performance.now() < until; i++) {
      const list = LISTS[i % LISTS.length]!;
      let page = await timed('list', () => get(`/tickets?${list}&limit=50`));
      for (let p = 0; p < (i % 5) * 3 && page.nextCursor; p++) {
        const cursor = page.nextCursor;
        page = await timed('next page', () => get(`/tickets?${list}&limit=50&cursor=${encodeURIComponent(cursor)}`));
      }
      const q = i % 9 === 8 ? String(1 + ((i * 7919) % newest)) : SEARCHES[i % SEARCHES.length]!;
      await timed('search', () => get(`/tickets?scope=all&limit=50&q=${encodeURIComponent(q)}`));
      const n = 1 + ((i * 104_729 + client * 613) % newest);
      await timed('ticket', () => get(`/tickets/${n}`));
      await timed('history', () => get(`/tickets/${n}/events`));
    }
  }),
);
clearInterval(sampler);
const cpuLoad = cpuMs(pid) - cpuBefore;
const peakAtEnd = status(pid, 'VmHWM');
const exited = new Promise((r) => child.on('exit', r));
child.kill('SIGTERM');
await exited;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
console.log(`started in ${(readyMs / 1000).toFixed(1)} s: RSS ${rssAtReady.toFixed(0)} MB, peak so far (VmHWM) ${peakAtReady.toFixed(0)} MB`);
console.log(`${seconds} s of load, ${clients} clients, agency's newest ticket n°${newest}; server CPU ${(cpuLoad / 1000).toFixed(1)} s during the load`);
for (const [kind, xs] of latencies) {
  console.log(`  ${kind.padEnd(10)} ${String(xs.length).padStart(6)} requests   p50 ${pct(xs, 50).toFixed(1).padStart(7)} ms   p95 ${pct(xs, 95).toFixed(1).padStart(7)} ms`);
}
console.log(`largest RSS sample during the load ${maxSampled.toFixed(0)} MB; peak RSS of the whole run (VmHWM) ${peakAtEnd.toFixed(0)} MB`);
console.log(`after:  ${uptime()} (1-min load ${loadBefore.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; the machine is shared)`);
