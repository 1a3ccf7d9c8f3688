// Startup benchmark of the embedded default: time from process spawn to the first healthy
// /healthz answer on a fresh data folder (migrate + demo agency) and on a reused one, and the
// process's peak resident memory (VmHWM). Run: node bench/startup.ts [runs=3]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const runs = Number(process.argv[2] ?? 3);

interface Sample {
  ms: number;
  peakMb: number;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function startOnce(dataDir: string): Promise<Sample> {
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN, 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: '' },
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
  for (;;) {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
    if (response?.ok) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const ms = performance.now() - started;
  const peakMb = peakRssMb(child.pid!);
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await exited;
  return { ms, peakMb };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fresh: Sample[] = [];
const reused: Sample[] = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'gardien-bench-'));
  try {
    fresh.push(await startOnce(dir));
    reused.push(await startOnce(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const line = (name: string, s: Sample[]) =>
  `${name.padEnd(14)} median ${median(s.map((x) => x.ms)).toFixed(0).padStart(6)} ms   ` +
  `min ${Math.min(...s.map((x) => x.ms)).toFixed(0).padStart(6)} ms   peak RSS median ${median(s.map((x) => x.peakMb)).toFixed(0)} MB`;
console.log(`Time to first healthy /healthz, embedded PGlite, ${runs} runs each (Node ${process.version}):`);
console.log(line('fresh folder', fresh));
console.log(line('reused folder', reused));
