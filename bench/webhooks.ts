// Webhooks benchmark (PostgreSQL, in process): what a webhook costs a change, and how fast the
// workers drain a burst of deliveries to a receiver on loopback.
// 1. N ticket creations through the API with no webhook, then with two webhooks subscribed to
//    every event: the median and p95 of one creation (the reactor's read and its rows).
// 2. A burst of M events queued for one webhook (queueWebhookEvents), then drained by the
//    webhook worker as `serve` runs it: deliveries per second, duplicates at the receiver.
// Run: node bench/webhooks.ts [--tickets 200] [--burst 2000]
// Needs PostgreSQL on 127.0.0.1:5432 (user postgres; another: BENCH_POSTGRES_URL).
import { createServer } from 'node:http';
import { rmSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { buildContext } from '../src/runtime/build-context.ts';
import { buildApp } from '../src/http/app.ts';
import { systemClock } from '../src/context.ts';
import { queueWebhookEvents } from '../src/webhooks/queue-webhook-deliveries.ts';
import { startWebhookWorker } from '../src/jobs/webhook-worker.ts';
import { WEBHOOK_EVENT_TYPES } from '../src/domain/webhooks/webhook-events.ts';
import { DEMO_SLUG } from '../src/demo/demo-agency.ts';
import { sql } from 'drizzle-orm';

const { values: args } = parseArgs({ options: { tickets: { type: 'string', default: '200' }, burst: { type: 'string', default: '2000' } } });
const ticketCount = Number(args.tickets);
const burst = Number(args.burst);
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `gardien_bench_webhooks_${process.pid}`;
const dataDir = `/tmp/gardien-bench-webhooks-${process.pid}`;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

const received = new Map<string, number>();
const receiver = createServer((request, response) => {
  const id = String(request.headers['gardien-delivery']);
  received.set(id, (received.get(id) ?? 0) + 1);
  request.resume();
  request.on('end', () => response.writeHead(204).end());
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

const adminDb = new pg.Client({ connectionString: server });
await adminDb.connect();
await adminDb.query(`create database ${name}`);
const databaseUrl = server.replace(/\/[^/]*$/, `/${name}`);
try {
  const config = loadConfig({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_INBOUND_PORT: '0', WEBHOOK_PRIVATE_HOSTS: '1' });
  const database = await openDatabase({ databaseUrl, dataDir, poolSize: 10 });
  await migrateDatabase(database);
  await loadDemo(database.db);
  const ctx = await buildContext({ db: database.db, databaseKind: 'postgres', config, clock: systemClock });
  const app = await buildApp(ctx, { logLevel: false });
  const login = async (email: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'gardien-demo' } });
    return `gardien_session=${response.cookies.find((c) => c.name === 'gardien_session')!.value}`;
  };
  const manager = await login('manager@demo.gardien.test');
  const admin = await login('admin@demo.gardien.test');
  const call = (cookie: string, method: 'GET' | 'POST', path: string, payload?: object) => app.inject({ method, url: path, headers: { cookie }, ...(payload ? { payload } : {}) });
  const properties = (await call(manager, 'GET', '/api/v1/properties?limit=1')).json().items as { id: string }[];
  const contractors = (await call(manager, 'GET', '/api/v1/contractors?limit=1')).json().items as { id: string }[];
  const create = async (i: number) => {
    const started = performance.now();
    const response = await call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: properties[0]!.id, subject: `Bench ${i}`, description: 'Webhooks bench', contractors: [{ contractorId: contractors[0]!.id, channels: ['email'] }],
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return performance.now() - started;
  };
  for (let i = 0; i < 20; i++) await create(i); // warm-up
  const without: number[] = [];
  for (let i = 0; i < ticketCount; i++) without.push(await create(i));
  for (const description of ['A', 'B']) {
    const made = await call(admin, 'POST', '/api/v1/webhooks', { url, description, eventTypes: [...WEBHOOK_EVENT_TYPES] });
    if (made.statusCode !== 201) throw new Error(made.body);
  }
  const withHooks: number[] = [];
  for (let i = 0; i < ticketCount; i++) withHooks.push(await create(i));
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`load ${load()}`);
  console.log(`ticket creation, ${ticketCount} each: no webhook median ${ms(quantile(without, 0.5))} p95 ${ms(quantile(without, 0.95))}; two webhooks median ${ms(quantile(withHooks, 0.5))} p95 ${ms(quantile(withHooks, 0.95))}`);

  // Drain what the creations queued, then the burst.
  const worker = startWebhookWorker(ctx, { concurrency: 10 });
  const organizationId = ((await database.db.execute(sql`select id from organizations where slug = ${DEMO_SLUG}`)) as unknown as { rows: { id: string }[] }).rows[0]!.id;
  const drained = async () => {
    for (;;) {
      const result = (await database.db.execute(sql`select count(*)::int as n from webhook_deliveries where state in ('queued','sending')`)) as unknown as { rows: { n: number }[] };
      if (Number(result.rows[0]!.n) === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await drained();
  const before = received.size;
  const queuedAt = performance.now();
  await database.db.transaction(async (tx) => {
    await queueWebhookEvents(tx, { ...ctx, db: tx }, Array.from({ length: burst / 2 }, (_, i) => ({ organizationId, type: 'ticket.changed' as const, data: { n: i } })));
  });
  const queuedMs = performance.now() - queuedAt;
  worker.wake();
  const startedAt = performance.now();
  await drained();
  const drainMs = performance.now() - startedAt;
  const twice = [...received.values()].filter((n) => n > 1).length;
  console.log(`burst: ${burst} deliveries (${burst / 2} events × 2 webhooks) queued in one transaction in ${ms(queuedMs)}; drained by one worker (10 at once) in ${(drainMs / 1000).toFixed(1)} s = ${Math.round(((received.size - before) / drainMs) * 1000)} deliveries/s; received twice: ${twice}`);
  await worker.stop();
  await app.close();
  await database.close();
} finally {
  receiver.close();
  await adminDb.query(`drop database if exists ${name} with (force)`);
  await adminDb.end();
  rmSync(dataDir, { recursive: true, force: true });
}
