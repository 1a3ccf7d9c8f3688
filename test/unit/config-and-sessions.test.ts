// Configuration parsing and session expiry.
import { describe, it, expect } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { sessionExpiry } from '../../src/auth/session-expiry.ts';
import { logFormatFor } from '../../src/http/log-format.ts';

describe('configuration', () => {
  it('when nothing is set, then the documented defaults apply', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, sessionIdleMinutes: 120, sessionMaxHours: 12 });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('when a number is not a number, then the error names the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
  });

  it('when LOG_FORMAT is unset, then a terminal gets pretty lines and anything else JSON; when set, it wins', () => {
    expect(loadConfig({}).logFormat).toBeUndefined();
    expect(logFormatFor(loadConfig({}).logFormat, true)).toBe('pretty');
    expect(logFormatFor(loadConfig({}).logFormat, false)).toBe('json');
    expect(logFormatFor(loadConfig({ LOG_FORMAT: 'json' }).logFormat, true)).toBe('json');
    expect(logFormatFor(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat, false)).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'text' })).toThrow(/LOG_FORMAT must be pretty or json/);
  });

  it('when DATABASE_URL is not a PostgreSQL URL, then it is refused', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).databaseUrl).toBe('postgres://u@h/db');
  });
});

describe('session expiry', () => {
  const config = { sessionIdleMinutes: 30, sessionMaxHours: 8 };
  const created = new Date('2026-11-20T08:00:00Z');

  it('when a session is used, then it lasts the idle time from that use', () => {
    const now = new Date('2026-11-20T09:00:00Z');
    expect(sessionExpiry(config, created, now).toISOString()).toBe('2026-11-20T09:30:00.000Z');
  });

  it('when a session is used near its maximum age, then it still ends at the maximum', () => {
    const now = new Date('2026-11-20T15:50:00Z');
    expect(sessionExpiry(config, created, now).toISOString()).toBe('2026-11-20T16:00:00.000Z');
  });
});
