// The application in-process on a database of its own, called with `inject` (no network).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import { SettableClock, type AppContext } from '../../src/context.ts';
import { buildApp } from '../../src/http/app.ts';
import { buildContext } from '../../src/runtime/build-context.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { TEST_PASSWORD } from './seed.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  testDatabase: TestDatabase;
  /** A controllable clock: tests move `clock.current`. */
  clock: SettableClock;
  /** Signs in through the API and returns the Cookie header to send. */
  login(email: string, password?: string): Promise<string>;
  /** Calls the API as the user behind `cookie`. */
  call(cookie: string, method: string, url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Builds the app on a fresh clone of the seeded test database, with a data folder of its own
 * (attachments go to DATA_DIR/files), removed on close. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const testDatabase = await createTestDatabase();
  const clock = new SettableClock();
  const dataDir = mkdtempSync(join(tmpdir(), 'gardien-test-data-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_INBOUND_PORT: '0', ...env });
  const ctx: AppContext = await buildContext({ db: testDatabase.database.db, databaseKind: testDatabase.database.kind, clock, config, pool: testDatabase.database.pool });
  const app = await buildApp(ctx, { logLevel: false });
  await app.ready();

  const login = async (email: string, password = TEST_PASSWORD) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    if (response.statusCode !== 200) throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'gardien_session');
    return `gardien_session=${cookie!.value}`;
  };
  const call = (cookie: string, method: string, url: string, payload?: unknown) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: cookie.startsWith('Bearer ') ? { authorization: cookie } : { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  return {
    app, ctx, testDatabase, clock, login, call,
    close: async () => {
      await app.close();
      await ctx.jobs?.stop();
      ctx.transports.mailer?.close();
      await testDatabase.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
