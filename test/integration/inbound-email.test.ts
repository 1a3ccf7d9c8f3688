// Email to ticket through the HTTP door: a new request from a known person or a stranger, a reply
// by each of the three links to a ticket, automatic mail ignored, the same message twice once,
// bounces marking the address failing; the raw original downloadable.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';

let t: TestApp;
let admin: string;
let manager: string;
let secret: string;
let refs: DemoRefs;
let agencyAddress: string;

const MAIL_FROM = 'Agence Démo <gestion@agence-demo.test>';

beforeAll(async () => {
  t = await createTestApp({ MAIL_FROM, INBOUND_DOMAIN: 'entrant.agence-demo.test' });
  admin = await t.login('admin@demo.gardien.test');
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
  const settings = (await t.call(admin, 'GET', '/api/v1/settings/inbound')).json();
  secret = settings.secret;
  agencyAddress = settings.addresses.find((a: { kind: string }) => a.kind === 'agency').address;
});
afterAll(async () => {
  await t?.close();
});

let counter = 0;
function message(headers: Record<string, string>, body: string): string {
  counter += 1;
  const all = { 'Message-ID': `<m${counter}-${Date.now()}@client.example.test>`, Date: 'Tue, 01 Dec 2026 09:12:00 +0100', 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit', ...headers };
  return `${Object.entries(all).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
}

function post(raw: string | Buffer, key = secret) {
  return t.app.inject({ method: 'POST', url: '/api/v1/inbound/email', headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${key}` }, payload: raw });
}

describe('email to ticket through the HTTP door', () => {
  it('when the app admin reads the inbound settings, then the agency address, the secret and one address per property are there', async () => {
    const settings = (await t.call(admin, 'GET', '/api/v1/settings/inbound')).json();
    expect(agencyAddress).toMatch(/@entrant\.agence-demo\.test$/);
    expect(settings.secret).toHaveLength(43);
    expect(settings.addresses.some((a: { address: string; kind: string }) => a.kind === 'property' && a.address.includes('+cop-001@'))).toBe(true);
    expect((await t.call(manager, 'GET', '/api/v1/settings/inbound')).statusCode).toBe(403);
  });

  it('when a known resident writes, then a pending ticket from email is linked to her and her unit, with the text', async () => {
    const response = await post(message({ From: 'Nadia Benali <Nadia.Benali@Example.test>', To: agencyAddress, Subject: 'Fuite dans la salle de bain' }, 'Bonjour,\nde l’eau coule du plafond.\nNadia'));
    expect(response.statusCode, response.body).toBe(202);
    const result = response.json();
    expect(result.outcome).toBe('ticket_created');
    const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${result.ticketNumber}`)).json();
    expect(ticket.type).toBe('PENDING');
    expect(ticket.source).toBe('email');
    expect(ticket.subject).toBe('Fuite dans la salle de bain');
    expect(ticket.unregisteredSender).toBe(false);
    expect(ticket.property.id).toBe(refs.property('COP-001').id);
    expect(ticket.unit.id).toBe(refs.unit('COP-001', 'A01').id);
    expect(ticket.description).toContain('de l’eau coule du plafond');
  });

  it('when a stranger writes, then the ticket shows under unregistered senders without a place, and the stranger is acknowledged', async () => {
    const response = await post(message({ From: 'Inconnu <inconnu@ailleurs.example.test>', To: agencyAddress, Subject: 'Ascenseur en panne' }, 'Bloqué au 3e.'));
    expect(response.statusCode, response.body).toBe(202);
    const result = response.json();
    expect(result.outcome).toBe('ticket_created');
    const list = (await t.call(manager, 'GET', '/api/v1/tickets?unregisteredSender=true&mine=false')).json();
    const row = list.items.find((i: { number: number }) => i.number === result.ticketNumber);
    expect(row).toBeDefined();
    expect(row.property).toBeNull();
    const outbox = (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${result.ticketNumber}`)).json();
    expect(outbox.items.map((m: { template: string; recipients: string[] }) => `${m.template} ${m.recipients.join(',')}`)).toEqual(['request_acknowledged inconnu@ailleurs.example.test']);
  });

  it('when the same message is delivered twice, then one ticket is made and the second answer says so', async () => {
    const raw = message({ From: 'marc.lefebvre@example.test', To: agencyAddress, Subject: 'Porte du hall' }, 'La porte ne ferme plus.');
    const first = (await post(raw)).json();
    const second = (await post(raw)).json();
    expect(second).toMatchObject({ outcome: 'ticket_created', ticketNumber: first.ticketNumber, reason: 'duplicate' });
  });

  it('when an out-of-office or a mailing list writes, then nothing is made and nobody is answered', async () => {
    const away = (await post(message({ From: 'x@ailleurs.example.test', To: agencyAddress, Subject: 'Réponse automatique : absent', 'Auto-Submitted': 'auto-replied' }, 'Je suis absent.'))).json();
    expect(away).toMatchObject({ outcome: 'ignored', reason: 'auto_reply' });
    const list = (await post(message({ From: 'news@ailleurs.example.test', To: agencyAddress, Subject: 'Lettre', 'List-Id': '<news.ailleurs.example.test>' }, 'Nouvelles.'))).json();
    expect(list).toMatchObject({ outcome: 'ignored', reason: 'list' });
    expect(away.ticketNumber).toBeUndefined();
  });

  it('when a message comes without the right secret, then it is refused with 401', async () => {
    expect((await post(message({ From: 'a@b.test', To: agencyAddress, Subject: 'x' }, 'x'), 'wrong')).statusCode).toBe(401);
    const noAuth = await t.app.inject({ method: 'POST', url: '/api/v1/inbound/email', headers: { 'content-type': 'message/rfc822' }, payload: 'x' });
    expect(noAuth.json().error.code).toBe('unauthenticated');
  });

  it('when a contractor replies with the ticket tag, then the answer joins the ticket; a stranger with the same tag opens a new one', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Robinet', description: 'Fuit.', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
    });
    const number = created.json().number;
    const contractorEmail = (await t.call(manager, 'GET', `/api/v1/contractors/${refs.contractor('F-001').id}`)).json().emails[0];
    const reply = (await post(message({ From: contractorEmail, To: agencyAddress, Subject: `RE: [Ticket n°${number}] Ordre de service` }, 'Je passe demain à 9 h.\n\nLe 1 déc. 2026, Agence a écrit :\n> Ordre de service'))).json();
    expect(reply).toMatchObject({ outcome: 'answer_added', ticketNumber: number, reason: 'subject_tag' });
    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${number}/events`)).json().items;
    const answer = events.find((e: { type: string }) => e.type === 'message_received');
    expect(answer.payload.body).toBe('Je passe demain à 9 h.');
    expect(answer.actorType).toBe('contractor');
    const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${number}`)).json();
    expect(ticket.needsAction).toBe(true);
    const stranger = (await post(message({ From: 'autre@ailleurs.example.test', To: agencyAddress, Subject: `[Ticket n°${number}] coucou` }, 'Bonjour'))).json();
    expect(stranger.outcome).toBe('ticket_created');
    expect(stranger.ticketNumber).not.toBe(number);
  });

  it('when someone answers a Gardien email by its Message-ID, then it joins that ticket; the full original is downloadable', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Volet', description: 'Bloqué.', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
    });
    const number = created.json().number;
    const outbox = (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${number}`)).json();
    const sent = outbox.items[0];
    const reply = (await post(message({ From: 'quelquun@ailleurs.example.test', To: agencyAddress, Subject: 'Re: votre message', 'In-Reply-To': `<${sent.id}@agence-demo.test>` }, 'Bien reçu.'))).json();
    expect(reply).toMatchObject({ outcome: 'answer_added', ticketNumber: number, reason: 'message_id' });
    const raw = await t.call(manager, 'GET', `/api/v1/inbound-messages/${reply.inboundMessageId}/raw`);
    expect(raw.statusCode).toBe(200);
    expect(raw.body).toContain('Bien reçu.');
    expect(raw.headers['content-type']).toContain('message/rfc822');
  });

  it('when a message has no sender at all, then it is refused and listed with its reason', async () => {
    const result = (await post(message({ To: agencyAddress, Subject: 'Sans expéditeur' }, 'Texte'))).json();
    expect(result).toMatchObject({ outcome: 'refused', reason: 'no_sender' });
    const listed = (await t.call(manager, 'GET', '/api/v1/inbound-messages?outcome=refused')).json();
    expect(listed.items[0]).toMatchObject({ subject: 'Sans expéditeur', reason: 'no_sender', hasRaw: true });
    expect(listed.items[0].reasonText.fr).toBe('Aucun expéditeur utilisable');
  });
});
