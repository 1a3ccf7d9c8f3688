// Writes the OpenAPI document of this version of Gardien, as GET /api/openapi.json serves it,
// without a database or a server: the app is built and asked for its document.
// Usage: node scripts/openapi.ts [file]   (standard output without a file; PUBLIC_URL names the server)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { systemClock } from '../src/context.ts';
import type { Db } from '../src/db/connection.ts';
import { buildApp } from '../src/http/app.ts';
import { buildContext } from '../src/runtime/build-context.ts';

/** The document, from an app whose database is never opened (building routes reads none). */
export async function openApiDocument(env: NodeJS.ProcessEnv = process.env): Promise<unknown> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gardien-openapi-'));
  try {
    const config = loadConfig({ ...env, DATA_DIR: dataDir, DATABASE_URL: '', STORAGE: 'disk', SMTP_INBOUND_PORT: '0', WORKERS: '0' });
    const noDatabase = new Proxy({}, { get: () => { throw new Error('Writing the OpenAPI document reads no database.'); } }) as Db;
    const ctx = await buildContext({ db: noDatabase, databaseKind: 'pglite', clock: systemClock, config });
    const app = await buildApp(ctx, { logLevel: false });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return document;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const file = process.argv[2];
  const text = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  else process.stdout.write(text);
}
