// Closing dossier benchmark (embedded PGlite, in process): a closed ticket with N documents of
// M MiB each on the disk FileStore; its documents zip downloaded over real HTTP (each file read
// twice: hashed, then zipped and hashed again) and then checked by verifyDossier (read back with
// yauzl, every entry hashed by stream). Prints each step's time and the process's peak RSS, to
// show that memory stays bounded whatever the dossier's size.
// Run: node bench/dossier.ts [--files 20] [--mb 5]
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { openRuntime } from '../src/runtime/open-context.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import { buildApp } from '../src/http/app.ts';
import { verifyDossier } from '../src/dossier/verify-dossier.ts';

const { values: args } = parseArgs({ options: { files: { type: 'string', default: '20' }, mb: { type: 'string', default: '5' } } });
const files = Number(args.files);
const bytes = Number(args.mb) * 1024 * 1024;
const dataDir = mkdtempSync(join(tmpdir(), 'gardien-bench-dossier-'));
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
/** The process's peak resident memory since the last reset (VmHWM). */
const peak = () => mib(Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024);
const rss = () => mib(process.memoryUsage.rss());
/** Linux: the peak starts again from the current RSS. */
const resetPeak = () => writeFileSync('/proc/self/clear_refs', '5');
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

console.log(`${new Date().toISOString()} · node bench/dossier.ts --files ${files} --mb ${args.mb} · load ${load()}`);
const runtime = await openRuntime(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent', SMTP_INBOUND_PORT: '0', WORKERS: '0', ATTACHMENT_MAX_BYTES: String(bytes + 1024) }));
try {
  await loadDemo(runtime.ctx.db);
  const app = await buildApp(runtime.ctx, { logLevel: false });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'manager@demo.gardien.test', password: 'gardien-demo' }) });
  const cookie = /gardien_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const properties = (await (await fetch(`${base}/api/v1/properties?limit=1`, { headers: { cookie } })).json()) as { items: { id: string }[] };
  const contractors = (await (await fetch(`${base}/api/v1/contractors?limit=1`, { headers: { cookie } })).json()) as { items: { id: string }[] };
  const ticket = await call('POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: properties.items[0]!.id, subject: 'Bench dossier', description: 'x', contractors: [{ contractorId: contractors.items[0]!.id, channels: ['email'] }],
  });
  const number = ticket.number as number;

  let ids: string[] = [];
  for (let i = 0; i < files; i++) {
    const form = new FormData();
    // A PDF by its first bytes, random after: nothing compresses it, as with real scans.
    form.append('files', new Blob([Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(bytes - 9)])]), `scan-${i}.pdf`);
    const response = await fetch(`${base}/api/v1/tickets/${number}/attachments`, { method: 'POST', headers: { cookie }, body: form });
    if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`);
    ids = ids.concat(((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id));
  }
  // An action links at most 20 files.
  for (let i = 0; i < ids.length; i += 20) await call('POST', `/api/v1/tickets/${number}/actions`, { action: 'add_attachments', attachmentIds: ids.slice(i, i + 20) });
  await call('POST', `/api/v1/tickets/${number}/actions`, { action: 'close' });
  globalThis.gc?.();
  console.log(`ticket ${number}: ${files} documents of ${mib(bytes)} (${mib(files * bytes)}) · RSS before the zip ${rss()}`);
  resetPeak();

  const zipPath = join(dataDir, 'dossier.zip');
  let started = performance.now();
  const download = await fetch(`${base}/api/v1/tickets/${number}/documents.zip`, { headers: { cookie } });
  await pipeline(Readable.fromWeb(download.body as never), createWriteStream(zipPath));
  const zipMs = performance.now() - started;
  console.log(`documents.zip: ${mib(statSync(zipPath).size)} in ${zipMs.toFixed(0)} ms (${((files * bytes) / 1024 / 1024 / (zipMs / 1000)).toFixed(0)} MiB/s of documents, each read twice) · peak RSS ${peak()}`);

  resetPeak();
  started = performance.now();
  const verdict = await verifyDossier(runtime.ctx.db, zipPath);
  console.log(`verify: ${verdict.verdict} in ${(performance.now() - started).toFixed(0)} ms · peak RSS ${peak()}`);
  await app.close();
} finally {
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`load after ${load()}`);
