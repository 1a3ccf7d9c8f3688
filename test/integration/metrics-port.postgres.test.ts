// METRICS_PORT in real processes (PostgreSQL: a web process and a `gardien worker` on one
// database): each opens its admin listener, scraped without a token; the worker's automation
// pass, triggered by a job, moves its own counters, which the web process does not count.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startServe, type RunningServer } from '../support/cli-process.ts';
import { parseScrape, type Scrape } from '../support/prometheus.ts';
import { startJobQueue, AUTOMATION_QUEUE } from '../../src/jobs/job-queue.ts';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
let t: TestApp;
let worker: { child: ChildProcess; output: () => string; exited: Promise<number | null> } | undefined;
let server: RunningServer | undefined;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function until<T>(what: string, read: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function scrape(port: number): Promise<Scrape> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  expect(response.status).toBe(200);
  return parseScrape(await response.text());
}

const env = () => ({ DATABASE_URL: t.testDatabase.url!, DATA_DIR: t.ctx.config.dataDir, GARDIEN_SECRET: 'metrics-port-test-secret', LOG_LEVEL: 'silent', SMTP_INBOUND_PORT: '0' });

beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(async () => {
  worker?.child.kill('SIGTERM');
  await worker?.exited;
  await server?.stop();
  await t?.close();
});

describe('the metrics port', () => {
  it('when a worker and a web process run with METRICS_PORT, then each serves its own metrics there, and the worker counts its automation pass', async () => {
    const [workerPort, webPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, [MAIN, 'worker'], { env: { ...process.env, ...env(), METRICS_PORT: String(workerPort) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    worker = { child, output: () => out, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
    await until('the worker to open its metrics port', () => out, (o) => o.includes(`Metrics (Prometheus) on http://127.0.0.1:${workerPort}/metrics.`));
    server = await startServe({ ...env(), WORKERS: '0', METRICS_PORT: String(webPort) });
    await until('the web process to open its metrics port', () => server!.output(), (o) => o.includes(`:${webPort}/metrics`));

    const first = await scrape(workerPort);
    expect(first.value('gardien_database_info', { kind: 'postgres' })).toBe(1);
    expect(first.series('gardien_job_queue_lag_seconds').map((s) => s.labels.queue)).toEqual(expect.arrayContaining(['automation', 'maintenance']));
    const passesBefore = first.value('gardien_automation_passes_total', { result: 'ok' });

    // A pass now, rather than at the next minute of its schedule.
    t.ctx.jobs = await startJobQueue(t.testDatabase.database, { ...t.ctx.config, databaseUrl: t.testDatabase.url });
    await t.ctx.jobs.boss.send(AUTOMATION_QUEUE, {});
    const after = await until('the worker to count a pass', () => scrape(workerPort), (s) => s.value('gardien_automation_passes_total', { result: 'ok' }) > passesBefore);
    expect(after.value('gardien_automation_pass_duration_seconds_count')).toBe(after.value('gardien_automation_passes_total'));

    // The web process answers HTTP and counts it; it ran no pass (WORKERS=0).
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const web = await until('the web process to count /healthz', () => scrape(webPort), (s) => s.value('gardien_http_requests_total', { route: '/healthz', status: '200' }) >= 1);
    expect(web.value('gardien_automation_passes_total')).toBe(0);
    // The worker serves no HTTP API: its request counter never moved.
    expect(after.value('gardien_http_requests_total')).toBe(0);

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    worker = undefined;
  });
});
