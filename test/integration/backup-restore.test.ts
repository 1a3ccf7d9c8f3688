// Backups that restore, on the suite's database: tickets with their events, an attachment and
// queued messages are backed up from a running app, restored into an empty target, and found
// there — every row of every table, every file with its bytes. Refusals: a target that is not
// empty, a target of the other kind, files that are not a Gardien backup or are corrupted.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, openSync, readSync, rmSync, writeFileSync, copyFileSync, existsSync, readFileSync, closeSync, writeSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act } from '../support/tickets.ts';
import { emptyTarget, everyRow, type RestoreTarget } from '../support/backup-targets.ts';
import { testDatabaseKind } from '../support/test-env.ts';
import { createBackup, type BackupSource } from '../../src/backup/create-backup.ts';
import { restoreBackup } from '../../src/backup/restore-backup.ts';
import { isEmptyDatabase } from '../../src/db/repositories/backup-facts.ts';
import type { Db } from '../../src/db/connection.ts';
import { DomainError } from '../../src/domain/errors.ts';
import { S3FileStore } from '../../src/channels/s3-file-store.ts';
import { createRequire } from 'node:module';

const kind = testDatabaseKind();
let t: TestApp;
let work: string;
let source: BackupSource;
const targets: RestoreTarget[] = [];
const PHOTO = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('1 0 obj << /Type /Catalog >> endobj\n'.repeat(40)), Buffer.from('%%EOF\n')]);

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function target(): Promise<RestoreTarget> {
  const made = await emptyTarget();
  targets.push(made);
  return made;
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** Whether nothing was restored into `into`. */
async function stillEmpty(into: RestoreTarget): Promise<boolean> {
  if (!into.config.databaseUrl) return !existsSync(join(into.config.dataDir, 'pgdata'));
  const database = await into.open();
  try {
    return await isEmptyDatabase(database.db);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  t = await createTestApp();
  work = mkdtempSync(join(tmpdir(), 'gardien-backup-test-'));
  const manager = await t.login('manager@demo.gardien.test');
  const refs = await demoRefs(t, manager);
  for (const subject of ['Fuite en toiture', 'Porte du hall bloquée']) {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject, description: 'Constaté ce matin.',
      contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const ticket = created.json();
    await act(t, manager, ticket.number, { action: 'internal_note', body: `<p>Note sur ${subject}</p>` });
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(PHOTO)], { type: 'application/pdf' }), 'devis.pdf');
    const request = new Request('http://gardien.test/', { method: 'POST', body: form });
    const upload = await t.app.inject({
      method: 'POST', url: `/api/v1/tickets/${ticket.number}/attachments`,
      headers: { cookie: manager, 'content-type': request.headers.get('content-type')! }, payload: Buffer.from(await request.arrayBuffer()),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    await act(t, manager, ticket.number, { action: 'add_attachments', attachmentIds: upload.json().items.map((i: { id: string }) => i.id), comment: 'Devis joint' });
  }
  source = { database: t.testDatabase.database, files: t.ctx.files, config: { ...t.ctx.config, databaseUrl: t.testDatabase.url }, now: new Date() };
});

afterAll(async () => {
  for (const made of targets) await made.drop();
  await t?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

let good: Promise<string> | undefined;
/** One backup for the refusals. */
function goodBackup(): Promise<string> {
  return (good ??= createBackup(source, join(work, 'good.zip')).then((summary) => summary.path));
}

const dumps = kind === 'postgres' ? [{ logical: false, format: 'pg_dump-custom' }, { logical: true, format: 'logical-jsonl' }] : [{ logical: false, format: 'pglite-datadir' }];

describe(`backup and restore (${kind})`, () => {
  it.each(dumps)('when the data is backed up ($format) and restored into an empty target, then every row of every table and every file are there', async ({ logical, format }) => {
    const db = t.ctx.db;
    const counts = (await rows<{ tickets: number; events: number; attachments: number; outbox: number }>(db, sql`
      select (select count(*)::int from tickets) as tickets, (select count(*)::int from ticket_events) as events,
             (select count(*)::int from attachments) as attachments, (select count(*)::int from outbox_messages where state = 'held') as outbox`))[0]!;
    expect(counts.attachments).toBeGreaterThanOrEqual(2);
    expect(counts.outbox).toBeGreaterThan(0);
    expect(counts.events).toBeGreaterThan(counts.tickets);

    const file = join(work, `backup-${format}.zip`);
    const summary = await createBackup(source, file, { logical });
    expect(summary).toMatchObject({ kind, dumpFormat: format, path: file });
    expect(summary.files).toBeGreaterThanOrEqual(2);

    const into = await target();
    const restored = await restoreBackup(file, into.config, into.files);
    expect(restored).toMatchObject({ kind, dumpFormat: format, files: summary.files, rows: summary.rows });

    const database = await into.open();
    try {
      const before = await everyRow(db);
      const after = await everyRow(database.db);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const table of ['tickets', 'ticket_events', 'attachments', 'outbox_messages']) expect(after[table]!.length, table).toBe(before[table]!.length);
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
      const stored = await rows<{ storage_key: string; sha256: string }>(database.db, sql`select storage_key, sha256 from attachments`);
      for (const row of stored) {
        const bytes = await readAll((await into.files.get(row.storage_key)) as AsyncIterable<Buffer>);
        expect(createHash('sha256').update(bytes).digest('hex'), row.storage_key).toBe(row.sha256);
      }
    } finally {
      await database.close();
    }
    // The server's generated secret comes along, so links sent before still open.
    expect(readFileSync(join(into.config.dataDir, 'secret'), 'utf8')).toBe(readFileSync(join(t.ctx.config.dataDir, 'secret'), 'utf8'));

    // Again into the same target: refused, nothing overwritten.
    const again = await refusal(restoreBackup(file, into.config, into.files));
    expect(again.code).toBe('backup_target_not_empty');
    expect(again.message).toMatch(/is not empty: a backup is restored only into an empty one/);
  });

  it('when restored into a target whose files are kept on S3, then every file is in the bucket with its bytes', async () => {
    type S3rverClass = new (options: Record<string, unknown>) => { run(): Promise<{ port: number }>; close(): Promise<void> };
    const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;
    const server = new S3rver({ port: 0, address: '127.0.0.1', directory: mkdtempSync(join(work, 's3rver-')), silent: true, configureBuckets: [{ name: 'gardien' }] });
    const { port } = await server.run();
    try {
      const bucket = new S3FileStore({ endpoint: `http://127.0.0.1:${port}`, bucket: 'gardien', region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });
      const file = await goodBackup();
      const into = await target();
      const restored = await restoreBackup(file, into.config, bucket);
      const keys: string[] = [];
      for await (const key of bucket.list()) keys.push(key);
      const expected: string[] = [];
      for await (const key of t.ctx.files.list()) expected.push(key);
      expect(keys.sort()).toEqual(expected.sort());
      expect(restored.files).toBe(expected.length);
      for (const key of keys) {
        const [mine, theirs] = await Promise.all([readAll((await bucket.get(key)) as AsyncIterable<Buffer>), readAll((await t.ctx.files.get(key)) as AsyncIterable<Buffer>)]);
        expect(mine.equals(theirs), key).toBe(true);
      }
      // The bucket is not empty any more: a second restore is refused before anything is written.
      const second = await target();
      expect((await refusal(restoreBackup(file, second.config, bucket))).message).toMatch(/^The file store \(it holds .+, at least\) is not empty/);
      expect(await stillEmpty(second)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('when the target is of the other kind, then restore refuses and says what to set', async () => {
    const file = await goodBackup();
    const dir = mkdtempSync(join(work, 'other-'));
    const other = kind === 'pglite' ? { databaseUrl: 'postgres://gardien@127.0.0.1:1/none', dataDir: dir } : { dataDir: dir };
    const error = await refusal(restoreBackup(file, other, (await target()).files));
    expect(error.code).toBe('backup_wrong_kind');
    expect(error.message).toMatch(kind === 'pglite' ? /of the embedded database and the target is PostgreSQL/ : /of PostgreSQL and the target is the embedded database/);
  });

  it('when the file is not a Gardien backup or is corrupted, then restore refuses with a sentence and the target stays empty', async () => {
    const good = await goodBackup();
    const into = await target();

    const text = join(work, 'notes.txt');
    writeFileSync(text, 'pas une sauvegarde');
    expect((await refusal(restoreBackup(text, into.config, into.files))).message).toMatch(/cannot be restored as a Gardien backup: it is not a zip/);

    const foreign = join(work, 'foreign.zip');
    await writeZip(foreign, { 'manifest.json': '{"hello": 1}', 'files/x': 'x' });
    expect((await refusal(restoreBackup(foreign, into.config, into.files))).message).toMatch(/its manifest is not a Gardien backup's/);

    // An entry named to climb out of the folder ("aa/aa/" becomes "../../" in the zip's bytes).
    const climbing = join(work, 'climbing.zip');
    await writeZip(climbing, { 'manifest.json': '{}', 'aa/aa/etc/evil': 'x' });
    writeFileSync(climbing, Buffer.from(readFileSync(climbing).toString('latin1').replaceAll('aa/aa/', '../../'), 'latin1'));
    const climbed = await refusal(restoreBackup(climbing, into.config, into.files));
    expect(climbed.code).toBe('backup_unreadable');
    expect(climbed.message).toMatch(/invalid relative path/);

    // One byte of the database's dump flipped: its SHA-256 is not the manifest's.
    const corrupted = await flipped(good, 'database/', 2000);
    const error = await refusal(restoreBackup(corrupted, into.config, into.files));
    expect(error.code).toBe('backup_unreadable');
    expect(error.message).toMatch(/database\/.* is corrupted \(its SHA-256 is not the manifest's\)/);
    expect(await stillEmpty(into)).toBe(true);

    // One byte of the last file flipped: found before anything is written.
    const lastFile = await flipped(good, 'files/', 5, true);
    const fileError = await refusal(restoreBackup(lastFile, into.config, into.files));
    expect(fileError.code).toBe('backup_unreadable');
    expect(fileError.message).toMatch(/files\/\S+ (is corrupted|cannot be read)/);
    expect(await stillEmpty(into)).toBe(true);
    expect(existsSync(join(into.config.dataDir, 'files'))).toBe(false);
  });
});

async function writeZip(path: string, entries: Record<string, string>) {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name, { compress: false });
  zip.end();
  await finished(zip.outputStream.pipe(createWriteStream(path)));
}

/** A copy of the backup with one byte flipped in an entry whose name starts with `prefix` (the
 * first such entry, or the last), `at` bytes into its data. */
async function flipped(path: string, prefix: string, at: number, last = false): Promise<string> {
  const copy = join(work, `flipped-${prefix.replace('/', '')}-${last ? 'last' : 'first'}.zip`);
  copyFileSync(path, copy);
  const entry = await entryOf(copy, prefix, last);
  const header = Buffer.alloc(30);
  const fd = openSync(copy, 'r+');
  readSync(fd, header, 0, 30, entry.relativeOffsetOfLocalHeader);
  const offset = entry.relativeOffsetOfLocalHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28) + Math.min(at, entry.compressedSize - 1);
  const byte = Buffer.alloc(1);
  readSync(fd, byte, 0, 1, offset);
  writeSync(fd, Buffer.from([byte[0]! ^ 0xff]), 0, 1, offset);
  closeSync(fd);
  return copy;
}

function entryOf(path: string, prefix: string, last: boolean): Promise<yauzl.Entry> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      let found: yauzl.Entry | undefined;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.startsWith(prefix)) found = entry;
        if (found && !last) {
          zip.close();
          return resolve(found);
        }
        zip.readEntry();
      });
      zip.on('end', () => (found ? resolve(found) : reject(new Error(`no ${prefix} entry`))));
      zip.readEntry();
    });
  });
}
