// The SMTP door as `serve` runs it: started with the web role on SMTP_INBOUND_PORT, stopped with
// it; a port already taken is said and the web server runs without the listener.
import { describe, it, expect, afterEach, vi } from 'vitest';
import { connect, createServer, type AddressInfo, type Server } from 'node:net';
import { startTestServer, type TestServer } from '../support/server.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

function listenOnFreePort(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer((socket) => socket.end());
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** The first line the SMTP server says. */
function greeting(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('data', (chunk) => {
      resolve(chunk.toString());
      socket.end();
    });
    socket.once('error', reject);
  });
}

async function started(env: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer(env);
  cleanups.push(() => server.close());
  return server;
}

// `serve` on the embedded database only: the listener does not depend on the database kind.
describe('the SMTP door in `serve`', () => {
  it('listens on SMTP_INBOUND_PORT with the web server and stops with it', async () => {
    const probe = await listenOnFreePort();
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    await started({ SMTP_INBOUND_PORT: String(port), SMTP_INBOUND_HOST: '127.0.0.1' });
    expect(await greeting(port)).toMatch(/^220 /);
    await cleanups.pop()!();
    await expect(greeting(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  }, 120_000);

  it('says a taken port and runs the web server without the listener', async () => {
    const taken = await listenOnFreePort();
    cleanups.push(() => new Promise((resolve) => taken.close(() => resolve())));
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(String(line)));
    const server = await started({ SMTP_INBOUND_PORT: String((taken.address() as AddressInfo).port), SMTP_INBOUND_HOST: '127.0.0.1' });
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    expect(errors.some((line) => /Inbound mail \(SMTP\) could not listen/.test(line))).toBe(true);
  }, 120_000);
});
