// Gauges read from the database at scrape time, as a table: one more is a few lines here (its
// query in src/db/repositories/metrics.ts). A query that fails leaves its gauge empty and sets
// gardien_scrape_collector_up{collector} to 0, so the rest of the scrape still answers.
import { Gauge, type Registry } from 'prom-client';
import type { AppContext } from '../context.ts';
import { jobCountsByState, jobLagSeconds, oldestQueuedOutboxAt, outboxCountsByState, webhookDeliveryCountsByState } from '../db/repositories/metrics.ts';

type Sample = { labels: Record<string, string>; value: number };

interface ScrapeGauge {
  name: string;
  help: string;
  labelNames: string[];
  /** Whether this process can read it (the job queue's only where it has one). */
  applies?: (ctx: AppContext) => boolean;
  read: (ctx: AppContext) => Promise<Sample[]>;
}

const hasJobQueue = (ctx: AppContext) => ctx.jobs !== undefined;

export const SCRAPE_GAUGES: ScrapeGauge[] = [
  {
    name: 'gardien_outbox_messages',
    help: 'Messages in the outbox by channel and state (held, queued, sending, sent, failed, silenced), every agency together.',
    labelNames: ['channel', 'state'],
    read: async (ctx) => (await outboxCountsByState(ctx.db)).map((r) => ({ labels: { channel: r.channel, state: r.state }, value: r.count })),
  },
  {
    name: 'gardien_outbox_oldest_queued_seconds',
    help: 'Age of the oldest message waiting to leave (state queued); 0 when none waits.',
    labelNames: [],
    read: async (ctx) => {
      const at = await oldestQueuedOutboxAt(ctx.db);
      return [{ labels: {}, value: at ? Math.max(0, (ctx.clock.now().getTime() - at.getTime()) / 1000) : 0 }];
    },
  },
  {
    name: 'gardien_webhook_deliveries',
    help: 'Webhook deliveries by state (queued, sending, delivered, failed), every agency together.',
    labelNames: ['state'],
    read: async (ctx) => (await webhookDeliveryCountsByState(ctx.db)).map((r) => ({ labels: { state: r.state }, value: r.count })),
  },
  {
    name: 'gardien_job_queue_jobs',
    help: 'pg-boss jobs by queue (automation, maintenance, …) and state (created, retry, active, completed, cancelled, failed) still stored.',
    labelNames: ['queue', 'state'],
    applies: hasJobQueue,
    read: async (ctx) => (await jobCountsByState(ctx.db)).map((r) => ({ labels: { queue: r.queue, state: r.state }, value: r.count })),
  },
  {
    name: 'gardien_job_queue_lag_seconds',
    help: 'Per pg-boss queue, the age of the oldest job that is due and not started; 0 when none waits.',
    labelNames: ['queue'],
    applies: hasJobQueue,
    read: async (ctx) => {
      const lag = new Map((await jobLagSeconds(ctx.db)).map((r) => [r.queue, r.seconds]));
      const queues = (await ctx.jobs!.boss.getQueues()).map((q) => q.name);
      return [...new Set([...queues, ...lag.keys()])].map((queue) => ({ labels: { queue }, value: lag.get(queue) ?? 0 }));
    },
  },
];

type Reading = Sample[] | 'skipped' | 'failed';

/** Registers every gauge of the table. One scrape reads them all once, together (prom-client asks
 * every metric at the same moment), so the `up` gauge tells of this scrape, not the one before. */
export function registerScrapeGauges(registry: Registry, ctx: AppContext, gauges: readonly ScrapeGauge[] = SCRAPE_GAUGES) {
  let pending: Promise<Map<string, Reading>> | undefined;
  const readAll = async () => {
    const readings = await Promise.all(gauges.map(async (spec): Promise<[string, Reading]> => {
      if (spec.applies && !spec.applies(ctx)) return [spec.name, 'skipped'];
      try {
        return [spec.name, await spec.read(ctx)];
      } catch {
        return [spec.name, 'failed'];
      }
    }));
    return new Map(readings);
  };
  const round = () => (pending ??= readAll().finally(() => (pending = undefined)));
  new Gauge({
    name: 'gardien_scrape_collector_up',
    help: 'Whether this scrape could read each database-derived gauge (1) or its query failed (0).',
    labelNames: ['collector'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [name, reading] of await round()) if (reading !== 'skipped') this.set({ collector: name }, reading === 'failed' ? 0 : 1);
    },
  });
  for (const spec of gauges) {
    new Gauge({
      name: spec.name,
      help: spec.help,
      labelNames: spec.labelNames,
      registers: [registry],
      async collect() {
        this.reset();
        const reading = (await round()).get(spec.name);
        if (Array.isArray(reading)) for (const sample of reading) this.set(sample.labels, sample.value);
      },
    });
  }
}
