// What `gardien serve` prints as it answers: with LOG_FORMAT=pretty short human lines — one per
// request, method, URL (a party link's secret masked), status and duration, no JSON, no pid or
// hostname —; by default, when standard output is not a terminal (a pipe here, as under systemd or
// docker), one JSON object per line as before. `serve` runs as a child process on its own PGlite.
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServe, type RunningServer } from '../support/cli-process.ts';

let dataDir: string | undefined;
let server: RunningServer | undefined;

afterEach(async () => {
  if (server) expect(await server.stop()).toBe(0);
  server = undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

async function start(logFormat: string) {
  dataDir = mkdtempSync(join(tmpdir(), 'gardien-log-format-'));
  server = await startServe({ DATA_DIR: dataDir, DATABASE_URL: '', DEMO_TICKETS: '0', LOG_LEVEL: 'info', LOG_FORMAT: logFormat });
  return server;
}

/** Waits until the server's output has a line matching `pattern`; returns the output's lines. */
async function linesOnceThereIs(running: RunningServer, pattern: RegExp): Promise<string[]> {
  for (let i = 0; i < 100 && !running.output().split('\n').some((line) => pattern.test(line)); i++) await new Promise((r) => setTimeout(r, 50));
  return running.output().split('\n');
}

const LINK_SECRET = 'AbCdEf0123456789abcdefghijklmnopqrstuvwxyz_';

describe('the server\u2019s log lines', () => {
  it('with LOG_FORMAT=pretty, shows each request as one short human line with no JSON', async () => {
    const running = await start('pretty');
    expect((await fetch(`${running.url}/api/v1/me`)).status).toBe(401);
    expect((await fetch(`${running.url}/x/${LINK_SECRET}`, { redirect: 'manual' })).status).toBe(303);

    const lines = await linesOnceThereIs(running, /GET \/x\//);
    const requestLines = lines.filter((line) => / (GET|POST) \//.test(line));
    expect(requestLines).toEqual([
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO: GET \/api\/v1\/me 401 \d+ ms$/),
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO: GET \/x\/AbCdEf… 303 \d+ ms$/),
    ]);
    const text = lines.join('\n');
    expect(text).not.toContain(LINK_SECRET);
    expect(text).not.toMatch(/"(reqId|pid|hostname|msg)"/);
    expect(text).not.toContain('incoming request');
    // The startup lines stay as they were.
    expect(text).toContain('Gardien is running on http://localhost:');
  }, 120_000);

  it('by default, on a pipe, writes one JSON object per line as before', async () => {
    const running = await start('');
    expect((await fetch(`${running.url}/api/v1/me`)).status).toBe(401);

    const lines = await linesOnceThereIs(running, /"request completed"/);
    const json = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { msg: string; reqId?: string; req?: { url: string }; res?: { statusCode: number } });
    expect(json.find((entry) => entry.msg === 'incoming request')).toMatchObject({ req: { url: '/api/v1/me' }, reqId: expect.any(String) });
    expect(json.find((entry) => entry.msg === 'request completed')).toMatchObject({ res: { statusCode: 401 }, reqId: expect.any(String) });
    expect(lines.some((line) => / GET \/api\/v1\/me 401 /.test(line))).toBe(false);
  }, 120_000);
});
