// Password reset by email: an app admin sends the link, the user chooses the password on the
// public page's API; the link works once, for 24 hours; the outbox never holds it; the logs
// record who asked, never the secret. "Forgot password" answers the same for any address.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/http/app.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { deliverQueued } from '../../src/messages/deliver-queued.ts';

let smtp: SmtpSink;
let t: TestApp;
let admin: string;
const PUBLIC_URL = 'https://gardien.agence-demo.test';

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>', PUBLIC_URL });
  admin = await t.login('admin@demo.gardien.test');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function userId(email: string) {
  return ((await t.call(admin, 'GET', '/api/v1/users?limit=100')).json().items as { id: string; email: string }[]).find((u) => u.email === email)!.id;
}

/** Delivers what is queued and returns the secret of the last reset email sent to `to`. */
async function resetSecretSentTo(to: string): Promise<string> {
  const before = smtp.messages.length;
  await deliverQueued(t.ctx);
  const mails = (await smtp.waitFor(before + 1)).slice(before).filter((m) => m.to && JSON.stringify(m.to).includes(to));
  const mail = mails.at(-1)!;
  expect(mail.subject).toMatch(/mot de passe/i);
  const secret = new RegExp(`${PUBLIC_URL.replaceAll('.', '\\.')}/reset-password#([A-Za-z0-9_-]{43})`).exec(mail.text ?? '')?.[1];
  expect(secret, mail.text).toBeTruthy();
  return secret!;
}

const reset = (token: string, password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { token, password } });
const signIn = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

describe('password reset link', () => {
  it('when an app admin sends a reset link, then the user gets it by email, chooses a password once, and the old password and sessions stop working', async () => {
    const email = 'manager@demo.gardien.test';
    const oldSession = await t.login(email);
    const sent = await t.call(admin, 'POST', `/api/v1/users/${await userId(email)}/password-reset`);
    expect(sent.statusCode, sent.body).toBe(202);

    // The outbox shows the email, but never a usable link.
    const outbox = (await t.call(admin, 'GET', '/api/v1/outbox?channel=email')).json().items as { template: string; text?: string }[];
    expect(outbox.some((m) => m.template === 'password_reset')).toBe(true);

    const secret = await resetSecretSentTo(email);
    const stored = await t.ctx.db.execute(sql`select text, html from outbox_messages where template = 'password_reset'`);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(stored)).toContain('/reset-password#••••••••');

    const short = await reset(secret, 'short');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].field).toBe('password');

    expect((await reset(secret, 'a-new-password-1')).statusCode).toBe(204);
    expect((await signIn(email, 'a-new-password-1')).statusCode).toBe(200);
    expect((await signIn(email, 'gardien-demo')).statusCode).toBe(401);
    expect((await t.call(oldSession, 'GET', '/api/v1/me')).statusCode).toBe(401);

    const again = await reset(secret, 'another-password-2');
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('reset_link_invalid');
    expect((await signIn(email, 'another-password-2')).statusCode).toBe(401);
  });

  it('when a link is older than 24 hours, or made up, then it sets nothing', async () => {
    const email = 'assistant@demo.gardien.test';
    await t.call(admin, 'POST', `/api/v1/users/${await userId(email)}/password-reset`);
    const secret = await resetSecretSentTo(email);
    const saved = t.clock.current;
    t.clock.current = new Date(t.clock.now().getTime() + 24 * 3_600_000 + 1000);
    try {
      expect((await reset(secret, 'too-late-password-1')).statusCode).toBe(410);
    } finally {
      t.clock.current = saved;
    }
    expect((await reset('not-a-secret-at-all', 'made-up-password-1')).statusCode).toBe(410);
    expect((await signIn(email, 'gardien-demo')).statusCode).toBe(200);
  });

  it('when someone asks "forgot password", then the answer is the same whether the address names a user or not, and only a user gets an email', async () => {
    const known = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/request', payload: { email: 'ADMIN@demo.gardien.test' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/request', payload: { email: 'nobody@demo.gardien.test' } });
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(known.body).toBe(unknown.body);
    const before = smtp.messages.length;
    await deliverQueued(t.ctx);
    await smtp.waitFor(before + 1);
    await new Promise((r) => setTimeout(r, 200));
    const sent = smtp.messages.slice(before);
    expect(sent.map((m) => JSON.stringify(m.to))).toEqual([expect.stringContaining('admin@demo.gardien.test')]);
  });

});

describe('what the logs keep', () => {
  it('when a reset link is sent and used, then the log says password_reset_requested and password_reset, without the secret', async () => {
    let text = '';
    let secret: string | undefined;
    const sink = new Writable({ write(chunk, _e, done) { text += String(chunk); done(); } });
    const logged = await buildApp(t.ctx, { logLevel: 'info', logStream: sink });
    await logged.ready();
    try {
      const login = await logged.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@demo.gardien.test', password: 'gardien-demo' } });
      const cookie = `gardien_session=${login.cookies.find((c) => c.name === 'gardien_session')!.value}`;
      const id = await userId('assistant@demo.gardien.test');
      expect((await logged.inject({ method: 'POST', url: `/api/v1/users/${id}/password-reset`, headers: { cookie } })).statusCode).toBe(202);
      secret = await resetSecretSentTo('assistant@demo.gardien.test');
      expect((await logged.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { token: secret, password: 'logged-password-1' } })).statusCode).toBe(204);
    } finally {
      await logged.close();
    }
    expect(text).toContain('"event":"password_reset_requested"');
    expect(text).toContain('"event":"password_reset"');
    expect(text).not.toContain('logged-password-1');
    expect(secret).toBeTruthy();
    expect(text).not.toContain(secret!);
  });
});
