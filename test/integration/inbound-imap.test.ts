// The IMAP door against a real IMAP server on loopback (hoodiecrow-imap): the admin sets the
// agency's mailbox through the API, a poll makes tickets of the unseen messages and flags them
// seen on the server, a second poll makes nothing new; a message that could not be stored stays
// unseen for the next poll; the password is never answered.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startImapServer, type ImapTestServer } from '../support/imap-server.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import type { AppContext } from '../../src/context.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import { pollImapMailbox, startImapPoller } from '../../src/inbound/imap-poller.ts';
import { storageDown } from '../support/storage-down.ts';

let t: TestApp;
let admin: string;
let manager: string;
let organizationId: string;
const servers: ImapTestServer[] = [];

/** Words in an encoded header (RFC 2047) and a quoted-printable body: the 7-bit mail that most clients send. */
const encodedWord = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : `=?utf-8?B?${Buffer.from(text).toString('base64')}?=`);
const quotedPrintable = (text: string) =>
  [...Buffer.from(text)].map((byte) => (byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte < 0x7f && byte !== 0x3d) ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

function mail(id: string, from: [string, string], subject: string, body: string) {
  return [
    `From: ${encodedWord(from[0])} <${from[1]}>`, 'To: Agence Demo <demo@localhost>', `Subject: ${encodedWord(subject)}`, `Message-ID: <${id}@mail.example.test>`,
    'Date: Tue, 01 Dec 2026 08:30:00 +0100', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(body), '',
  ].join('\r\n');
}

async function imapServer(messages: Parameters<typeof startImapServer>[0]) {
  const server = await startImapServer(messages);
  servers.push(server);
  return server;
}

function mailboxOf(server: ImapTestServer, extra: Record<string, unknown> = {}) {
  return { host: '127.0.0.1', port: server.port, secure: false, user: server.user, password: server.password, mailbox: 'INBOX', enabled: true, ...extra };
}

async function receivedByImap() {
  const items = (await t.call(manager, 'GET', '/api/v1/inbound-messages?limit=200')).json().items as { door: string; messageId: string; outcome: string; ticketNumber: number | null }[];
  return items.filter((m) => m.door === 'imap');
}

const seen = (server: ImapTestServer) => server.messages().map((m) => (m.flags ?? []).includes('\\Seen'));

beforeAll(async () => {
  // The test's IMAP server is on loopback, which agencies' mailboxes may not be by default.
  t = await createTestApp({ IMAP_PRIVATE_HOSTS: '1' });
  admin = await t.login('admin@demo.gardien.test');
  manager = await t.login('manager@demo.gardien.test');
  organizationId = (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id;
}, 120_000);
afterAll(async () => {
  await t?.close();
  for (const server of servers) await server.close();
});

describe('the IMAP door', () => {
  it('keeps the password write-only: never answered, kept when a PUT omits it, required to enable', async () => {
    const server = await imapServer([]);
    const put = await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', mailboxOf(server));
    expect(put.statusCode).toBe(200);
    expect(put.json().settings).toEqual({ host: '127.0.0.1', port: server.port, secure: false, user: server.user, mailbox: 'INBOX', enabled: true, hasPassword: true });
    for (const url of ['/api/v1/settings/inbound/imap', '/api/v1/settings', '/api/v1/settings/inbound']) {
      const body = (await t.call(admin, 'GET', url)).body;
      expect(body).not.toContain(server.password);
      expect(body).not.toContain('passwordEncrypted');
    }
    const { password: _omitted, ...withoutPassword } = mailboxOf(server, { mailbox: 'INBOX' });
    const again = await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', { ...withoutPassword, mailbox: 'Archives', enabled: false });
    expect(again.json().settings).toMatchObject({ mailbox: 'Archives', enabled: false, hasPassword: true });
    // The stored password never goes to another server (or in clear): it must be given again.
    for (const change of [{ host: 'imap.attacker.example' }, { port: server.port + 1 }, { user: 'someone-else' }]) {
      const moved = await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', { ...withoutPassword, ...change });
      expect(moved.statusCode).toBe(400);
      expect(moved.json().error).toMatchObject({ code: 'validation_failed', details: [expect.objectContaining({ field: 'password' })] });
    }
    expect((await t.call(admin, 'GET', '/api/v1/settings/inbound/imap')).json().settings).toMatchObject({ host: '127.0.0.1', mailbox: 'Archives' });
    // Another agency's admin sees none of it, and cannot enable a mailbox without its password.
    const other = await t.login(OTHER_MANAGER_EMAIL);
    expect((await t.call(other, 'GET', '/api/v1/settings/inbound/imap')).json()).toEqual({ settings: null, lastPoll: null });
    const refused = await t.call(other, 'PUT', '/api/v1/settings/inbound/imap', withoutPassword);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'validation_failed' });
    // Staff who may not change settings may not read them either.
    expect((await t.call(manager, 'GET', '/api/v1/settings/inbound/imap')).statusCode).toBe(403);
    expect((await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', { ...withoutPassword, port: 0 })).statusCode).toBe(400);
  });

  it('makes tickets of the unseen messages and flags them seen; a second poll makes nothing new', async () => {
    const server = await imapServer([
      { raw: mail('imap-1', ['Hélène Rousseau', 'helene.rousseau@example.test'], 'Ascenseur bloqué au 3e', 'Bonjour,\r\nL’ascenseur est bloqué depuis ce matin.') },
      { raw: mail('imap-2', ['Inconnu Dupont', 'inconnu.dupont@example.org'], 'Odeur de gaz dans l’escalier B', 'Bonjour, une odeur de gaz dans l’escalier B.') },
      { raw: mail('imap-read', ['Marc Lefebvre', 'marc.lefebvre@example.test'], 'Déjà lu', 'Lu par l’agence avant Gardien.'), flags: ['\\Seen'] },
    ]);
    expect((await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', mailboxOf(server))).statusCode).toBe(200);

    const first = await t.call(admin, 'POST', '/api/v1/settings/inbound/imap/poll');
    expect(first.statusCode).toBe(200);
    expect(first.json().lastPoll).toMatchObject({ taken: 2, left: 0, error: null, errorText: null });
    expect(seen(server)).toEqual([true, true, true]);
    const received = await receivedByImap();
    expect(received.map((m) => m.messageId).sort()).toEqual(['imap-1@mail.example.test', 'imap-2@mail.example.test']);
    for (const message of received) {
      expect(message.outcome).toBe('ticket_created');
      const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${message.ticketNumber}`)).json();
      expect(ticket).toMatchObject({ type: 'PENDING', source: 'email' });
    }

    const second = await t.call(admin, 'POST', '/api/v1/settings/inbound/imap/poll');
    expect(second.json().lastPoll).toMatchObject({ taken: 0, left: 0, error: null });
    expect(await receivedByImap()).toHaveLength(2);
  });

  it('leaves a message that could not be stored unseen, and takes it at the next poll', async () => {
    const server = await imapServer([{ raw: mail('imap-retry', ['Nadia Benali', 'nadia.benali@example.test'], 'Infiltration cave', 'De l’eau dans la cave A01.') }]);
    await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', mailboxOf(server));
    const failing = storageDown(t.ctx);
    expect(await pollImapMailbox(failing, organizationId)).toMatchObject({ taken: 0, left: 1, error: null });
    expect(seen(server)).toEqual([false]);
    expect((await receivedByImap()).some((m) => m.messageId === 'imap-retry@mail.example.test')).toBe(false);

    expect(await pollImapMailbox(t.ctx, organizationId)).toMatchObject({ taken: 1, left: 0, error: null });
    expect(seen(server)).toEqual([true]);
    expect((await receivedByImap()).find((m) => m.messageId === 'imap-retry@mail.example.test')).toMatchObject({ outcome: 'ticket_created' });
  });

  it('says why a poll failed: a refused password, a missing folder, a server that does not answer', async () => {
    const server = await imapServer([{ raw: mail('imap-never', ['Hélène Rousseau', 'helene.rousseau@example.test'], 'Jamais lu', 'Texte.') }]);
    await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', mailboxOf(server, { password: 'pas-le-bon' }));
    const wrong = (await t.call(admin, 'POST', '/api/v1/settings/inbound/imap/poll')).json().lastPoll;
    expect(wrong).toMatchObject({ taken: 0, error: 'authentication_failed', errorText: { fr: expect.stringContaining('mot de passe') } });

    await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', mailboxOf(server, { mailbox: 'Nulle-part' }));
    expect((await t.call(admin, 'POST', '/api/v1/settings/inbound/imap/poll')).json().lastPoll).toMatchObject({ error: 'mailbox_not_found' });

    const closed = await imapServer([]);
    await closed.close();
    servers.splice(servers.indexOf(closed), 1);
    await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', mailboxOf(closed));
    expect((await t.call(admin, 'POST', '/api/v1/settings/inbound/imap/poll')).json().lastPoll).toMatchObject({ error: 'connection_failed' });
    expect(seen(server)).toEqual([false]);

    await t.call(admin, 'DELETE', '/api/v1/settings/inbound/imap');
    const none = await t.call(admin, 'POST', '/api/v1/settings/inbound/imap/poll');
    expect(none.statusCode).toBe(409);
    expect(none.json().error).toMatchObject({ code: 'imap_not_enabled' });
  });

  it('never connects to the server’s own network unless IMAP_PRIVATE_HOSTS=1', async () => {
    const server = await imapServer([{ raw: mail('imap-private', ['Hélène Rousseau', 'helene.rousseau@example.test'], 'Réseau privé', 'Texte.') }]);
    await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', mailboxOf(server));
    const strict: AppContext = { ...t.ctx, config: { ...t.ctx.config, inbound: { ...t.ctx.config.inbound, imapPrivateHosts: false } } };
    expect(await pollImapMailbox(strict, organizationId)).toMatchObject({ taken: 0, error: 'host_not_allowed' });
    await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', mailboxOf(server, { host: 'localhost' }));
    expect(await pollImapMailbox(strict, organizationId)).toMatchObject({ taken: 0, error: 'host_not_allowed' });
    expect(seen(server)).toEqual([false]);
    await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', mailboxOf(server));
    expect(await pollImapMailbox(t.ctx, organizationId)).toMatchObject({ taken: 1, error: null });
  });

  it('is polled by the worker every IMAP_POLL_SECONDS', async () => {
    const server = await imapServer([{ raw: mail('imap-worker', ['Claire Fontaine', 'claire.fontaine@example.test'], 'Boîte aux lettres cassée', 'La boîte B12 ne ferme plus.') }]);
    await t.call(admin, 'PUT', '/api/v1/settings/inbound/imap', mailboxOf(server));
    const poller = startImapPoller(t.ctx, { intervalMs: 100, log: () => undefined });
    try {
      const started = Date.now();
      while (!seen(server)[0] && Date.now() - started < 15_000) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await poller.stop();
    }
    expect(seen(server)).toEqual([true]);
    expect((await receivedByImap()).find((m) => m.messageId === 'imap-worker@mail.example.test')).toMatchObject({ outcome: 'ticket_created' });
  });
});
