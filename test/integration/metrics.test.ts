// GET /metrics as Prometheus scrapes it, read back by a Prometheus text parser: requests counted
// by route template and status with their durations, the outbox as the database holds it, the
// job queues and their lag, automation passes, inbound messages, the pool; who may scrape
// (METRICS_TOKEN, else loopback only); the admin listener of METRICS_PORT.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs } from '../support/tickets.ts';
import { parseScrape, type Scrape } from '../support/prometheus.ts';
import { startJobQueue, MAINTENANCE_QUEUE, AUTOMATION_QUEUE, type JobQueue } from '../../src/jobs/job-queue.ts';
import { runAutomation } from '../../src/automation/run-automation.ts';
import { startMetricsListener } from '../../src/metrics/metrics-listener.ts';
import { openMetricsPort } from '../../src/metrics/open-metrics-port.ts';
import { createServer } from 'node:net';

let t: TestApp;
let manager: string;

const MAIL_FROM = 'Agence Démo <gestion@agence-demo.test>';

async function scrape(app: TestApp = t): Promise<Scrape> {
  const response = await app.app.inject({ method: 'GET', url: '/metrics' });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseScrape(response.body);
}

beforeAll(async () => {
  // A mailer is configured (nothing listens: no worker runs here), so new messages wait `queued`.
  t = await createTestApp({ SMTP_URL: 'smtp://127.0.0.1:9', MAIL_FROM, INBOUND_DOMAIN: 'entrant.agence-demo.test' });
  t.ctx.jobs = await startJobQueue(t.testDatabase.database, { ...t.ctx.config, databaseUrl: t.testDatabase.url });
  manager = await t.login('manager@demo.gardien.test');
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('the scrape', () => {
  it('when requests are answered, then each is counted once under its route template and status, with its duration', async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i++) expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await t.call(manager, 'GET', '/api/v1/tickets/999999')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing/42' })).statusCode).toBe(404);
    const after = await scrape();

    const moved = (name: string, labels: Record<string, string>) => after.value(name, labels) - before.value(name, labels);
    expect(after.types.get('gardien_http_requests_total')).toBe('COUNTER');
    expect(after.types.get('gardien_http_request_duration_seconds')).toBe('HISTOGRAM');
    expect(moved('gardien_http_requests_total', { method: 'GET', route: '/healthz', status: '200' })).toBe(3);
    expect(moved('gardien_http_request_duration_seconds_count', { method: 'GET', route: '/healthz', status: '200' })).toBe(3);
    expect(moved('gardien_http_request_duration_seconds_bucket', { method: 'GET', route: '/healthz', status: '200', le: '+Inf' })).toBe(3);
    expect(moved('gardien_http_request_duration_seconds_sum', { method: 'GET', route: '/healthz', status: '200' })).toBeGreaterThan(0);
    // A 404 of a known route keeps its template; the ticket's number never becomes a label.
    expect(moved('gardien_http_requests_total', { method: 'GET', route: '/api/v1/tickets/:number', status: '404' })).toBe(1);
    expect(moved('gardien_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
    const routes = after.series('gardien_http_requests_total').map((s) => s.labels.route!);
    expect(routes.filter((r) => /999999|no-such-thing/.test(r))).toEqual([]);
  });

  it('when a work order is created, then the outbox gauge says what the database holds by channel and state, and the oldest queued message ages with the clock', async () => {
    const refs = await demoRefs(t, manager);
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Fuite au 2e', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const counted = await t.ctx.db.execute(sql`select channel, state, count(*)::int as n from outbox_messages group by 1, 2`);
    const rows = (Array.isArray(counted) ? counted : (counted as { rows: unknown[] }).rows) as { channel: string; state: string; n: number }[];
    expect(rows.some((r) => r.state === 'queued' && r.n > 0)).toBe(true);

    t.clock.current = new Date(t.clock.current.getTime() + 120_000);
    const s = await scrape();
    const gauge = s.series('gardien_outbox_messages').filter((x) => x.value > 0).map((x) => `${x.labels.channel}/${x.labels.state}=${x.value}`).sort();
    expect(gauge).toEqual(rows.map((r) => `${r.channel}/${r.state}=${Number(r.n)}`).sort());
    expect(s.value('gardien_outbox_oldest_queued_seconds')).toBeGreaterThanOrEqual(120);
    expect(s.value('gardien_scrape_collector_up', { collector: 'gardien_outbox_messages' })).toBe(1);
  });

  it('when a webhook is subscribed and a ticket is created, then the webhook deliveries gauge says what the database holds by state', async () => {
    const admin = await t.login('admin@demo.gardien.test');
    const hook = await t.call(admin, 'POST', '/api/v1/webhooks', { url: 'https://compta.example.com/hooks', eventTypes: ['ticket.created'] });
    expect(hook.statusCode, hook.body).toBe(201);
    const refs = await demoRefs(t, manager);
    expect((await t.call(manager, 'POST', '/api/v1/tickets', { type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Volet cassé', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }] })).statusCode).toBe(201);
    const counted = await t.ctx.db.execute(sql`select state, count(*)::int as n from webhook_deliveries group by 1`);
    const rows = (Array.isArray(counted) ? counted : (counted as { rows: unknown[] }).rows) as { state: string; n: number }[];
    expect(rows.find((r) => r.state === 'queued')?.n).toBeGreaterThanOrEqual(1);
    const s = await scrape();
    expect(s.series('gardien_webhook_deliveries').map((x) => `${x.labels.state}=${x.value}`).sort()).toEqual(rows.map((r) => `${r.state}=${Number(r.n)}`).sort());
    expect((await t.call(admin, 'DELETE', `/api/v1/webhooks/${hook.json().id}`)).statusCode).toBe(204);
  });

  it('when a job has waited a minute past its start, then the queues are listed with their jobs by state and that lag', async () => {
    await t.ctx.jobs!.boss.send(MAINTENANCE_QUEUE, {}, { startAfter: new Date(Date.now() - 60_000) });
    const s = await scrape();
    expect(s.value('gardien_job_queue_jobs', { queue: MAINTENANCE_QUEUE, state: 'created' })).toBe(1);
    expect(s.value('gardien_job_queue_lag_seconds', { queue: MAINTENANCE_QUEUE })).toBeGreaterThanOrEqual(59);
    // Every queue is listed, pg-boss's own (its cron's) too.
    expect(s.series('gardien_job_queue_lag_seconds').map((x) => x.labels.queue)).toEqual(expect.arrayContaining([AUTOMATION_QUEUE, MAINTENANCE_QUEUE]));
    expect(s.value('gardien_job_queue_lag_seconds', { queue: AUTOMATION_QUEUE })).toBe(0);
    expect(s.value('gardien_scrape_collector_up', { collector: 'gardien_job_queue_jobs' })).toBe(1);
  });

  it('when an automation pass runs, then the pass is counted and timed, and what it did is counted by kind', async () => {
    const before = await scrape();
    // Ten days on, the work order's contractor is reminded.
    t.clock.current = new Date(t.clock.current.getTime() + 10 * 86_400_000);
    const result = await runAutomation(t.ctx);
    const after = await scrape();
    expect(after.value('gardien_automation_passes_total', { result: 'ok' }) - before.value('gardien_automation_passes_total', { result: 'ok' })).toBe(1);
    expect(after.value('gardien_automation_pass_duration_seconds_count') - before.value('gardien_automation_pass_duration_seconds_count')).toBe(1);
    const did = Object.entries(result).filter(([, n]) => n > 0);
    expect(did.length).toBeGreaterThan(0);
    for (const [kind, n] of Object.entries(result)) {
      expect(after.value('gardien_automation_items_total', { kind }) - before.value('gardien_automation_items_total', { kind }), kind).toBe(n);
    }
  });

  it('when an email comes in, then it is counted once by channel and outcome, and the same message again is not', async () => {
    // The clock moved ten days: a new session.
    const admin = await t.login('admin@demo.gardien.test');
    const settings = (await t.call(admin, 'GET', '/api/v1/settings/inbound')).json();
    const to = settings.addresses.find((a: { kind: string }) => a.kind === 'agency').address;
    const raw = [`Message-ID: <metrics-${Date.now()}@client.example.test>`, 'From: Nadia Benali <nadia.benali@example.test>', `To: ${to}`, 'Subject: Porte du hall', 'Content-Type: text/plain; charset=utf-8', '', 'La porte du hall ne ferme plus.'].join('\r\n');
    const post = () => t.app.inject({ method: 'POST', url: '/api/v1/inbound/email', headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${settings.secret}` }, payload: raw });
    const before = await scrape();
    expect((await post()).json().outcome).toBe('ticket_created');
    expect((await post()).json().reason).toBe('duplicate');
    const after = await scrape();
    const labels = { channel: 'email', outcome: 'ticket_created' };
    expect(after.value('gardien_inbound_messages_total', labels) - before.value('gardien_inbound_messages_total', labels)).toBe(1);
    expect(after.value('gardien_inbound_messages_total') - before.value('gardien_inbound_messages_total')).toBe(1);
  });

  it('when scraped, then the database connections and Node\'s process metrics are there', async () => {
    const s = await scrape();
    expect(s.value('gardien_database_info', { kind: t.ctx.databaseKind })).toBe(1);
    if (t.ctx.databaseKind === 'postgres') {
      expect(s.value('gardien_db_pool_connections', { state: 'max' })).toBe(5);
      expect(s.value('gardien_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
      expect(s.series('gardien_db_pool_connections').map((x) => x.labels.state).sort()).toEqual(['idle', 'max', 'total', 'waiting']);
    } else {
      expect(s.series('gardien_db_pool_connections').map((x) => `${x.labels.state}=${x.value}`).sort()).toEqual(['max=1', 'total=1']);
    }
    expect(s.types.get('gardien_process_cpu_user_seconds_total')).toBe('COUNTER');
    expect(s.value('gardien_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('when the admin listener runs, then it serves the same metrics without a token, and nothing else', async () => {
    const listener = await startMetricsListener(t.ctx.metrics!, { host: '127.0.0.1', port: 0 });
    try {
      const response = await fetch(`http://127.0.0.1:${listener.port}/metrics`);
      expect(response.status).toBe(200);
      const s = parseScrape(await response.text());
      expect(s.value('gardien_http_requests_total', { route: '/healthz', status: '200' })).toBeGreaterThanOrEqual(3);
      const other = await fetch(`http://127.0.0.1:${listener.port}/api/v1/tickets`);
      expect(other.status).toBe(404);
      expect((await other.json()).error.code).toBe('route_not_found');
    } finally {
      await listener.close();
    }
  });

  it('when METRICS_PORT is taken, then the process says so and runs on without it', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const lines: string[] = [];
      const errors: string[] = [];
      const ctx = { ...t.ctx, config: { ...t.ctx.config, metrics: { port, host: '127.0.0.1' } } };
      expect(await openMetricsPort(ctx, (l) => lines.push(l), (l) => errors.push(l))).toBeUndefined();
      expect(lines).toEqual([]);
      expect(errors).toEqual([expect.stringMatching(new RegExp(`^Metrics could not listen on 127\\.0\\.0\\.1:${port} \\(.*EADDRINUSE.*\\); running without the metrics port`))]);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('when the OpenAPI document is read, then /metrics is not in it (an operator\'s endpoint)', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.json().paths)).toContain('/healthz');
    expect(Object.keys(doc.json().paths)).not.toContain('/metrics');
  });
});

describe('who may scrape', () => {
  it('when no METRICS_TOKEN is set, then loopback clients read the metrics and others get 403 metrics_forbidden, behind a proxy too', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '::1' })).statusCode).toBe(200);
    const far = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });
    expect(far.statusCode).toBe(403);
    expect(far.json().error.code).toBe('metrics_forbidden');
    expect(far.json().error.message).toContain('METRICS_TOKEN');
    // A reverse proxy on this machine without TRUST_PROXY: the connection is loopback, the
    // forwarding header says it is not this machine asking.
    const viaLocalProxy = await t.app.inject({ method: 'GET', url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(viaLocalProxy.statusCode).toBe(403);
    expect(viaLocalProxy.json().error.code).toBe('metrics_forbidden');
    const proxied = await createTestApp({ TRUST_PROXY: '1' });
    try {
      const forwarded = await proxied.app.inject({ method: 'GET', url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(forwarded.statusCode).toBe(403);
      expect(forwarded.json().error.code).toBe('metrics_forbidden');
    } finally {
      await proxied.close();
    }
  });

  it('when METRICS_TOKEN is set, then the metrics need it as a bearer token: 401 without, 403 wrong, 200 right from anywhere', async () => {
    const token = 'scrape-me-7f3a9c1e2b';
    const guarded = await createTestApp({ METRICS_TOKEN: token });
    try {
      const get = (headers: Record<string, string>) => guarded.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9', headers });
      const none = await get({});
      expect(none.statusCode).toBe(401);
      expect(none.json().error.code).toBe('metrics_token_required');
      const wrong = await get({ authorization: `Bearer ${token}x` });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error.code).toBe('metrics_token_invalid');
      // Loopback is no exception once a token is set.
      expect((await guarded.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
      const right = await get({ authorization: `Bearer ${token}` });
      expect(right.statusCode).toBe(200);
      expect(parseScrape(right.body).value('gardien_http_requests_total', { route: '/metrics', status: '401' })).toBe(2);

      // A gauge whose query fails (a job queue said to be there, pg-boss's schema missing from
      // this database) is empty and said down; the rest of the scrape still answers.
      guarded.ctx.jobs = { boss: { getQueues: async () => [] }, stop: async () => undefined } as unknown as JobQueue;
      const degraded = await get({ authorization: `Bearer ${token}` });
      expect(degraded.statusCode).toBe(200);
      const s = parseScrape(degraded.body);
      expect(s.value('gardien_scrape_collector_up', { collector: 'gardien_job_queue_jobs' })).toBe(0);
      expect(s.series('gardien_job_queue_jobs')).toEqual([]);
      expect(s.value('gardien_scrape_collector_up', { collector: 'gardien_outbox_messages' })).toBe(1);
      expect(s.series('gardien_outbox_oldest_queued_seconds')).toEqual([{ labels: {}, value: 0 }]);
    } finally {
      await guarded.close();
    }
  });
});
