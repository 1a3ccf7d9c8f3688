// Delivery benchmark (PostgreSQL): a burst of N queued emails in a database of its own, sent by
// `gardien worker` processes (started as the product starts them) to a loopback SMTP server that
// counts what arrives by Message-ID. Prints the cost of queueing, emails/s sustained, the time
// to drain, and duplicates. With --kill, the first worker is SIGKILLed halfway and restarted:
// how long from its restart until every message it held is sent.
// Run: node bench/delivery.ts [--count 10000] [--workers 1] [--kill] [--max-seconds 600]
// Needs PostgreSQL on 127.0.0.1:5432 (user postgres; another: BENCH_POSTGRES_URL).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { insertOutboxMessages, type NewOutboxMessage } from '../src/db/repositories/outbox.ts';
import { startJobQueue } from '../src/jobs/job-queue.ts';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    workers: { type: 'string', default: '1' },
    kill: { type: 'boolean', default: false },
    'max-seconds': { type: 'string', default: '600' },
    batch: { type: 'string', default: '500' },
  },
});
const count = Number(args.count);
const workerCount = Number(args.workers);
const maxSeconds = Number(args['max-seconds']);
const batch = Number(args.batch);
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const PUBLIC_URL = 'https://gardien.bench.test';
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `gardien_bench_delivery_${process.pid}`;
const dataDir = `/tmp/gardien-bench-delivery-${process.pid}`;
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const ticksPerSecond = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}

// The SMTP server: counts arrivals by Message-ID (the outbox row's id), reading only the headers.
const arrivals = new Map<string, number[]>();
let connections = 0;
const smtp = new SMTPServer({
  onConnect(_session, callback) {
    connections++;
    callback();
  },
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 8192) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      const id = /^Message-ID:\s*<([^@>]+)@/im.exec(head)?.[1];
      if (id) arrivals.set(id, [...(arrivals.get(id) ?? []), performance.now()]);
      callback();
    });
  },
});
// A client killed mid-conversation resets its connection: that is the test, not an error.
smtp.on('error', () => undefined);
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
const databaseUrl = url.toString();

interface Worker {
  child: ChildProcess;
  owner: Promise<string | undefined>;
  ready: Promise<void>;
  exited: Promise<void>;
  output: () => string;
}

function startWorker(): Worker {
  const child = spawn(process.execPath, [MAIN, 'worker'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SMTP_URL: smtpUrl, MAIL_FROM: 'Agence Bench <gestion@bench.test>', PUBLIC_URL, DATA_DIR: dataDir, LOG_LEVEL: 'silent', GARDIEN_SECRET: 'bench-secret-bench-secret-bench-secret' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let readyResolve: () => void = () => undefined;
  let ownerResolve: (owner: string | undefined) => void = () => undefined;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  const owner = new Promise<string | undefined>((resolve) => (ownerResolve = resolve));
  const read = (d: Buffer) => {
    out += d;
    const found = /delivery: worker ([0-9a-f-]{36})/.exec(out);
    if (found) ownerResolve(found[1]);
    if (out.includes('Gardien worker running')) {
      ownerResolve(undefined);
      readyResolve();
    }
  };
  child.stdout!.on('data', read);
  child.stderr!.on('data', read);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  exited.then(() => readyResolve());
  return { child, owner, ready, exited, output: () => out };
}

const distinct = () => {
  let n = 0;
  for (const id of ids) if (arrivals.has(id)) n++;
  return n;
};
const ids: string[] = [];
const workers: Worker[] = [];
let failed = false;
try {
  const database = await openDatabase({ databaseUrl, dataDir, poolSize: 4 });
  await migrateDatabase(database);
  const demo = await loadDemo(database.db);
  const pool = database.pool!;
  // A hundred tickets with a contractor each: every message carries a personal link, minted as it leaves.
  await database.db.execute(sql`
    insert into tickets (organization_id, number, type, status, waiting_on, needs_action, module, property_id, assignee_id, source,
      requested_at, subject, description, reminders, last_handled_at, first_response_due_at, created_at, updated_at)
    select o.id, 100000 + g, 'ODS', 'awaiting_appointment', 'contractor', false, p.module, p.id, p.manager_id, 'staff',
      now(), 'Fuite n°' || g, 'Fuite sous évier', '{}'::jsonb, now(), now(), now(), now()
    from generate_series(1, 100) g
    cross join lateral (select id from organizations where id = ${demo.organizationId}) o
    cross join lateral (select id, module, manager_id from properties where organization_id = o.id order by name limit 1) p`);
  await database.db.execute(sql`
    insert into dispatches (organization_id, ticket_id, position, contractor_id, contractor_name, emails, phones, channels, kind, state,
      state_changed_at, reminder_base_at, created_at, updated_at)
    select t.organization_id, t.id, 1, c.id, c.name, c.emails, c.phones, '{email}', 'work_order', 'requested', now(), now(), now(), now()
    from tickets t cross join lateral (select id, name, emails, phones from contractors where organization_id = t.organization_id order by name limit 1) c
    where t.number > 100000`);
  const targets = (await pool.query('select d.ticket_id, d.id from dispatches d join tickets t on t.id = d.ticket_id where t.number > 100000')).rows as { ticket_id: string; id: string }[];
  const link = `${PUBLIC_URL}/x/••••••••`;
  const message = (i: number): NewOutboxMessage => {
    const target = targets[i % targets.length]!;
    const text = `Bonjour,\n\nNous vous rappelons l'ordre de service n°${100001 + (i % 100)} (fuite sous évier, 12 rue des Lilas, 2e étage gauche).\nMerci de nous indiquer votre date d'intervention : ${link}\n\nCordialement,\nAgence Bench\n`;
    return {
      organizationId: demo.organizationId, ticketId: target.ticket_id, dispatchId: target.id, channel: 'email', template: 'reminder_work_order', language: 'fr',
      recipientName: 'Plomberie Bench', recipients: [`plombier${i % 50}@bench.test`], subject: `[Ticket n°${100001 + (i % 100)}] Relance : ordre de service`,
      text, html: `<html><body>${text.split('\n').map((l) => `<p>${l.replace(link, `<a href="${link}">${link}</a>`)}</p>`).join('')}</body></html>`,
      withLink: 'yes', state: 'queued', createdAt: new Date(),
    };
  };

  const config = loadConfig({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const queue = await startJobQueue(database, config);
  for (let i = 0; i < workerCount; i++) workers.push(startWorker());
  await Promise.all(workers.map((w) => w.ready));
  const owners = await Promise.all(workers.map((w) => w.owner));
  console.log(`${workerCount} worker(s) ready; load average ${load()}`);

  // The burst: N messages written in transactions of `batch`, each queued for delivery inside it.
  const burstStarted = performance.now();
  let enqueueMs = 0;
  for (let done = 0; done < count; done += batch) {
    await database.db.transaction(async (tx) => {
      const rows = await insertOutboxMessages(tx, Array.from({ length: Math.min(batch, count - done) }, (_, k) => message(done + k)));
      const started = performance.now();
      await queue.enqueueDeliveries(tx, rows.map((r) => r.id));
      enqueueMs += performance.now() - started;
      ids.push(...rows.map((r) => r.id));
    });
  }
  const burstWritten = performance.now();
  console.log(`burst of ${count} written in ${seconds(burstWritten - burstStarted)} s; enqueueDeliveries took ${enqueueMs.toFixed(0)} ms in all (${(enqueueMs / Math.ceil(count / batch)).toFixed(1)} ms per transaction of ${batch})`);

  let kill: { at: number; restartedAt: number; orphans: string[]; acceptedUnrecorded: string[]; orphansSentAt?: number } | undefined;
  const deadline = burstWritten + maxSeconds * 1000;
  while (distinct() < count && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    if (args.kill && !kill && distinct() >= count / 2) {
      const victim = workers[0]!;
      victim.child.kill('SIGKILL');
      await victim.exited;
      const at = performance.now();
      const owner = owners[0];
      const held = (await pool.query("select id from outbox_messages where state = 'sending' and ($1::uuid is null or claimed_by = $1)", [owner ?? null])).rows.map((r: { id: string }) => r.id);
      const acceptedUnrecorded = held.filter((id: string) => arrivals.has(id));
      workers[0] = startWorker();
      const restartedAt = performance.now();
      kill = { at, restartedAt, orphans: held, acceptedUnrecorded };
      console.log(`worker 1 killed with ${held.length} messages claimed (${acceptedUnrecorded.length} of them already accepted by SMTP but not recorded); restarted`);
    }
    if (kill && kill.orphansSentAt === undefined && kill.orphans.length > 0) {
      const sent = (await pool.query("select count(*)::int as n from outbox_messages where id = any($1) and state = 'sent'", [kill.orphans])).rows[0].n as number;
      if (sent === kill.orphans.length) kill.orphansSentAt = performance.now();
    }
  }
  // Its messages are delivered when the last of them arrives at the SMTP server.
  const lastOrphan = kill && kill.orphans.every((id) => arrivals.has(id)) ? Math.max(...kill.orphans.map((id) => arrivals.get(id)!.at(-1)!)) : undefined;
  const cpu = workers.map((w) => cpuSeconds(w.child.pid!));
  const times = ids.flatMap((id) => (arrivals.get(id)?.slice(0, 1) ?? [])).sort((a, b) => a - b);
  const delivered = times.length;
  const duplicates = ids.reduce((n, id) => n + Math.max(0, (arrivals.get(id)?.length ?? 0) - 1), 0);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  const sustained = delivered > 20 ? (0.8 * delivered) / ((at(0.9) - at(0.1)) / 1000) : Number.NaN;
  const elapsed = (times.at(-1) ?? performance.now()) - burstWritten;
  const states = (await pool.query("select state, count(*)::int as n from outbox_messages where template = 'reminder_work_order' group by state order by state")).rows.map((r: { state: string; n: number }) => `${r.state} ${r.n}`).join(', ');
  console.log(`${delivered} of ${count} delivered${delivered < count ? ` (stopped after ${maxSeconds} s)` : ''}; outbox: ${states}`);
  console.log(`sustained ${sustained.toFixed(1)} emails/s (between the 10th and 90th percentile of arrivals); ${delivered < count ? `at that rate the burst would drain in ${seconds((count / sustained) * 1000)} s` : `drained ${seconds(elapsed)} s after the burst was written`}`);
  console.log(`duplicates: ${duplicates}; SMTP connections opened: ${connections}`);
  if (kill) {
    console.log(`kill: restart ${seconds(kill.restartedAt - kill.at)} s after the kill; the last of its ${kill.orphans.length} messages arrived ${lastOrphan ? `${seconds(lastOrphan - kill.restartedAt)} s after the restart` : 'NOT within the run'} (recorded sent: ${kill.orphansSentAt ? `${seconds(kill.orphansSentAt - kill.restartedAt)} s` : 'not seen before the burst drained'})`);
    const again = kill.acceptedUnrecorded.filter((id) => (arrivals.get(id)?.length ?? 0) > 1).length;
    console.log(`kill: ${kill.acceptedUnrecorded.length} accepted by SMTP in the instant before the kill and not recorded, ${again} of them sent again; other duplicates: ${duplicates - again}`);
  }
  console.log(`worker CPU: ${cpu.map((c) => `${c.toFixed(1)} s`).join(', ')}${args.kill ? ' (worker 1: the restarted one)' : ''}; load average ${load()}`);
  await queue.stop();
  await database.close();
} catch (error) {
  failed = true;
  console.error(error);
  for (const w of workers) console.error(w.output());
} finally {
  for (const w of workers) {
    w.child.kill('SIGTERM');
    await Promise.race([w.exited, new Promise((r) => setTimeout(r, 15_000))]);
    w.child.kill('SIGKILL');
  }
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
