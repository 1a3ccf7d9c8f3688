// The admin listener (METRICS_PORT): GET /metrics without a token, on an interface of its own
// (METRICS_HOST, default loopback) that the public one never exposes. `serve` and `gardien
// worker` each open one, so a worker's automation counters can be scraped too.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.ts';

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

function sendJsonError(response: ServerResponse, status: number, code: string, message: string) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: { code, message } }));
}

/** Listens on host:port (0: any free port) and answers /metrics with this process's metrics. */
export async function startMetricsListener(metrics: Metrics, where: { host: string; port: number }): Promise<MetricsListener> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/metrics') return sendJsonError(response, 404, 'route_not_found', `No route ${request.method} ${path} here: this port serves GET /metrics only.`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendJsonError(response, 405, 'method_not_allowed', 'Use GET /metrics.');
    metrics.scrape().then(
      (text) => response.writeHead(200, { 'content-type': metrics.contentType }).end(request.method === 'HEAD' ? undefined : text),
      (error: unknown) => sendJsonError(response, 500, 'internal_error', `The metrics could not be collected: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(where.port, where.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
