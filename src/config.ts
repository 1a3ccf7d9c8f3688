// Every setting of Gardien, read once from the environment, typed, with its default.
// The README's "Configuration" table documents the same list.
import { resolve } from 'node:path';

export interface Config {
  /** HTTP port (PORT, default 3000). */
  port: number;
  /** Interface to listen on (HOST, default 127.0.0.1; 0.0.0.0 to listen on every interface). */
  host: string;
  /** PostgreSQL URL (DATABASE_URL); absent means the embedded PGlite in the data folder. */
  databaseUrl?: string;
  /** Folder for the embedded database, attachments and the lock file (DATA_DIR, default ./data). */
  dataDir: string;
  /** pino level (LOG_LEVEL, default info). */
  logLevel: string;
  /** A session ends after this many idle minutes (SESSION_IDLE_MINUTES, default 120). */
  sessionIdleMinutes: number;
  /** A session ends after this many hours whatever happens (SESSION_MAX_HOURS, default 12). */
  sessionMaxHours: number;
  /** Sign-in attempts allowed per address and email per 15 minutes (LOGIN_RATE_LIMIT, default 10). */
  loginRateLimit: number;
  /** Largest accepted JSON body in bytes (BODY_LIMIT_BYTES, default 1 MiB). */
  bodyLimitBytes: number;
  /** Trust X-Forwarded-* from a reverse proxy (TRUST_PROXY=1), so cookies are Secure behind HTTPS. */
  trustProxy: boolean;
  /** Public base URL used in links (PUBLIC_URL, default http://localhost:PORT). */
  publicUrl: string;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}; got "${raw}".`);
  }
  return value;
}

/** Parses the environment into a Config; throws with the variable's name when one is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 3000);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: resolve(env.DATA_DIR || './data'),
    logLevel: env.LOG_LEVEL || 'info',
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 120, 1),
    sessionMaxHours: integer(env, 'SESSION_MAX_HOURS', 12, 1),
    loginRateLimit: integer(env, 'LOGIN_RATE_LIMIT', 10, 1),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
  };
}
