// The metrics of one application instance (GET /metrics, docs/operations.md "Metrics"): a
// prom-client registry of its own — tests build many apps in one process, so never the global
// default one — with Node's process metrics, the instruments the use cases count on (HTTP
// requests, automation passes, inbound messages), and gauges read at scrape time (the database
// pool, the outbox, the job queues: scrape-gauges.ts).
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type pg from 'pg';
import type { AppContext } from '../context.ts';
import type { AutomationResult } from '../automation/run-automation.ts';
import { registerPoolGauges } from './pool-gauges.ts';
import { registerScrapeGauges } from './scrape-gauges.ts';

export const METRICS_PREFIX = 'gardien_';

export interface Metrics {
  registry: Registry;
  http: {
    requests: Counter<'method' | 'route' | 'status'>;
    duration: Histogram<'method' | 'route' | 'status'>;
  };
  automation: {
    passes: Counter<'result'>;
    duration: Histogram;
    /** What the passes did, by kind (runAutomation's counts). */
    items: Counter<'kind'>;
  };
  /** Inbound messages recorded, by channel and outcome (src/inbound/record-inbound.ts). */
  inbound: Counter<'channel' | 'outcome'>;
  /** The Prometheus text of everything, collected now. */
  scrape(): Promise<string>;
  contentType: string;
}

/** Times one automation pass: call the returned function with its result, or nothing when it failed. */
export function timeAutomationPass(metrics: Metrics | undefined): (result?: AutomationResult) => void {
  if (!metrics) return () => undefined;
  const stop = metrics.automation.duration.startTimer();
  return (result) => {
    stop();
    metrics.automation.passes.inc({ result: result ? 'ok' : 'error' });
    for (const [kind, n] of Object.entries(result ?? {})) if (n > 0) metrics.automation.items.inc({ kind }, n);
  };
}

/** The registry and instruments of one application; `ctx` is read at scrape time (its job queue comes later). */
export function createMetrics(ctx: AppContext, options: { pool?: pg.Pool } = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: METRICS_PREFIX });
  const labelNames = ['method', 'route', 'status'] as const;
  const metrics: Metrics = {
    registry,
    http: {
      requests: new Counter({ name: 'gardien_http_requests_total', help: 'HTTP requests answered, by method, route template (unmatched: no route) and status.', labelNames, registers: [registry] }),
      duration: new Histogram({
        name: 'gardien_http_request_duration_seconds', help: 'Time to answer an HTTP request, by method, route template and status.', labelNames, registers: [registry],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      }),
    },
    automation: {
      passes: new Counter({ name: 'gardien_automation_passes_total', help: 'Automation passes run by this process, by result (ok, error).', labelNames: ['result'], registers: [registry] }),
      duration: new Histogram({ name: 'gardien_automation_pass_duration_seconds', help: 'Time one automation pass took.', registers: [registry], buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] }),
      items: new Counter({ name: 'gardien_automation_items_total', help: 'What the automation passes did, by kind (reminder, auto_close, …).', labelNames: ['kind'], registers: [registry] }),
    },
    inbound: new Counter({ name: 'gardien_inbound_messages_total', help: 'Inbound messages recorded by this process, by channel and outcome.', labelNames: ['channel', 'outcome'], registers: [registry] }),
    scrape: () => registry.metrics(),
    contentType: registry.contentType,
  };
  registerPoolGauges(registry, ctx.databaseKind, options.pool);
  registerScrapeGauges(registry, ctx);
  return metrics;
}
