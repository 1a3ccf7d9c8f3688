// Runs `gardien` as a real child process, as a user would from a terminal.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end. */
export function runCli(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, SMTP_INBOUND_PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`gardien ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A started process: its output so far, its end, and how to stop it. */
interface Running {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has ended (however it was stopped). */
  exited: Promise<number | null>;
  /** Sends SIGTERM and waits for the exit code. */
  stop(): Promise<number | null>;
}

export interface RunningServer extends Running {
  url: string;
}

export interface RunningWorker extends Running {
  /** The delivery worker's id, as its outbox claims name it (`claimed_by`). */
  owner: string;
}

/** Starts `gardien <command>` and waits until `ready` finds what it needs in the output. */
function startUntil<T>(command: string, env: Record<string, string>, what: string, timeoutMs: number, ready: (out: string) => T | undefined): Promise<Running & T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, command], { env: { ...process.env, LOG_LEVEL: 'warn', SMTP_INBOUND_PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d;
      const found = ready(out);
      if (found === undefined) return;
      clearTimeout(timer);
      resolve({
        child, exited, output: () => out, ...found,
        stop: async () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code} before starting:\n${out}`));
    });
  });
}

/** Starts `gardien serve` and waits for the line that says where it runs. */
export function startServe(env: Record<string, string>, timeoutMs = 90_000): Promise<RunningServer> {
  return startUntil('serve', { PORT: '0', ...env }, 'serve', timeoutMs, (out) => {
    const port = /running on http:\/\/localhost:(\d+)/.exec(out)?.[1];
    return port ? { url: `http://127.0.0.1:${port}` } : undefined;
  });
}

/** Starts `gardien worker` and waits until it says its delivery worker's id and that it runs. */
export function startWorker(env: Record<string, string>, timeoutMs = 90_000): Promise<RunningWorker> {
  return startUntil('worker', env, 'the worker', timeoutMs, (out) => {
    const owner = /delivery: worker ([0-9a-f-]{36})/.exec(out)?.[1];
    return owner && out.includes('Gardien worker running') ? { owner } : undefined;
  });
}
