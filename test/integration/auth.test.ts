// Staff sign-in, sessions and API tokens, as a browser or an integration would use them.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { createApiToken } from '../../src/auth/create-api-token.ts';
import { findUserByEmail, findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import { createUser } from '../../src/masterdata/users.ts';
import { insertPasswordReset } from '../../src/db/repositories/password-resets.ts';
import { newSecret, hashSecret } from '../../src/auth/secrets.ts';
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

describe('API tokens listed and revoked', () => {
  const ADMIN = 'admin@demo.gardien.test';

  /** A new staff user with a password, signed in, and one API token of theirs. */
  const newUserWithToken = async (email: string) => {
    const admin = await t.login(ADMIN);
    // An admin sets no password (the user chooses it from a reset link): the CLI's way gives one.
    const organizationId = (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id;
    const created = await createUser(t.ctx, organizationId, { email, name: 'Jeton Test', roles: ['agent'], password: 'long-enough-1' });
    const cookie = await t.login(email, 'long-enough-1');
    const token = (await t.call(cookie, 'POST', '/api/v1/tokens', { name: 'export', days: 30 })).json() as { id: string; token: string };
    return { admin, cookie, userId: created.id, token };
  };

  it('when a user lists their tokens, then each shows name, dates and last use, never the secret', async () => {
    const { cookie, token } = await newUserWithToken('liste@demo.gardien.test');
    const before = (await t.call(cookie, 'GET', '/api/v1/me/tokens')).json().data;
    expect(before).toEqual([expect.objectContaining({ id: token.id, name: 'export', lastUsedAt: null, revokedAt: null })]);
    expect(before[0].prefix).toBe(token.token.slice(0, 10));
    expect(new Date(before[0].expiresAt).getTime() - new Date(before[0].createdAt).getTime()).toBe(30 * 86_400_000);
    expect((await t.call(`Bearer ${token.token}`, 'GET', '/api/v1/me')).statusCode).toBe(200);
    const listed = await t.call(cookie, 'GET', '/api/v1/me/tokens');
    expect(listed.json().data[0].lastUsedAt).toBe(t.clock.current.toISOString());
    expect(listed.body).not.toContain(token.token);
    expect(listed.body).not.toContain('tokenHash');
  });

  it('when a token is used again and again, then its last use is written at most once a minute', async () => {
    const { cookie, token } = await newUserWithToken('minute@demo.gardien.test');
    const first = t.clock.current;
    await t.call(`Bearer ${token.token}`, 'GET', '/api/v1/me');
    t.clock.current = new Date(first.getTime() + 30_000);
    await t.call(`Bearer ${token.token}`, 'GET', '/api/v1/me');
    expect((await t.call(cookie, 'GET', '/api/v1/me/tokens')).json().data[0].lastUsedAt).toBe(first.toISOString());
    t.clock.current = new Date(first.getTime() + 61_000);
    await t.call(`Bearer ${token.token}`, 'GET', '/api/v1/me');
    expect((await t.call(cookie, 'GET', '/api/v1/me/tokens')).json().data[0].lastUsedAt).toBe(t.clock.current.toISOString());
  });

  it('when a user revokes their token, then it stops working and stays listed as revoked; another user cannot revoke it', async () => {
    const { cookie, token } = await newUserWithToken('revoque@demo.gardien.test');
    const other = await t.login(MANAGER);
    expect((await t.call(other, 'DELETE', `/api/v1/me/tokens/${token.id}`)).statusCode).toBe(404);
    expect((await t.call(`Bearer ${token.token}`, 'GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await t.call(cookie, 'DELETE', `/api/v1/me/tokens/${token.id}`)).statusCode).toBe(204);
    expect((await t.call(`Bearer ${token.token}`, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const [row] = (await t.call(cookie, 'GET', '/api/v1/me/tokens')).json().data;
    expect(row).toMatchObject({ id: token.id, revokedAt: t.clock.current.toISOString() });
  });

  it('when an admin looks at a user, then they list and revoke that user\u2019s tokens; a manager may not', async () => {
    const { admin, userId, token } = await newUserWithToken('admin-vue@demo.gardien.test');
    const manager = await t.login(MANAGER);
    expect((await t.call(manager, 'GET', `/api/v1/users/${userId}/tokens`)).statusCode).toBe(403);
    expect((await t.call(manager, 'DELETE', `/api/v1/users/${userId}/tokens/${token.id}`)).statusCode).toBe(403);
    const listed = await t.call(admin, 'GET', `/api/v1/users/${userId}/tokens`);
    expect(listed.json().data.map((row: { name: string }) => row.name)).toEqual(['export']);
    expect((await t.call(admin, 'DELETE', `/api/v1/users/${userId}/tokens/${token.id}`)).statusCode).toBe(204);
    expect((await t.call(`Bearer ${token.token}`, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const managerId = (await t.call(manager, 'GET', '/api/v1/me')).json().user.id;
    expect((await t.call(admin, 'DELETE', `/api/v1/users/${managerId}/tokens/${token.id}`)).statusCode).toBe(404);
  });

  it('when a user is deactivated then reactivated, then their tokens stay revoked', async () => {
    const { admin, userId, token } = await newUserWithToken('reactive@demo.gardien.test');
    expect((await t.call(admin, 'PATCH', `/api/v1/users/${userId}`, { active: false })).statusCode).toBe(200);
    expect((await t.call(admin, 'PATCH', `/api/v1/users/${userId}`, { active: true })).statusCode).toBe(200);
    expect((await t.call(`Bearer ${token.token}`, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const [row] = (await t.call(admin, 'GET', `/api/v1/users/${userId}/tokens`)).json().data;
    expect(row.revokedAt).not.toBeNull();
  });

  it('when a user\u2019s password changes, then their tokens are revoked', async () => {
    const { userId, token } = await newUserWithToken('motdepasse@demo.gardien.test');
    // The password changes through a reset link (test/integration/password-reset.test.ts sends it by email).
    const secret = newSecret();
    await insertPasswordReset(t.ctx.db, {
      tokenHash: hashSecret(secret), userId, organizationId: (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id,
      createdAt: t.clock.now(), expiresAt: new Date(t.clock.now().getTime() + 3_600_000),
    });
    const reset = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { token: secret, password: 'another-long-one' } });
    expect(reset.statusCode).toBe(204);
    expect((await t.call(`Bearer ${token.token}`, 'GET', '/api/v1/me')).statusCode).toBe(401);
  });
});
