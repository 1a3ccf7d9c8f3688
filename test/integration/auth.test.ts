// Staff sign-in, sessions and API tokens, as a browser or an integration would use them.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { createApiToken } from '../../src/auth/create-api-token.ts';
import { findUserByEmail } from '../../src/db/repositories/users.ts';
import { sessions, apiTokens } from '../../src/db/schema/index.ts';

const MANAGER = 'manager@demo.gardien.test';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('sign-in', () => {
  it('when a manager signs in, then a HttpOnly SameSite cookie opens /me with name, roles and organization', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: MANAGER, password: 'gardien-demo' } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'gardien_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const me = await t.call(`gardien_session=${cookie.value}`, 'GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { email: MANAGER, name: 'Camille Martin', roles: ['manager'] },
      organization: { name: 'Agence Démo Gardien', currency: 'EUR' },
    });
    expect(me.body).not.toContain('passwordHash');
    expect(me.body).not.toContain('password_hash');
  });

  it('when the email is typed in capitals, then sign-in still works', async () => {
    await expect(t.login('Manager@Demo.Gardien.Test')).resolves.toMatch(/^gardien_session=/);
  });

  it('when behind an HTTPS proxy that is trusted, then the cookie is Secure', async () => {
    const secure = await createTestApp({ TRUST_PROXY: '1' });
    try {
      const response = await secure.app.inject({
        method: 'POST', url: '/api/v1/auth/login', headers: { 'x-forwarded-proto': 'https' },
        payload: { email: MANAGER, password: 'gardien-demo' },
      });
      expect(response.cookies.find((c) => c.name === 'gardien_session')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('when the password is wrong or the email unknown, then both answer 401 invalid_credentials alike', async () => {
    for (const payload of [{ email: MANAGER, password: 'not-the-one' }, { email: 'nobody@demo.gardien.test', password: 'gardien-demo' }]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('invalid_credentials');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('when someone keeps guessing, then sign-in is refused with 429 too_many_attempts', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: MANAGER, password: `guess-${i}` } });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const last = await limited.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: MANAGER, password: 'gardien-demo' } });
      expect(last.statusCode).toBe(429);
      expect(last.json().error.code).toBe('too_many_attempts');
    } finally {
      await limited.close();
    }
  });

  const attempt = (app: TestApp, email: string, password: string, forwardedFor?: string) =>
    app.app.inject({
      method: 'POST', url: '/api/v1/auth/login', payload: { email, password },
      ...(forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {}),
    });

  it('when one account is guessed at from an office address, then a colleague behind the same address still signs in', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
    try {
      for (let i = 0; i < 5; i++) await attempt(limited, MANAGER, `guess-${i}`);
      expect((await attempt(limited, MANAGER, 'gardien-demo')).statusCode).toBe(429);
      expect((await attempt(limited, 'admin@demo.gardien.test', 'gardien-demo')).statusCode).toBe(200);
      // a colleague's own mistakes count for them alone, and a correct password wipes them
      expect((await attempt(limited, 'admin@demo.gardien.test', 'typo')).statusCode).toBe(401);
      expect((await attempt(limited, 'admin@demo.gardien.test', 'gardien-demo')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('when an account keeps being guessed after its lockout, then each lockout lasts longer (15 min, then 30)', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
    try {
      for (let i = 0; i < 3; i++) await attempt(limited, MANAGER, `guess-${i}`);
      expect((await attempt(limited, MANAGER, 'gardien-demo')).statusCode).toBe(429);
      limited.clock.current = new Date(limited.clock.current.getTime() + 16 * 60_000);
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await attempt(limited, MANAGER, `again-${i}`)).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
      limited.clock.current = new Date(limited.clock.current.getTime() + 16 * 60_000);
      expect((await attempt(limited, MANAGER, 'gardien-demo')).statusCode).toBe(429);
      limited.clock.current = new Date(limited.clock.current.getTime() + 15 * 60_000);
      expect((await attempt(limited, MANAGER, 'gardien-demo')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('when an unknown email is guessed at, then it is locked like a real one (the answer tells nothing)', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT: '2' });
    try {
      const codes = async (email: string) => {
        const seen: number[] = [];
        for (let i = 0; i < 3; i++) seen.push((await attempt(limited, email, `guess-${i}`)).statusCode);
        return seen;
      };
      expect(await codes('nobody@demo.gardien.test')).toEqual(await codes(MANAGER));
    } finally {
      await limited.close();
    }
  });

  it('when one address sweeps many emails, then the address limit refuses it, and correct passwords never count', async () => {
    const limited = await createTestApp({ LOGIN_ADDRESS_RATE_LIMIT: '4' });
    try {
      for (let i = 0; i < 6; i++) expect((await attempt(limited, MANAGER, 'gardien-demo')).statusCode).toBe(200);
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await attempt(limited, `user${i}@demo.gardien.test`, 'guess')).statusCode);
      expect(codes).toEqual([401, 401, 401, 401, 429]);
      expect((await attempt(limited, MANAGER, 'gardien-demo')).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('when behind one trusted proxy, then a client rotating its own X-Forwarded-For is still limited by its real address', async () => {
    const proxied = await createTestApp({ TRUST_PROXY: '1', LOGIN_ADDRESS_RATE_LIMIT: '3' });
    try {
      // the proxy appends the address it saw; whatever the client wrote before it is not believed
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await attempt(proxied, `user${i}@demo.gardien.test`, 'guess', `198.51.100.${i}, 203.0.113.7`)).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
      // another client behind the same proxy is not concerned
      expect((await attempt(proxied, MANAGER, 'gardien-demo', '203.0.113.8')).statusCode).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('when the session secret is stored, then only its hash is in the database', async () => {
    const cookie = await t.login(MANAGER);
    const secret = cookie.split('=')[1]!;
    const rows = await t.ctx.db.select().from(sessions);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.tokenHash === secret)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });
});

describe('sessions', () => {
  it('when a user signs out, then the same cookie no longer works', async () => {
    const cookie = await t.login(MANAGER);
    expect((await t.call(cookie, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    const me = await t.call(cookie, 'GET', '/api/v1/me');
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('unauthenticated');
  });

  it('when a session stays idle longer than the idle time, then it has expired', async () => {
    const cookie = await t.login(MANAGER);
    t.clock.current = new Date(t.clock.current.getTime() + 60 * 60_000);
    expect((await t.call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(200);
    // used an hour in: the idle window (120 min) restarts from here
    t.clock.current = new Date(t.clock.current.getTime() + 100 * 60_000);
    expect((await t.call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(200);
    t.clock.current = new Date(t.clock.current.getTime() + 121 * 60_000);
    expect((await t.call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('when an admin revokes a user\u2019s sessions, then that user is signed out everywhere', async () => {
    const cookie = await t.login(MANAGER);
    const admin = await t.login('admin@demo.gardien.test');
    const user = await findUserByEmail(t.ctx.db, MANAGER);
    const revoke = await t.call(admin, 'POST', `/api/v1/users/${user!.id}/revoke-sessions`);
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json().revoked).toBeGreaterThanOrEqual(1);
    expect((await t.call(cookie, 'GET', '/api/v1/me')).statusCode).toBe(401);
  });
});

describe('API tokens', () => {
  it('when a token is created, then it works as Bearer and is stored hashed', async () => {
    const cookie = await t.login(MANAGER);
    const created = await t.call(cookie, 'POST', '/api/v1/tokens', { name: 'comptabilité', days: 30 });
    expect(created.statusCode).toBe(201);
    const { token } = created.json() as { token: string };
    expect(token).toMatch(/^gdn_[A-Za-z0-9_-]{43}$/);
    const me = await t.call(`Bearer ${token}`, 'GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(MANAGER);
    const stored = await t.ctx.db.select().from(apiTokens);
    expect(stored.some((r) => r.tokenHash === token)).toBe(false);
  });

  it('when a token has expired or is made up, then it is refused with 401', async () => {
    const user = await findUserByEmail(t.ctx.db, MANAGER);
    const { secret } = await createApiToken(t.ctx, { userId: user!.id, organizationId: user!.organizationId, name: 'short', days: 1 });
    expect((await t.call(`Bearer ${secret}`, 'GET', '/api/v1/me')).statusCode).toBe(200);
    t.clock.current = new Date(t.clock.current.getTime() + 2 * 86_400_000);
    expect((await t.call(`Bearer ${secret}`, 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await t.call('Bearer gdn_madeup', 'GET', '/api/v1/me')).statusCode).toBe(401);
  });
});
