// METRICS_PORT in a process role (`serve`, `gardien worker`): the admin listener, or a sentence
// when the port cannot be bound (the process runs on without it, like the SMTP door).
import type { AppContext } from '../context.ts';
import { startMetricsListener, type MetricsListener } from './metrics-listener.ts';

/** Opens the admin metrics listener when METRICS_PORT is set; undefined when not, or when it could not listen. */
export async function openMetricsPort(ctx: AppContext, log: (line: string) => void, logError: (line: string) => void = console.error): Promise<MetricsListener | undefined> {
  const { port, host } = ctx.config.metrics;
  if (port === 0 || !ctx.metrics) return undefined;
  try {
    const listener = await startMetricsListener(ctx.metrics, { host, port });
    log(`Metrics (Prometheus) on http://${host.includes(':') ? `[${host}]` : host}:${listener.port}/metrics.`);
    return listener;
  } catch (error) {
    logError(`Metrics could not listen on ${host}:${port} (${error instanceof Error ? error.message : String(error)}); running without the metrics port (METRICS_PORT=0 turns it off).`);
    return undefined;
  }
}
