// A real Gardien server for browser journeys: `serve` as `npm start` runs it, on a fresh data
// folder (so the embedded first start loads the demo agency) and an ephemeral port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { serve } from '../../src/runtime/serve.ts';
import { createServer } from 'node:net';

/** A port free right now on 127.0.0.1, so the server knows its public URL before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts Gardien on 127.0.0.1 with a port of its own and a throw-away data folder. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gardien-browser-'));
  const port = await freePort();
  const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, LOG_LEVEL: 'warn', SMTP_INBOUND_PORT: '0', ...env });
  const server = await serve(config);
  return {
    baseUrl: server.url,
    close: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
