// Starts the embedded default (`node [flags] src/main.ts serve` on a data folder, an ephemeral
// port) as a child process for the benches, and waits for its first healthy answer.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { join } from 'node:path';
import { ROOT } from './server-flags.ts';

export interface EmbeddedServer {
  child: ChildProcessByStdio<null, Readable, null>;
  base: string;
}

/** Spawns the server and resolves once /healthz answers. */
export async function startEmbeddedServer(flags: readonly string[], dataDir: string): Promise<EmbeddedServer> {
  const child = spawn(process.execPath, [...flags, join(ROOT, 'src/main.ts'), 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: '', SMTP_INBOUND_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const match = /running on http:\/\/localhost:(\d+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    const response = await fetch(`${base}/healthz`).catch(() => undefined);
    if (response?.ok) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  return { child, base };
}
