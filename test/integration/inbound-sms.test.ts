// The SMS door: Twilio's signed callback joins the open ticket of the contractor or party whose
// number sent it, as their answer; an unknown number is recorded in "Messages reçus", not lost;
// the same MessageSid twice is taken once; a missing or wrong signature is refused.
import { createHmac } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';

const AUTH_TOKEN = 'twilio-test-auth-token-0123456789';
const PUBLIC_URL = 'https://gardien.agence-demo.test';
const PATH = '/api/v1/inbound/sms';

let t: TestApp;
let manager: string;
let refs: DemoRefs;

beforeAll(async () => {
  t = await createTestApp({
    SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: 'ACtest', TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM: '+33700000001', TWILIO_BASE_URL: 'http://127.0.0.1:9', PUBLIC_URL,
  });
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
});
afterAll(async () => {
  await t?.close();
});

/** Signs as Twilio documents it: HMAC-SHA1 over the URL and each parameter's name and value, sorted by name. */
function sign(url: string, params: Record<string, string>, token = AUTH_TOKEN): string {
  const data = url + Object.keys(params).sort().map((k) => k + params[k]).join('');
  return createHmac('sha1', token).update(data).digest('base64');
}

let sid = 0;
function callback(from: string, body: string, extra: Record<string, string> = {}): Record<string, string> {
  sid += 1;
  return { ToCountry: 'FR', SmsMessageSid: `SM${sid}`, NumMedia: '0', From: from, To: '+33700000001', Body: body, MessageSid: `SM${String(sid).padStart(32, '0')}`, AccountSid: 'ACtest', ApiVersion: '2010-04-01', ...extra };
}

function post(params: Record<string, string>, signature: string | null = sign(PUBLIC_URL + PATH, params)) {
  return t.app.inject({
    method: 'POST', url: PATH, payload: new URLSearchParams(params).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8', ...(signature === null ? {} : { 'x-twilio-signature': signature }) },
  });
}

async function workOrder(subject: string) {
  const response = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A11').id, subject, description: 'Fuite importante.',
    contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email', 'sms'] }],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { number: number; needsAction: boolean };
}

const answers = async (number: number) =>
  ((await t.call(manager, 'GET', `/api/v1/tickets/${number}/events`)).json().items as { type: string; actorType: string; actorName: string; channel: string; dispatchId: string | null; payload: { body: string; from: string } }[])
    .filter((e) => e.type === 'message_received');

const received = async () => (await t.call(manager, 'GET', '/api/v1/inbound-messages?limit=200')).json().items as { channel: string; fromAddress: string; outcome: string; reason: string; ticketNumber: number | null; subject: string; id: string; hasRaw: boolean; report: { media?: { url: string }[] } }[];

describe('SMS replies (POST /inbound/sms)', () => {
  it('refuses a callback without a signature, or signed with another token or for another URL, and writes nothing', async () => {
    const ticket = await workOrder('Signature');
    const params = callback('+33639982233', 'Je passe demain');
    for (const signature of [null, '', sign(PUBLIC_URL + PATH, params, 'another-token'), sign(`https://evil.test${PATH}`, params), sign(PUBLIC_URL + PATH, { ...params, Body: 'autre chose' })]) {
      const response = await post(params, signature);
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().error.code).toBe('invalid_signature');
    }
    expect(await answers(ticket.number)).toEqual([]);
    expect((await received()).filter((m) => m.channel === 'sms')).toEqual([]);
  });

  it('joins the open ticket of the contractor whose mobile (typed +33 6 39 98 22 33 on the ticket) sent it, as their unread answer, and answers empty TwiML', async () => {
    const older = await workOrder('Fuite cave');
    const ticket = await workOrder('Fuite sous l’évier');
    const response = await post(callback('+33639982233', 'Bonjour, je passe demain à 9h.'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    expect(response.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');

    const [answer] = await answers(ticket.number);
    expect(answer).toMatchObject({ actorType: 'contractor', actorName: 'Plomberie Dupuis', channel: 'sms', payload: { from: 'Plomberie Dupuis', body: 'Bonjour, je passe demain à 9h.' } });
    expect(answer!.dispatchId).toBeTruthy();
    expect(await answers(older.number)).toEqual([]);
    const shown = (await t.call(manager, 'GET', `/api/v1/tickets/${ticket.number}`)).json();
    expect(shown.needsAction).toBe(true);
    expect(shown.unreadCount).toBeGreaterThan(0);

    const record = (await received()).find((m) => m.channel === 'sms' && m.ticketNumber === ticket.number)!;
    expect(record).toMatchObject({ outcome: 'answer_added', fromAddress: '+33639982233', hasRaw: true });
    const raw = await t.call(manager, 'GET', `/api/v1/inbound-messages/${record.id}/raw`);
    expect(JSON.parse(raw.body)).toMatchObject({ From: '+33639982233', Body: 'Bonjour, je passe demain à 9h.' });
  });

  it('joins the open request of a resident who wrote it, as the requester', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'PENDING', propertyId: refs.property('COP-001').id, subject: 'Infiltration salle de bain', source: 'phone', requester: { personId: refs.person('P-003').id },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { number } = created.json();
    expect((await post(callback('+33639985603', 'La tache s’étend encore.'))).statusCode).toBe(200);
    const [answer] = await answers(number);
    expect(answer).toMatchObject({ actorType: 'requester', actorName: 'Nadia Benali', channel: 'sms', payload: { body: 'La tache s’étend encore.' } });
  });

  it('takes the same MessageSid once: Twilio retrying adds no second answer', async () => {
    const ticket = await workOrder('Doublon');
    const params = callback('0639982233', 'Devis envoyé ce soir');
    expect((await post(params)).statusCode).toBe(200);
    expect((await post(params)).statusCode).toBe(200);
    expect((await answers(ticket.number)).map((a) => a.payload.body)).toEqual(['Devis envoyé ce soir']);
    expect((await received()).filter((m) => m.subject === 'Devis envoyé ce soir')).toHaveLength(1);
  });

  it('keeps the URLs of an MMS’s media (not fetched) and says so in the answer', async () => {
    const ticket = await workOrder('Photo MMS');
    const response = await post(callback('+33639982233', 'Voici la photo', { NumMedia: '1', MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/ACtest/Messages/MM1/Media/ME1', MediaContentType0: 'image/jpeg' }));
    expect(response.statusCode).toBe(200);
    const [answer] = await answers(ticket.number);
    expect(answer!.payload.body).toContain('Voici la photo');
    expect(answer!.payload.body).toContain('1 pièce jointe non récupérée');
    const record = (await received()).find((m) => m.ticketNumber === ticket.number)!;
    expect(record.report.media).toEqual([{ url: 'https://api.twilio.com/2010-04-01/Accounts/ACtest/Messages/MM1/Media/ME1', contentType: 'image/jpeg' }]);
  });

  it('records an SMS from a number no open ticket has as refused (unknown_number), shown in "Messages reçus"', async () => {
    const response = await post(callback('+33611223344', 'Qui êtes-vous ?'));
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<Response/>');
    const record = (await received()).find((m) => m.subject === 'Qui êtes-vous ?');
    expect(record).toMatchObject({ channel: 'sms', outcome: 'refused', reason: 'unknown_number', fromAddress: '+33611223344', ticketNumber: null });
  });

  it('records a number only another agency knows in that agency, not in this one', async () => {
    const other = await t.login(OTHER_MANAGER_EMAIL);
    const person = (await t.call(other, 'GET', '/api/v1/persons?limit=10')).json().items[0] as { id: string };
    expect((await t.call(other, 'PATCH', `/api/v1/persons/${person.id}`, { phones: ['06 55 44 33 22'] })).statusCode).toBe(200);
    expect((await post(callback('+33655443322', 'Message pour l’autre agence'))).statusCode).toBe(200);
    expect((await received()).find((m) => m.subject === 'Message pour l’autre agence')).toBeUndefined();
    const theirs = (await t.call(other, 'GET', '/api/v1/inbound-messages?limit=50')).json().items as { subject: string; reason: string }[];
    expect(theirs.find((m) => m.subject === 'Message pour l’autre agence')).toMatchObject({ reason: 'unknown_number' });
  });

  it('ignores a delivery status callback sent to the same URL: nothing recorded', async () => {
    const before = (await received()).length;
    const status = { MessageSid: 'SMstatus0001', MessageStatus: 'delivered', SmsStatus: 'delivered', From: '+33700000001', To: '+33639982233', AccountSid: 'ACtest' };
    const response = await post(status);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<Response/>');
    expect((await received()).length).toBe(before);
  });

  it('answers any signed callback, however odd its parameters, below 500 (fuzzed)', async () => {
    const odd = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('', '\u0000', '+', '00', '0'.repeat(40), '+33 6 39 98 22 33', 'é'.repeat(3000), '-1', 'NaN', '1e309'));
    await fc.assert(
      fc.asyncProperty(fc.record({ From: odd, Body: odd, MessageSid: odd, NumMedia: odd, MediaUrl0: odd, To: odd }, { requiredKeys: [] }), async (params) => {
        const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as Record<string, string>;
        const response = await post(clean);
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.json().error.code).toMatch(/^[a-z_]+$/);
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('refuses a body that is not form-encoded (415), and a callback without From (400)', async () => {
    const json = await t.app.inject({ method: 'POST', url: PATH, payload: { From: '+33639982233' } });
    expect(json.statusCode).toBe(415);
    const params = { MessageSid: 'SMnofrom', Body: 'x' };
    const response = await post(params);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });
});
