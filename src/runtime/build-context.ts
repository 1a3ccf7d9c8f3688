// Puts together what the use cases need beside the database: the clock, the file store, the
// transports (SMTP, SMS) chosen by configuration, the server secret, the live-update bus and the
// metrics.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { AppContext, Clock } from '../context.ts';
import type { Db, DatabaseKind } from '../db/connection.ts';
import { openFileStore } from '../channels/open-file-store.ts';
import { smtpMailer } from '../channels/mailer.ts';
import { twilioSms } from '../channels/sms/twilio-sms.ts';
import { LiveUpdates } from './live-updates.ts';
import { createMetrics } from '../metrics/metrics.ts';
import type pg from 'pg';

/** GARDIEN_SECRET, or a secret generated once and kept in the data folder. */
export function resolveSecret(config: Config): string {
  if (config.secret) return config.secret;
  const file = join(config.dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The application context over an open database (`pool`: PostgreSQL's, for the metrics). */
export async function buildContext({ pool, ...init }: { db: Db; databaseKind: DatabaseKind; config: Config; clock: Clock; pool?: pg.Pool }): Promise<AppContext> {
  const { config } = init;
  const ctx: AppContext = {
    ...init,
    files: await openFileStore(config),
    secret: resolveSecret(config),
    transports: {
      mailer: config.smtpUrl ? smtpMailer(config.smtpUrl) : undefined,
      sms: config.sms ? twilioSms(config.sms) : undefined,
    },
    // On PostgreSQL the changes are also announced to the other processes (NOTIFY).
    live: new LiveUpdates(init.databaseKind === 'postgres' ? init.db : undefined),
  };
  ctx.metrics = createMetrics(ctx, { pool });
  return ctx;
}
