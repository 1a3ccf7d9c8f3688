// Inbound email benchmark (PostgreSQL): a Gardien server started as the product starts it
// (`node src/main.ts serve`, a database of its own with the demo agency, WORKERS=0), then
//  1. N small messages (a resident's request, 1.5 KB) POSTed to /api/v1/inbound/email by C
//     concurrent clients: messages per second, latency percentiles, tickets made;
//  2. the same through the SMTP listener (C connections, one message per transaction), when the
//     listener is there (SMTP_INBOUND_PORT);
//  3. one 20 MB message (a 20 MB attachment, base64): the server's peak memory (VmHWM) over its
//     resident memory before, against the message's size.
// Run: node bench/inbound.ts [--count 2000] [--concurrency 16] [--big-mb 20] [--servers 1]
// (--kind auto: out-of-office replies, recorded and ignored, no ticket; --servers 2: two web processes on the one PostgreSQL, as several servers run; the clients
// share themselves between them as a proxy would.)
// Needs PostgreSQL on 127.0.0.1:5432 (user postgres; another: BENCH_POSTGRES_URL).
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import pg from 'pg';
import nodemailer from 'nodemailer';

const { values: args } = parseArgs({ options: { count: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '16' }, 'big-mb': { type: 'string', default: '20' }, servers: { type: 'string', default: '1' }, kind: { type: 'string', default: 'new' } } });
if (args.kind !== 'new' && args.kind !== 'auto') throw new Error('--kind must be new (each message a new ticket) or auto (out-of-office replies: recorded, ignored)');
const serverCount = Number(args.servers);
const count = Number(args.count);
const concurrency = Number(args.concurrency);
const bigBytes = Number(args['big-mb']) * 1024 * 1024;
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const serverUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `gardien_bench_inbound_${process.pid}`;
const dataDir = `/tmp/gardien-bench-inbound-${process.pid}`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function memory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Resets the peak (VmHWM) of a process to its current RSS (Linux: write 5 to clear_refs). */
function resetPeak(pid: number) {
  try {
    execFileSync('sh', ['-c', `echo 5 > /proc/${pid}/clear_refs`]);
  } catch {
    // not permitted: the peak then counts from the start
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

let counter = 0;
function smallMessage(to: string): string {
  counter += 1;
  return [
    `From: Nadia Benali <nadia.benali@example.test>`, `To: ${to}`, `Subject: Fuite n°${counter} dans la salle de bain`,
    `Message-ID: <bench-${process.pid}-${counter}@client.example.test>`, 'Date: Tue, 01 Dec 2026 09:12:00 +0100', 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', ...(args.kind === 'auto' ? ['Auto-Submitted: auto-replied'] : []), '',
    `Bonjour,\r\n\r\nde l’eau coule du plafond de la salle de bain depuis ce matin. ${'Le voisin du dessus est absent. '.repeat(30)}\r\n\r\nNadia Benali\r\n`,
  ].join('\r\n');
}

async function run<T>(total: number, lanes: number, one: (i: number) => Promise<T>): Promise<{ seconds: number; latencies: number[]; results: T[] }> {
  const latencies: number[] = [];
  const results: T[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: lanes }, async () => {
    while (next < total) {
      const i = next++;
      const at = performance.now();
      results.push(await one(i));
      latencies.push(performance.now() - at);
    }
  }));
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), results };
}

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/${name}`;
const ports: number[] = [];
const smtpPorts: number[] = [];
for (let i = 0; i < serverCount; i++) {
  ports.push(await freePort());
  smtpPorts.push(await freePort());
}
const envOf = (i: number) => ({ ...process.env, DATABASE_URL: databaseUrl.toString(), DATA_DIR: `${dataDir}-${i}`, PORT: String(ports[i]), SMTP_INBOUND_PORT: String(smtpPorts[i]), WORKERS: '0', LOG_LEVEL: 'warn', INBOUND_DOMAIN: 'entrant.bench.test', DEMO_TICKETS: '0', INBOUND_MAX_BYTES: String(bigBytes * 2), GARDIEN_SECRET: `bench-secret-${process.pid}` });
execFileSync(process.execPath, [MAIN, 'demo'], { env: envOf(0), stdio: 'ignore' });
const servers = ports.map((_, i) => spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), '--liftoff-only', '--max-semi-space-size=4', MAIN, 'serve'], { env: envOf(i), stdio: ['ignore', 'pipe', 'inherit'] }));
const server = servers[0]!;
const smtpPort = smtpPorts[0]!;
try {
  await Promise.all(servers.map((one) => new Promise<void>((resolve, reject) => {
    one.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Gardien is running') && resolve());
    one.on('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  })));
  const bases = ports.map((p) => `http://127.0.0.1:${p}`);
  const base = bases[0]!;
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@demo.gardien.test', password: 'gardien-demo' }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const settings = (await (await fetch(`${base}/api/v1/settings/inbound`, { headers: { cookie } })).json()) as { secret: string; addresses: { address: string }[] };
  const to = settings.addresses[0]!.address;
  console.log(`Inbound benchmark on PostgreSQL, ${serverCount} web process(es), ${count} small messages (${Buffer.byteLength(smallMessage(to))} bytes), ${concurrency} concurrent clients; load before ${load()}`);

  const post = (raw: string | Buffer, i = 0) =>
    fetch(`${bases[i % serverCount]}/api/v1/inbound/email`, { method: 'POST', headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${settings.secret}` }, body: typeof raw === 'string' ? raw : new Uint8Array(raw) }).then(async (r) => ((await r.json()) as { outcome: string }).outcome);
  await run(50, concurrency, () => post(smallMessage(to))); // warm-up
  const http = await run(count, concurrency, (i) => post(smallMessage(to), i));
  const made = http.results.filter((o) => o === (args.kind === 'auto' ? 'ignored' : 'ticket_created')).length;
  console.log(`HTTP door: ${(count / http.seconds).toFixed(0)} messages/s; latency p50 ${percentile(http.latencies, 50).toFixed(0)} ms, p95 ${percentile(http.latencies, 95).toFixed(0)} ms, p99 ${percentile(http.latencies, 99).toFixed(0)} ms; ${made}/${count} ${args.kind === 'auto' ? 'ignored' : 'tickets made'}; load ${load()}`);

  const smtpOpen = await new Promise<boolean>((resolve) => {
    const socket = new Socket();
    socket.once('error', () => resolve(false));
    socket.connect(smtpPort, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
  }).catch(() => false);
  if (smtpOpen) {
    const transports = smtpPorts.map((p) => nodemailer.createTransport({ host: '127.0.0.1', port: p, secure: false, ignoreTLS: true, pool: true, maxConnections: Math.ceil(concurrency / serverCount), maxMessages: Infinity }));
    const smtp = await run(count, concurrency, (i) => transports[i % serverCount]!.sendMail({ envelope: { from: 'nadia.benali@example.test', to: [to] }, raw: smallMessage(to) }).then(() => 'sent'));
    for (const transport of transports) transport.close();
    console.log(`SMTP door: ${(count / smtp.seconds).toFixed(0)} messages/s; latency p50 ${percentile(smtp.latencies, 50).toFixed(0)} ms, p95 ${percentile(smtp.latencies, 95).toFixed(0)} ms; load ${load()}`);
  } else {
    console.log('SMTP door: no listener on its port (not measured).');
  }

  // One big message: a 20 MB attachment.
  const attachment = Buffer.alloc(bigBytes, 7).toString('base64').replace(/.{76}/g, '$&\r\n');
  const big = Buffer.from([
    'From: Nadia Benali <nadia.benali@example.test>', `To: ${to}`, 'Subject: Vidéo de la fuite', `Message-ID: <bench-big-${process.pid}@client.example.test>`,
    'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: text/plain; charset=utf-8', '', 'La vidéo est jointe.', '--b1',
    'Content-Type: video/mp4; name="fuite.mp4"', 'Content-Disposition: attachment; filename="fuite.mp4"', 'Content-Transfer-Encoding: base64', '', attachment, '--b1--', '',
  ].join('\r\n'));
  await new Promise((r) => setTimeout(r, 2000));
  resetPeak(server.pid!);
  const before = memory(server.pid!);
  const at = performance.now();
  const outcome = await post(big);
  const after = memory(server.pid!);
  const grew = after.hwm - before.rss;
  console.log(`Big message (${(big.length / 1024 / 1024).toFixed(1)} MiB on the wire, a ${(bigBytes / 1024 / 1024).toFixed(0)} MiB file in base64): ${outcome} in ${((performance.now() - at) / 1000).toFixed(1)} s; server RSS before ${(before.rss / 1048576).toFixed(0)} MiB, peak ${(after.hwm / 1048576).toFixed(0)} MiB: +${(grew / 1048576).toFixed(0)} MiB = ${(grew / big.length).toFixed(2)}× the message (${(grew / bigBytes).toFixed(2)}× the file)`);
} finally {
  for (const one of servers) {
    one.kill('SIGTERM');
    await new Promise((r) => one.once('exit', r));
  }
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  for (let i = 0; i < serverCount; i++) rmSync(`${dataDir}-${i}`, { recursive: true, force: true });
}
