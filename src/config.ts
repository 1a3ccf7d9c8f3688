// Every setting of Gardien, read once from the environment, typed, with its default.
// The README's "Configuration" table documents the same list.
import { join, resolve } from 'node:path';

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
  /** LOG_FORMAT: `pretty` (short human lines) or `json` (one JSON object per line); unset: pretty
   * when standard output is a terminal, JSON otherwise. */
  logFormat?: 'pretty' | 'json';
  /** A session ends after this many idle minutes (SESSION_IDLE_MINUTES, default 120). */
  sessionIdleMinutes: number;
  /** A session ends after this many hours whatever happens (SESSION_MAX_HOURS, default 12). */
  sessionMaxHours: number;
  /** Wrong passwords in a row before an account is locked, 15 minutes then doubling (LOGIN_RATE_LIMIT, default 10). */
  loginRateLimit: number;
  /** Wrong passwords from one address per 15 minutes, any account (LOGIN_ADDRESS_RATE_LIMIT, default 100). */
  loginAddressRateLimit: number;
  /** Largest accepted JSON body in bytes (BODY_LIMIT_BYTES, default 1 MiB). */
  bodyLimitBytes: number;
  /** Reverse proxies in front whose X-Forwarded-* is trusted (TRUST_PROXY=n hops; 0 = none), so cookies are Secure behind HTTPS. */
  trustProxy: number;
  /** Public base URL used in links (PUBLIC_URL, default http://localhost:PORT). */
  publicUrl: string;
  /** Largest attachment accepted, in bytes (ATTACHMENT_MAX_BYTES, default 20 MiB). */
  attachmentMaxBytes: number;
  /** Where attachments are kept (STORAGE): `disk` under DATA_DIR/files (default) or `s3`. */
  storage: 'disk' | 's3';
  /** The S3-compatible bucket, when STORAGE=s3. */
  s3?: S3Settings;
  /** SMTP server for outgoing email (SMTP_URL, e.g. smtp://user:pass@host:587); absent: emails stay in the outbox. */
  smtpUrl?: string;
  /** Sender of emails (MAIL_FROM, default "Gardien <gardien@localhost>"); replies come back to it, plus-addressed per ticket. */
  mailFrom: string;
  /** SMS provider (SMS_PROVIDER=twilio with TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM); absent: SMS stay in the outbox. */
  sms?: { provider: 'twilio'; accountSid: string; authToken: string; from: string; baseUrl: string };
  /** Inbound email (DOMAIN.md §9): the SMTP listener's port (SMTP_INBOUND_PORT, default 2525; 0 = none),
   * the domain of the agencies' inbound addresses (INBOUND_DOMAIN, default MAIL_FROM's), STARTTLS with
   * SMTP_INBOUND_TLS_CERT and SMTP_INBOUND_TLS_KEY (PEM files), the largest message taken
   * (INBOUND_MAX_BYTES, default 25 MiB) and how often IMAP mailboxes are read (IMAP_POLL_SECONDS, default 60);
   * IMAP_PRIVATE_HOSTS=1 lets agencies' mailboxes be on loopback and private networks (off: a
   * tenant's admin cannot make the server probe its own network). */
  inbound: { smtpPort: number; smtpHost: string; domain: string; tlsCert?: string; tlsKey?: string; maxBytes: number; imapPollSeconds: number; imapPrivateHosts: boolean };
  /** Days a contractor's or approver's link stays valid (LINK_DAYS, default 90). */
  linkDays: number;
  /** Secret for signed cookies and reply addresses (GARDIEN_SECRET; default: generated once into DATA_DIR/secret). */
  secret?: string;
  /** GARDIEN_TEST_CLOCK=1: the clock moves only through POST /api/v1/test-clock. Never in production. */
  testClock: boolean;
  /** DEMO_TICKETS=0: the demo agency comes without its thirty example tickets (an empty list to start from). */
  demoTickets: boolean;
  /** Run the workers (jobs, automation) in the web process too (WORKERS=0 to run them apart with `gardien worker`). */
  workersInProcess: boolean;
  /** Delivery retries before a message is marked failed (DELIVERY_RETRIES, default 4), the first after
   * DELIVERY_RETRY_SECONDS (default 30), then doubling. */
  deliveryRetries: number;
  deliveryRetrySeconds: number;
  /** Outgoing webhooks (DOMAIN.md §16): WEBHOOK_PRIVATE_HOSTS=1 lets agencies' webhooks call
   * loopback and private networks (off: a tenant's admin cannot make the server probe its own network). */
  webhooks: { privateHosts: boolean };
  /** GET /metrics (Prometheus text, docs/operations.md "Metrics"): with METRICS_TOKEN set it asks
   * `Authorization: Bearer <token>`; unset, it answers loopback clients only. METRICS_PORT (default
   * 0 = none) opens an admin listener on METRICS_HOST (default 127.0.0.1) serving /metrics without
   * a token, in `serve` and in `gardien worker`. */
  metrics: { token?: string; port: number; host: string };
  /** The scheduled daily backup of the embedded database (`serve` on PGlite only): into BACKUP_DIR
   * (default DATA_DIR/backups), keeping the BACKUP_KEEP newest (default 7; 0 = no scheduled
   * backup), at BACKUP_HOUR o'clock UTC (0–23, default 2, at minute 41). */
  backup: { dir: string; keep: number; hour: number };
}

function logFormat(env: NodeJS.ProcessEnv): Config['logFormat'] {
  const value = env.LOG_FORMAT || '';
  if (value === '') return undefined;
  if (value !== 'pretty' && value !== 'json') throw new Error(`LOG_FORMAT must be pretty or json (or unset: pretty on a terminal); got "${value}".`);
  return value;
}

function smsSettings(env: NodeJS.ProcessEnv): Config['sms'] {
  const provider = env.SMS_PROVIDER || '';
  if (!provider) return undefined;
  if (provider !== 'twilio') throw new Error(`SMS_PROVIDER must be twilio (or unset); got "${provider}".`);
  const [accountSid, authToken, from] = [env.TWILIO_ACCOUNT_SID, env.TWILIO_AUTH_TOKEN, env.TWILIO_FROM];
  if (!accountSid || !authToken || !from) throw new Error('SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM.');
  return { provider, accountSid, authToken, from, baseUrl: env.TWILIO_BASE_URL || 'https://api.twilio.com' };
}

/** An S3-compatible bucket (S3_* variables). */
export interface S3Settings {
  /** S3_ENDPOINT: the server's URL for an S3-compatible store; absent for AWS itself. */
  endpoint?: string;
  /** S3_BUCKET (required). */
  bucket: string;
  /** S3_REGION, default us-east-1. */
  region: string;
  /** S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY; both absent means the AWS SDK's own chain (AWS_* variables, instance role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** S3_FORCE_PATH_STYLE: bucket in the path rather than the host name; default on when S3_ENDPOINT is set. */
  forcePathStyle: boolean;
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

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be 1 or 0 (true or false); got "${raw}".`);
}

function s3Settings(env: NodeJS.ProcessEnv): S3Settings {
  const endpoint = env.S3_ENDPOINT || undefined;
  if (endpoint && !/^https?:\/\/[^/]/.test(endpoint)) throw new Error('S3_ENDPOINT must be an http:// or https:// URL.');
  const bucket = env.S3_BUCKET;
  if (!bucket) throw new Error('STORAGE=s3 needs S3_BUCKET.');
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK\'s own credentials.');
  }
  return {
    endpoint, bucket, region: env.S3_REGION || 'us-east-1', accessKeyId, secretAccessKey,
    forcePathStyle: flag(env, 'S3_FORCE_PATH_STYLE', endpoint !== undefined),
  };
}

/** TRUST_PROXY as a hop count: empty, 0 or false for none; true is one hop, like 1. */
function proxyHops(value: string | undefined): number {
  if (!value || value === 'false') return 0;
  if (value === 'true') return 1;
  if (!/^\d{1,2}$/.test(value)) throw new Error(`TRUST_PROXY must be a number of proxy hops (0, 1, 2…); got "${value}".`);
  return Number(value);
}

/** BACKUP_HOUR: an hour of the day, 0 to 23. */
function backupHour(env: NodeJS.ProcessEnv): number {
  const hour = integer(env, 'BACKUP_HOUR', 2, 0);
  if (hour > 23) throw new Error(`BACKUP_HOUR must be an hour from 0 to 23; got "${env.BACKUP_HOUR}".`);
  return hour;
}

/** Parses the environment into a Config; throws with the variable's name when one is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 3000);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  const storage = env.STORAGE || 'disk';
  if (storage !== 'disk' && storage !== 's3') throw new Error(`STORAGE must be disk or s3; got "${storage}".`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: resolve(env.DATA_DIR || './data'),
    logLevel: env.LOG_LEVEL || 'info',
    logFormat: logFormat(env),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 120, 1),
    sessionMaxHours: integer(env, 'SESSION_MAX_HOURS', 12, 1),
    loginRateLimit: integer(env, 'LOGIN_RATE_LIMIT', 10, 1),
    loginAddressRateLimit: integer(env, 'LOGIN_ADDRESS_RATE_LIMIT', 100, 1),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024),
    trustProxy: proxyHops(env.TRUST_PROXY),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    attachmentMaxBytes: integer(env, 'ATTACHMENT_MAX_BYTES', 20 * 1024 * 1024, 1),
    storage,
    ...(storage === 's3' ? { s3: s3Settings(env) } : {}),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Gardien <gardien@localhost>',
    sms: smsSettings(env),
    inbound: {
      smtpPort: integer(env, 'SMTP_INBOUND_PORT', 2525, 0),
      smtpHost: env.SMTP_INBOUND_HOST || env.HOST || '127.0.0.1',
      domain: (env.INBOUND_DOMAIN || /@([^>\s]+)>?\s*$/.exec(env.MAIL_FROM || '')?.[1] || 'localhost').toLowerCase(),
      tlsCert: env.SMTP_INBOUND_TLS_CERT || undefined,
      tlsKey: env.SMTP_INBOUND_TLS_KEY || undefined,
      maxBytes: integer(env, 'INBOUND_MAX_BYTES', 25 * 1024 * 1024, 1024),
      imapPollSeconds: integer(env, 'IMAP_POLL_SECONDS', 60, 1),
      imapPrivateHosts: env.IMAP_PRIVATE_HOSTS === '1',
    },
    linkDays: integer(env, 'LINK_DAYS', 90, 1),
    secret: env.GARDIEN_SECRET || undefined,
    testClock: env.GARDIEN_TEST_CLOCK === '1',
    workersInProcess: env.WORKERS !== '0',
    demoTickets: env.DEMO_TICKETS !== '0',
    deliveryRetries: integer(env, 'DELIVERY_RETRIES', 4, 0),
    deliveryRetrySeconds: integer(env, 'DELIVERY_RETRY_SECONDS', 30, 1),
    webhooks: { privateHosts: flag(env, 'WEBHOOK_PRIVATE_HOSTS', false) },
    metrics: { token: env.METRICS_TOKEN || undefined, port: integer(env, 'METRICS_PORT', 0, 0), host: env.METRICS_HOST || '127.0.0.1' },
    backup: { dir: resolve(env.BACKUP_DIR || join(env.DATA_DIR || './data', 'backups')), keep: integer(env, 'BACKUP_KEEP', 7, 0), hour: backupHour(env) },
  };
}
