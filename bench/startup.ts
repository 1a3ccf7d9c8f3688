// Startup benchmark of the embedded default: `npm start`'s server command (its Node flags read
// from package.json), from process spawn to the first healthy /healthz answer, on a fresh data
// folder (migrate + demo agency) and on a reused one. For each start: the wall time, the
// server's own CPU time (user + system, from /proc/PID/stat at the healthy answer) and its peak
// resident memory (VmHWM). Prints the date, the load and the command beside the figures.
// Run: node bench/startup.ts [runs=3] [--flags="--liftoff-only"] (flags replace package.json's)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT, serverFlags } from './server-flags.ts';
import { startEmbeddedServer } from './embedded-server.ts';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const flags = serverFlags(args);
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

interface Sample {
  ms: number;
  cpuMs: number;
  peakMb: number;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** User + system CPU time of a process so far (fields 14 and 15 of /proc/PID/stat). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function startOnce(dataDir: string): Promise<Sample> {
  const started = performance.now();
  const { child } = await startEmbeddedServer(flags, dataDir);
  const ms = performance.now() - started;
  const sample = { ms, cpuMs: cpuMs(child.pid!), peakMb: peakRssMb(child.pid!) };
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await exited;
  return sample;
}

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const command = `node ${process.argv.slice(1).map((a) => a.replace(ROOT, '')).join(' ')}`;
console.log(`${new Date().toISOString()}  ${command}`);
console.log(`server: node ${[...flags, 'src/main.ts', 'serve'].join(' ')} (Node ${process.version}, ${runs} runs each)`);
console.log(`before: ${uptime()}`);
const before = loadavg()[0]!;
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
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const line = (name: string, xs: Sample[]) =>
  `${name.padEnd(14)} wall median ${s(median(xs.map((x) => x.ms))).padStart(7)} (min ${s(Math.min(...xs.map((x) => x.ms)))}, max ${s(Math.max(...xs.map((x) => x.ms)))})` +
  `   server CPU median ${s(median(xs.map((x) => x.cpuMs))).padStart(7)}` +
  `   peak RSS median ${median(xs.map((x) => x.peakMb)).toFixed(0)} MB (max ${Math.max(...xs.map((x) => x.peakMb)).toFixed(0)} MB)`;
console.log('Time to first healthy /healthz, embedded PGlite:');
console.log(line('fresh folder', fresh));
console.log(line('reused folder', reused));
console.log(`after:  ${uptime()} (1-min load ${before.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; the machine is shared)`);
