// `gardien worker`: the worker role alone (delivery of messages, automation; its metrics on
// METRICS_PORT), for running it
// apart from the web process, in as many processes as wanted (PostgreSQL only: the embedded
// database belongs to one process).
import type { Config } from '../config.ts';
import { openRuntime } from './open-context.ts';
import { startJobQueue } from '../jobs/job-queue.ts';
import { startWorkers } from '../jobs/workers.ts';
import { openMetricsPort } from '../metrics/open-metrics-port.ts';

/** Starts the workers; resolves with a function that stops them cleanly. */
export async function work(config: Config): Promise<() => Promise<void>> {
  const runtime = await openRuntime(config);
  runtime.ctx.jobs = await startJobQueue(runtime.database, config);
  await startWorkers(runtime.ctx, runtime.ctx.jobs, (line) => console.log(line));
  const metricsPort = await openMetricsPort(runtime.ctx, (line) => console.log(line));
  console.log(`Gardien worker running (database: ${runtime.database.kind}).`);
  return async () => {
    await metricsPort?.close();
    await runtime.close();
  };
}
