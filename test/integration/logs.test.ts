// What the logs keep: request ids and sign-in events, never a password, a session secret or the
// secret of a party's link.
import { describe, it, expect } from 'vitest';
import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import { createTestApp } from '../support/test-app.ts';

describe('logs', () => {
  it('when someone signs in and opens a party link, then the logs hold neither the password, the cookie nor the link secret', async () => {
    const t = await createTestApp();
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const app = await buildApp({ ...t.ctx, config: loadConfig({ ...process.env, DATA_DIR: t.ctx.config.dataDir }) }, { logLevel: 'info', logStream: stream });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'manager@demo.gardien.test', password: 'gardien-demo' } });
      const secret = login.cookies.find((c) => c.name === 'gardien_session')!.value;
      await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `gardien_session=${secret}` } });
      const linkSecret = 'AbCdEf0123456789abcdefghijklmnopqrstuvwxyz_';
      await app.inject({ method: 'GET', url: `/x/${linkSecret}` });
      await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'manager@demo.gardien.test', password: 'wrong-password' } });
      const text = lines.join('\n');
      expect(text).toContain('"event":"sign_in"');
      expect(text).toContain('"event":"sign_in_failed"');
      expect(text).toMatch(/"reqId":"[\w-]+"/);
      expect(text).not.toContain('gardien-demo');
      expect(text).not.toContain('wrong-password');
      expect(text).not.toContain(secret);
      expect(text).not.toContain(linkSecret);
      expect(text).toContain('/x/AbCdEf…');
    } finally {
      await app.close();
      await t.close();
    }
  });

  it('when a party link comes percent-encoded, then the logs mask its secret after decoding it', async () => {
    const t = await createTestApp();
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const app = await buildApp({ ...t.ctx, config: loadConfig({ ...process.env, DATA_DIR: t.ctx.config.dataDir }) }, { logLevel: 'info', logStream: stream });
    try {
      const linkSecret = '3z5gAbCdEf0123456789abcdefghijklmnopqrstuvw';
      const encoded = [...linkSecret].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
      await app.inject({ method: 'GET', url: `/api/v1/exchange/${encoded}` });
      await app.inject({ method: 'GET', url: `/api/v1/exchange/%33${linkSecret.slice(1)}` });
      await app.inject({ method: 'GET', url: `/x/%33${linkSecret.slice(1)}` });
      const text = lines.join('\n');
      expect(text).toContain('/api/v1/exchange/3z5gAb…');
      expect(text).toContain('/x/3z5gAb…');
      expect(text).not.toContain(linkSecret.slice(6));
      expect(text).not.toContain(encoded.slice(18));
    } finally {
      await app.close();
      await t.close();
    }
  });
});
