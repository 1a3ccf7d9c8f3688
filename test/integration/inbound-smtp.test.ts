// The SMTP door on loopback: a real SMTP client (nodemailer) and raw SMTP dialogues against the
// listener, the ticket read back through the API as a manager would.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpListener, type SmtpListener } from '../../src/inbound/smtp-listener.ts';
import type { AppContext } from '../../src/context.ts';
import { storageDown } from '../support/storage-down.ts';

const MAX_BYTES = 64 * 1024;
let t: TestApp;
let listener: SmtpListener;
let manager: string;
let certDir: string;
const logs: string[] = [];

function message(id: string, subject: string, body = 'Bonjour,\r\nLa porte du local vélos ne ferme plus.\r\nHélène Rousseau') {
  return [
    'From: Hélène Rousseau <helene.rousseau@example.test>',
    'To: Agence <demo@localhost>',
    `Subject: ${subject}`,
    `Message-ID: <${id}@mail.example.test>`,
    'Date: Tue, 01 Dec 2026 09:12:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    '',
  ].join('\r\n');
}

function transport(port: number, options: Record<string, unknown> = {}) {
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, ...options });
}

function send(port: number, raw: string | Buffer, to = 'demo@localhost', options: Record<string, unknown> = {}) {
  return transport(port, options).sendMail({ envelope: { from: 'helene.rousseau@example.test', to: [to] }, raw });
}

/** A raw SMTP dialogue: sends each line after the previous answer, returns every answer. */
async function dialogue(port: number, lines: (string | Buffer)[]): Promise<string[]> {
  const socket: Socket = connect(port, '127.0.0.1');
  let buffer = '';
  const answers: string[] = [];
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        // A complete answer ends with a line "NNN text" (no dash after the code).
        const match = /(?:^|\r\n)(\d{3}) [^\r\n]*\r\n/.exec(buffer);
        if (!match) return;
        const end = match.index + match[0].length;
        const answer = buffer.slice(0, end);
        buffer = buffer.slice(end);
        socket.off('data', onData);
        resolve(answer);
      };
      const onData = (chunk: Buffer) => {
        buffer += chunk.toString('latin1');
        check();
      };
      socket.on('data', onData);
      socket.once('error', reject);
      check();
    });
  answers.push(await next()); // greeting
  for (const line of lines) {
    socket.write(typeof line === 'string' ? `${line}\r\n` : line);
    answers.push(await next());
  }
  socket.end();
  return answers;
}

/** What the message answered 250 became, from the record the answer names ("Messages reçus"). */
async function recordOf(response: string): Promise<{ id: string; outcome: string; reason: string | null; ticketNumber: number | null; door: string }> {
  const id = /^250 .*received as ([0-9a-f-]{36})/.exec(response)?.[1];
  expect(id, response).toBeDefined();
  const record = await t.call(manager, 'GET', `/api/v1/inbound-messages/${id}`);
  expect(record.statusCode).toBe(200);
  return record.json();
}

async function ticket(number: number) {
  const response = await t.call(manager, 'GET', `/api/v1/tickets/${number}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

beforeAll(async () => {
  t = await createTestApp({ INBOUND_MAX_BYTES: String(MAX_BYTES) });
  listener = await startSmtpListener(t.ctx, { port: 0, host: '127.0.0.1', log: (line) => logs.push(line) });
  manager = await t.login('manager@demo.gardien.test');
  certDir = mkdtempSync(join(tmpdir(), 'gardien-smtp-tls-'));
}, 120_000);
afterAll(async () => {
  await listener?.close();
  await t?.close();
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

describe('the SMTP door', () => {
  it('announces its size limit and no STARTTLS without a certificate, and takes no AUTH', async () => {
    const [greeting, ehlo] = await dialogue(listener.port, ['EHLO client.example.test']);
    expect(greeting).toMatch(/^220 /);
    expect(ehlo).toMatch(new RegExp(`^250[- ]SIZE ${MAX_BYTES}\\r?$`, 'm'));
    expect(ehlo).toMatch(/^250[- ]ENHANCEDSTATUSCODES\r?$/m);
    expect(ehlo).not.toContain('STARTTLS');
    expect(ehlo).not.toContain('AUTH');
  });

  it('makes a new request a pending email ticket, answered 250 (naming its record, not the ticket) once committed', async () => {
    const info = await send(listener.port, message('new-request-1', 'Porte du local vélos'));
    expect(info.response).not.toMatch(/ticket|n°/);
    const record = await recordOf(info.response);
    expect(record).toMatchObject({ outcome: 'ticket_created', door: 'smtp' });
    const number = record.ticketNumber!;
    const created = await ticket(number);
    expect(created).toMatchObject({ type: 'PENDING', status: 'pending_validation', source: 'email', subject: 'Porte du local vélos' });
    expect(created.requester).toMatchObject({ email: 'helene.rousseau@example.test' });
    expect(logs.some((l) => l.includes(`ticket_created ticket n°${number}`))).toBe(true);
  });

  it('makes one ticket of the same message delivered twice', async () => {
    const raw = message('twice-1', 'Fuite au plafond du garage');
    const first = await send(listener.port, raw);
    const second = await send(listener.port, raw);
    const record = await recordOf(first.response);
    expect(record.outcome).toBe('ticket_created');
    expect((await recordOf(second.response)).id).toBe(record.id);
    const received = (await t.call(manager, 'GET', '/api/v1/inbound-messages?limit=200')).json().items as { messageId: string; door: string }[];
    expect(received.filter((m) => m.messageId === 'twice-1@mail.example.test')).toEqual([expect.objectContaining({ door: 'smtp' })]);
  });

  it('takes many messages at once from many connections, each answered once stored', async () => {
    const sends = Array.from({ length: 12 }, (_, i) => send(listener.port, message(`parallel-${i}`, `Demande en parallèle ${i}`)));
    const records = await Promise.all((await Promise.all(sends)).map((info) => recordOf(info.response)));
    expect(records.map((r) => r.outcome)).toEqual(Array(12).fill('ticket_created'));
    expect(new Set(records.map((r) => r.ticketNumber)).size).toBe(12);
  });

  it('keeps taking mail after clients left in the middle of their messages', async () => {
    // More clients than messages taken at once, each gone after half a message (some while
    // their message waits for its turn).
    const quitters = await Promise.all(Array.from({ length: 10 }, async () => {
      const socket = connect(listener.port, '127.0.0.1');
      socket.on('error', () => undefined);
      let heard = '';
      socket.on('data', (chunk) => (heard += chunk.toString()));
      // Each answer ends with a line "NNN text"; the fifth is DATA's 354.
      const answers = () => heard.match(/^\d{3} /gm)?.length ?? 0;
      const until = async (count: number) => {
        while (answers() < count) await new Promise((r) => setTimeout(r, 10));
      };
      await until(1);
      for (const [i, line] of ['EHLO quitter.example.test', 'MAIL FROM:<helene.rousseau@example.test>', 'RCPT TO:<demo@localhost>', 'DATA'].entries()) {
        socket.write(`${line}\r\n`);
        await until(i + 2);
      }
      expect(heard).toMatch(/^354 /m);
      socket.write('Subject: half\r\n\r\nhalf a mess');
      return socket;
    }));
    await new Promise((r) => setTimeout(r, 100));
    for (const socket of quitters) socket.destroy();
    const info = await send(listener.port, message('after-quitters-1', 'Après les abandons'));
    expect(await recordOf(info.response)).toMatchObject({ outcome: 'ticket_created' });
  });

  it('refuses at RCPT TO an address that is no agency’s (550), and takes the agency’s among others', async () => {
    const answers = await dialogue(listener.port, [
      'EHLO client.example.test', 'MAIL FROM:<helene.rousseau@example.test>', 'RCPT TO:<someone@stranger.example>', 'RCPT TO:<nobody-here@localhost>', 'RCPT TO:<demo@localhost>', 'QUIT',
    ]);
    expect(answers[3]).toMatch(/^550 5\.1\.1 /);
    expect(answers[4]).toMatch(/^550 5\.1\.1 /);
    expect(answers[5]).toMatch(/^250 /);
    await expect(send(listener.port, message('stranger-1', 'Pour personne'), 'contact@stranger.example')).rejects.toMatchObject({ responseCode: 550 });
  });

  it('refuses a message over the size limit with 552, announced or not, and stores nothing', async () => {
    const before = (await t.call(manager, 'GET', '/api/v1/inbound-messages?limit=200')).json().items.length;
    const big = message('too-big-1', 'Photos', 'x'.repeat(76) + '\r\n'.repeat(1) + ('y'.repeat(76) + '\r\n').repeat(Math.ceil(MAX_BYTES / 78) + 10));
    await expect(send(listener.port, big)).rejects.toMatchObject({ responseCode: 552 });
    // A client that does not say SIZE in MAIL FROM is stopped when the data goes over.
    const answers = await dialogue(listener.port, ['EHLO client.example.test', 'MAIL FROM:<helene.rousseau@example.test>', 'RCPT TO:<demo@localhost>', 'DATA', Buffer.from(`${big}\r\n.\r\n`), 'QUIT']);
    expect(answers[4]).toMatch(/^354 /);
    expect(answers[5]).toMatch(/^552 5\.\d\.\d /);
    expect((await t.call(manager, 'GET', '/api/v1/inbound-messages?limit=200')).json().items.length).toBe(before);
  });

  it('answers 451 when the message cannot be stored, so the sender tries again, and takes it then', async () => {
    const failing = storageDown(t.ctx);
    const broken = await startSmtpListener(failing, { port: 0, host: '127.0.0.1', log: () => undefined });
    try {
      const raw = message('retry-1', 'Interphone en panne');
      await expect(send(broken.port, raw)).rejects.toMatchObject({ responseCode: 451, response: expect.stringMatching(/^451 4\.3\.0 /) });
      const received = (await t.call(manager, 'GET', '/api/v1/inbound-messages?limit=200')).json().items as { messageId: string }[];
      expect(received.some((m) => m.messageId === 'retry-1@mail.example.test')).toBe(false);
      const retried = await send(listener.port, raw);
      expect(await recordOf(retried.response)).toMatchObject({ outcome: 'ticket_created' });
    } finally {
      await broken.close();
    }
  });

  it('records an automatic reply as ignored and still answers 250 (the sender must not retry)', async () => {
    const raw = message('ooo-1', 'Absence du bureau').replace('MIME-Version: 1.0', 'Auto-Submitted: auto-replied\r\nMIME-Version: 1.0');
    const info = await send(listener.port, raw);
    expect(await recordOf(info.response)).toMatchObject({ outcome: 'ignored', reason: 'auto_reply' });
  });

  it('gives the envelope sender as Return-Path, so mail from the null sender <> (bounces) makes no ticket', async () => {
    const raw = message('null-sender-1', 'Undelivered Mail Returned to Sender');
    const answers = await dialogue(listener.port, ['EHLO mta.example.test', 'MAIL FROM:<>', 'RCPT TO:<demo@localhost>', 'DATA', Buffer.from(`${raw}\r\n.\r\n`), 'QUIT']);
    expect(answers[5]).toMatch(/^250 /);
    const record = await recordOf(answers[5]!);
    expect(record.outcome).toBe('ignored');
    const original = await t.call(manager, 'GET', `/api/v1/inbound-messages/${record.id}/raw`);
    expect(original.body.startsWith('Return-Path: <>\r\n')).toBe(true);
  });

  it('offers STARTTLS with a configured certificate and takes mail over it', async () => {
    const [cert, key] = [join(certDir, 'cert.pem'), join(certDir, 'key.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    const tlsCtx: AppContext = { ...t.ctx, config: { ...t.ctx.config, inbound: { ...t.ctx.config.inbound, tlsCert: cert, tlsKey: key } } };
    const secure = await startSmtpListener(tlsCtx, { port: 0, host: '127.0.0.1', log: () => undefined });
    try {
      const [, ehlo] = await dialogue(secure.port, ['EHLO client.example.test']);
      expect(ehlo).toContain('250-STARTTLS');
      // requireTLS: nodemailer refuses to go on unless the upgrade happened.
      const info = await send(secure.port, message('tls-1', 'Volet roulant bloqué'), 'demo@localhost', { ignoreTLS: false, requireTLS: true, tls: { rejectUnauthorized: false } });
      expect(await recordOf(info.response)).toMatchObject({ outcome: 'ticket_created' });
    } finally {
      await secure.close();
    }
  });
});
