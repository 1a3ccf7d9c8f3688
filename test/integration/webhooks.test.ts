// Outgoing webhooks end to end (DOMAIN.md §16): an app admin registers a receiver listening on
// loopback (allowed here by WEBHOOK_PRIVATE_HOSTS=1), changes of tickets write deliveries in their
// own transaction, the worker's pass signs and sends them, the receiver checks the signature with
// its own HMAC, a 500 is retried after the backoff, a delivery is replayed, and a receiver that
// keeps failing is switched off with the app admins told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createHmac, randomUUID } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { deliverDueWebhooks } from '../../src/webhooks/deliver-due-webhooks.ts';
import { postWebhook } from '../../src/webhooks/post-webhook.ts';
import { isPrivateAddress } from '../../src/channels/network-address.ts';
import { purgeOldDeliveries } from '../../src/webhooks/purge-old-deliveries.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on loopback: records what it gets, answers the next status of `answers` (200 when none). */
function receiver() {
  const received: Received[] = [];
  const answers: { status: number; body: string }[] = [];
  let always: { status: number; body: string } | undefined;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = answers.shift() ?? always ?? { status: 200, body: 'ok, thanks' };
      response.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body);
    });
  });
  return {
    received, answers, server,
    failAlways(status: number, body: string) {
      always = { status, body };
    },
    recover() {
      always = undefined;
    },
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/gardien`;
    },
  };
}

/** The receiver's side of docs/webhooks.md, written here from the document, not from Gardien's code. */
function verifiedBy(secret: string, received: Received): boolean {
  const header = String(received.headers['gardien-signature'] ?? '');
  const t = /(?:^|,)t=(\d+)/.exec(header)?.[1];
  const v1 = /(?:^|,)v1=([0-9a-f]{64})/.exec(header)?.[1];
  if (!t || !v1) return false;
  return createHmac('sha256', secret).update(`${t}.${received.body}`).digest('hex') === v1;
}

const WORKER = randomUUID();

describe('webhooks', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let refs: DemoRefs;
  const hook = receiver();
  let url: string;

  beforeAll(async () => {
    t = await createTestApp({ WEBHOOK_PRIVATE_HOSTS: '1', PUBLIC_URL: 'https://gardien.example.test' });
    url = await hook.listen();
    admin = await t.login('admin@demo.gardien.test');
    manager = await t.login('manager@demo.gardien.test');
    refs = await demoRefs(t, manager);
  });
  afterAll(async () => {
    hook.server.close();
    await t?.close();
  });

  const register = async (eventTypes: string[], target = url) => {
    const response = await t.call(admin, 'POST', '/api/v1/webhooks', { url: target, description: 'Comptabilité', eventTypes });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; secret: string; secretHint: string };
  };
  const newTicket = async (subject: string) => {
    const response = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A11').id, subject, description: 'Test des webhooks',
      contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { number: number; dispatches: { id: string }[] };
  };
  const deliveries = async (id: string, query = '') => {
    const response = await t.call(admin, 'GET', `/api/v1/webhooks/${id}/deliveries${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as { id: string; eventType: string; eventId: string; state: string; attempts: number; lastStatus: number | null; nextAttemptAt: string | null; replayOf: string | null; payload: Record<string, unknown>; tries: { responseStatus: number | null; responseBody: string | null; error: string | null }[] }[];
  };
  const pass = () => deliverDueWebhooks(t.ctx, WORKER, 50);
  const moveClock = (seconds: number) => (t.clock.current = new Date(t.clock.current.getTime() + seconds * 1000));
  // Sessions end when hours pass on the clock: sign in again.
  const signInAgain = async () => {
    admin = await t.login('admin@demo.gardien.test');
    manager = await t.login('manager@demo.gardien.test');
  };
  const remove = async (id: string) => expect((await t.call(admin, 'DELETE', `/api/v1/webhooks/${id}`)).statusCode).toBe(204);

  it('shows the secret once, and only to app admins of the agency', async () => {
    const created = await register(['ticket.created']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.secretHint).toBe(created.secret.slice(-4));
    const list = await t.call(admin, 'GET', '/api/v1/webhooks');
    expect(list.body).not.toContain(created.secret);
    expect(list.json().items.map((w: { id: string }) => w.id)).toContain(created.id);
    expect((await t.call(admin, 'GET', `/api/v1/webhooks/${created.id}`)).body).not.toContain(created.secret);
    // A manager is not an app admin; another agency's admin does not see it exist.
    expect((await t.call(manager, 'GET', '/api/v1/webhooks')).statusCode).toBe(403);
    const other = await t.login(OTHER_MANAGER_EMAIL);
    expect((await t.call(other, 'GET', `/api/v1/webhooks/${created.id}`)).statusCode).toBe(404);
    expect((await t.call(other, 'GET', `/api/v1/webhooks/${created.id}/deliveries`)).statusCode).toBe(404);
    expect((await t.call(other, 'GET', '/api/v1/webhooks')).json().items).toEqual([]);
    await remove(created.id);
  });

  it('refuses URLs that are not a receiver on the Internet, with a code and a sentence', async () => {
    const strict = await createTestApp();
    try {
      const cookie = await strict.login('admin@demo.gardien.test');
      const post = (body: Record<string, unknown>) => strict.call(cookie, 'POST', '/api/v1/webhooks', { eventTypes: ['ticket.created'], ...body });
      for (const target of ['http://127.0.0.1:8080/x', 'http://localhost/x', 'http://[::1]/x', 'https://10.1.2.3/x', 'http://169.254.169.254/latest/meta-data', 'https://192.168.1.10/']) {
        const refused = await post({ url: target });
        expect(refused.statusCode, target).toBe(422);
        expect(refused.json().error.code).toBe('webhook_address_not_allowed');
        expect(refused.json().error.message).toContain('WEBHOOK_PRIVATE_HOSTS');
      }
      for (const target of ['ftp://example.com/x', 'not a url', 'https://user:pass@example.com/x']) {
        const refused = await post({ url: target });
        expect(refused.statusCode, target).toBe(422);
        expect(refused.json().error.code).toBe('webhook_url_invalid');
      }
      expect((await post({ url: 'https://example.com/x', eventTypes: ['ticket.exploded'] })).statusCode).toBe(400);
      expect((await post({ url: 'https://example.com/x', eventTypes: [] })).statusCode).toBe(400);
      expect((await strict.call(cookie, 'GET', '/api/v1/webhooks')).json().items).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('checks at each try the address a name resolves to', async () => {
    const refusedLiteral = await postWebhook({ url: url.replace('127.0.0.1', 'localhost'), body: '{}', headers: {}, allowPrivate: false, timeoutMs: 2000, keepBytes: 100 });
    expect(refusedLiteral.error).toMatch(/^address_not_allowed/);
    // This machine's own name resolves to one of its addresses (in /etc/hosts): refused too.
    const name = hostname();
    const address = await lookup(name).then((a) => a.address, () => undefined);
    if (address && isPrivateAddress(address)) {
      const refusedName = await postWebhook({ url: `http://${name}:${new URL(url).port}/hooks`, body: '{}', headers: {}, allowPrivate: false, timeoutMs: 2000, keepBytes: 100 });
      expect(refusedName.error).toMatch(/^address_not_allowed/);
    }
    const before = hook.received.length;
    const allowed = await postWebhook({ url, body: '{}', headers: {}, allowPrivate: true, timeoutMs: 2000, keepBytes: 100 });
    expect(allowed.status).toBe(200);
    expect(hook.received.length).toBe(before + 1);
  });

  it('writes a signed delivery with the change, sends it after, and keeps the answer', async () => {
    const created = await register(['ticket.created']);
    const ticket = await newTicket('Fuite au 3e étage');
    const [queued] = await deliveries(created.id);
    expect(queued).toMatchObject({ eventType: 'ticket.created', state: 'queued', attempts: 0 });
    const before = hook.received.length;
    expect(await pass()).toMatchObject({ delivered: 1 });
    const got = hook.received.slice(before);
    expect(got).toHaveLength(1);
    expect(verifiedBy(created.secret, got[0]!)).toBe(true);
    expect(verifiedBy(created.secret.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')), got[0]!)).toBe(false);
    expect(got[0]!.headers['gardien-event']).toBe('ticket.created');
    expect(got[0]!.headers['content-type']).toBe('application/json');
    const body = JSON.parse(got[0]!.body);
    expect(body).toMatchObject({ id: queued!.eventId, type: 'ticket.created', data: { ticket: { number: ticket.number, subject: 'Fuite au 3e étage', type: 'ODS', url: `https://gardien.example.test/tickets/${ticket.number}` } } });
    expect(body.data.events.map((e: { type: string }) => e.type)).toContain('ticket_created');
    const [delivered] = await deliveries(created.id);
    expect(delivered).toMatchObject({ state: 'delivered', attempts: 1, lastStatus: 200 });
    expect(delivered!.tries).toEqual([expect.objectContaining({ responseStatus: 200, responseBody: 'ok, thanks', error: null })]);
    // Nothing is sent twice: the next pass finds nothing.
    expect(await pass()).toEqual({ delivered: 0, retrying: 0, failed: 0, lost: 0 });
    expect(hook.received.length).toBe(before + 1);
    await remove(created.id);
  });

  it('sends only the subscribed types: a dispatch moving, an answer, a closing', async () => {
    const created = await register(['dispatch.state_changed', 'answer.received', 'ticket.closed']);
    const ticket = await newTicket('Chaudière en panne');
    const onCreation = await deliveries(created.id);
    // Created, its dispatch appears (no state before): that is a dispatch's state changing.
    expect(onCreation.map((d) => d.eventType)).toEqual(['dispatch.state_changed']);
    await act(t, manager, ticket.number, { action: 'enter_acceptance', dispatchId: ticket.dispatches[0]!.id, startsAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(), durationMinutes: 60 });
    const after = await deliveries(created.id);
    expect(after.map((d) => d.eventType).sort()).toEqual(['answer.received', 'dispatch.state_changed', 'dispatch.state_changed']);
    const moved = after.find((d) => d.eventType === 'dispatch.state_changed' && (d.payload.data as { dispatch: { previousState: string | null } }).dispatch.previousState !== null)!;
    expect((moved.payload.data as { dispatch: Record<string, unknown> }).dispatch).toMatchObject({ id: ticket.dispatches[0]!.id, state: 'accepted' });
    // A refused action commits nothing, so writes no delivery.
    const refused = await t.call(manager, 'POST', `/api/v1/tickets/${ticket.number}/actions`, { action: 'enter_invoice', dispatchId: ticket.dispatches[0]!.id, amountCents: 100 });
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(await deliveries(created.id)).toHaveLength(3);
    await act(t, manager, ticket.number, { action: 'close', comment: 'Réglé' });
    expect((await deliveries(created.id)).map((d) => d.eventType)).toContain('ticket.closed');
    await remove(created.id);
  });

  it('retries after a 500 once the backoff has passed, and keeps every try', async () => {
    const created = await register(['ticket.created']);
    await newTicket('Ascenseur bloqué');
    hook.answers.push({ status: 500, body: 'boom: database down' });
    expect(await pass()).toMatchObject({ retrying: 1 });
    const [waiting] = await deliveries(created.id);
    expect(waiting).toMatchObject({ state: 'queued', attempts: 1, lastStatus: 500 });
    expect(new Date(waiting!.nextAttemptAt!).getTime() - t.clock.current.getTime()).toBe(30_000);
    // Not before its time…
    expect(await pass()).toMatchObject({ delivered: 0, retrying: 0 });
    moveClock(31);
    // …then again, signed anew, and delivered.
    const before = hook.received.length;
    expect(await pass()).toMatchObject({ delivered: 1 });
    expect(verifiedBy(created.secret, hook.received[before]!)).toBe(true);
    const [done] = await deliveries(created.id);
    expect(done).toMatchObject({ state: 'delivered', attempts: 2, lastStatus: 200 });
    expect(done!.tries.map((x) => [x.responseStatus, x.responseBody])).toEqual([[500, 'boom: database down'], [200, 'ok, thanks']]);
    expect((await t.call(admin, 'GET', `/api/v1/webhooks/${created.id}/deliveries?state=delivered`)).json().items).toHaveLength(1);
    expect((await t.call(admin, 'GET', `/api/v1/webhooks/${created.id}/deliveries?state=failed`)).json().items).toHaveLength(0);
    await remove(created.id);
  });

  it('replays a delivery with the same event id and body, signed with the current secret', async () => {
    const created = await register(['ticket.created']);
    await newTicket('Interphone muet');
    await pass();
    const [first] = await deliveries(created.id);
    const firstBody = hook.received.at(-1)!.body;
    const renewed = await t.call(admin, 'POST', `/api/v1/webhooks/${created.id}/secret`);
    expect(renewed.statusCode).toBe(200);
    const secret = renewed.json().secret as string;
    expect(secret).not.toBe(created.secret);
    const replay = await t.call(admin, 'POST', `/api/v1/webhooks/${created.id}/deliveries/${first!.id}/replay`);
    expect(replay.statusCode, replay.body).toBe(201);
    expect(replay.json()).toMatchObject({ eventId: first!.eventId, replayOf: first!.id, state: 'queued' });
    // Still waiting: a second replay now is refused.
    const again = await t.call(admin, 'POST', `/api/v1/webhooks/${created.id}/deliveries/${replay.json().id}/replay`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('delivery_in_progress');
    expect(await pass()).toMatchObject({ delivered: 1 });
    const got = hook.received.at(-1)!;
    expect(got.body).toBe(firstBody);
    expect(verifiedBy(secret, got)).toBe(true);
    expect(verifiedBy(created.secret, got)).toBe(false);
    const one = await t.call(admin, 'GET', `/api/v1/webhooks/${created.id}/deliveries/${replay.json().id}`);
    expect(one.json()).toMatchObject({ state: 'delivered', replayOf: first!.id });
    expect((await t.call(admin, 'POST', `/api/v1/webhooks/${created.id}/deliveries/${randomUUID()}/replay`)).statusCode).toBe(404);
    await remove(created.id);
  });

  it('tells of bookings made and changed, and of news posts published', async () => {
    const created = await register(['booking.created', 'booking.changed', 'news.published']);
    const allDay = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ from: '00:00', to: '24:00' }]]));
    const room = await t.call(manager, 'POST', '/api/v1/resources', {
      propertyId: refs.property('GER-010').id, name: 'Salle des webhooks', kind: 'common_room',
      rules: { openingHours: allDay, slotMinutes: 60, minMinutes: 60, maxMinutes: 180, bufferMinutes: 0, minNoticeHours: 0, maxAheadDays: 30, perResident: null, approval: 'instant', cancelHoursBefore: 0, priceCents: null, depositCents: null },
    });
    expect(room.statusCode, room.body).toBe(201);
    const start = new Date(Math.ceil((t.clock.now().getTime() + 2 * 86_400_000) / 3_600_000) * 3_600_000);
    const booked = await t.call(manager, 'POST', '/api/v1/bookings', { resourceId: room.json().id, personId: refs.person('P-010').id, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString() });
    expect(booked.statusCode, booked.body).toBe(201);
    expect((await t.call(manager, 'POST', `/api/v1/bookings/${booked.json().id}/cancel`, { reason: 'Travaux' })).statusCode).toBe(200);
    const post = await t.call(manager, 'POST', '/api/v1/news', { title: 'Coupure d\u2019eau', body: '<p>Mardi matin</p>', kind: 'info', audience: { propertyIds: [refs.property('GER-010').id] } });
    expect(post.statusCode, post.body).toBe(201);
    expect((await t.call(manager, 'POST', `/api/v1/news/${post.json().post.id}/publish`, {})).statusCode).toBe(200);
    expect(await pass()).toMatchObject({ delivered: 3 });
    const bodies = hook.received.slice(-3).map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.type).sort()).toEqual(['booking.changed', 'booking.created', 'news.published']);
    expect(bodies.find((b) => b.type === 'booking.changed').data).toMatchObject({ action: 'cancel', previousState: 'confirmed', booking: { id: booked.json().id, state: 'cancelled', reason: 'Travaux' } });
    expect(bodies.find((b) => b.type === 'news.published').data.post).toMatchObject({ id: post.json().post.id, title: 'Coupure d\u2019eau' });
    // The resident is named by id only.
    expect(JSON.stringify(bodies)).not.toMatch(/@|\+33/);
    await remove(created.id);
  });

  it('records an answer of any bytes, refuses a forged cursor, replays once per click, and keeps finished deliveries a month', async () => {
    const created = await register(['ticket.created']);
    await newTicket('Réponse binaire');
    // A gzip-like answer with NUL bytes: recorded as text, the delivery delivered (not tried for ever).
    hook.answers.push({ status: 200, body: 'ok\u0000\u001f\u008b\u0000' });
    expect(await pass()).toMatchObject({ delivered: 1 });
    const [done] = await deliveries(created.id);
    expect(done).toMatchObject({ state: 'delivered', attempts: 1 });
    expect(done!.tries[0]!.responseBody).toContain('ok\uFFFD');
    // A cursor with a date the database cannot hold is a 400, not a 500.
    const forged = Buffer.from(JSON.stringify({ s: '0000-01-01T00:00:00.000Z', id: randomUUID() })).toString('base64url');
    const badCursor = await t.call(admin, 'GET', `/api/v1/webhooks/${created.id}/deliveries?cursor=${forged}`);
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.code).toBe('invalid_cursor');
    // Two clicks on "Renvoyer": one replay.
    const first = await t.call(admin, 'POST', `/api/v1/webhooks/${created.id}/deliveries/${done!.id}/replay`);
    const second = await t.call(admin, 'POST', `/api/v1/webhooks/${created.id}/deliveries/${done!.id}/replay`);
    expect([first.statusCode, second.statusCode]).toEqual([201, 409]);
    await pass();
    // A month on, the daily clean-up removes what was delivered; what waits stays.
    hook.failAlways(500, 'down');
    await newTicket('Encore en attente');
    await pass();
    moveClock(31 * 86_400);
    await signInAgain();
    expect(await purgeOldDeliveries(t.ctx)).toBeGreaterThanOrEqual(2);
    const left = await deliveries(created.id);
    expect(left.map((d) => d.state)).toEqual(['queued']);
    hook.recover();
    await remove(created.id);
  });

  it('does not switch a webhook off for a burst of failures during a short outage', async () => {
    const created = await register(['ticket.created']);
    hook.failAlways(503, 'restarting');
    for (let i = 0; i < 22; i++) await newTicket(`Rafale ${i}`);
    await pass();
    await pass();
    const during = (await t.call(admin, 'GET', `/api/v1/webhooks/${created.id}`)).json();
    expect(during.consecutiveFailures).toBeGreaterThanOrEqual(20);
    expect(during).toMatchObject({ active: true, disabledReason: null });
    // The receiver is back before the hour: everything leaves at its next try, the count starts again.
    hook.recover();
    moveClock(31);
    await signInAgain();
    expect((await pass()).delivered).toBe(22);
    expect((await t.call(admin, 'GET', `/api/v1/webhooks/${created.id}`)).json()).toMatchObject({ active: true, consecutiveFailures: 0 });
    await remove(created.id);
  });

  it('gives a delivery up after its last try, switches off a receiver that keeps failing and tells the app admins', async () => {
    const created = await register(['ticket.created', 'ticket.changed']);
    hook.failAlways(503, 'maintenance');
    const tickets = [await newTicket('Panne A')];
    // One delivery alone: eight tries over about an hour, then it gives up; the webhook stays on.
    for (let round = 0; round < 8; round++) {
      await pass();
      moveClock(3600);
    }
    await signInAgain();
    const [given] = await deliveries(created.id);
    expect(given).toMatchObject({ state: 'failed', attempts: 8, lastStatus: 503 });
    expect(given!.tries).toHaveLength(8);
    expect((await t.call(admin, 'GET', `/api/v1/webhooks/${created.id}`)).json()).toMatchObject({ active: true, consecutiveFailures: 8 });
    // Two more events fail on: at 20 failed tries in a row it is switched off.
    for (const subject of ['Panne B', 'Panne C']) tickets.push(await newTicket(subject));
    let state = { active: true, consecutiveFailures: 0, disabledReason: null as string | null };
    for (let round = 0; round < 12 && state.active; round++) {
      await pass();
      moveClock(3600);
      await signInAgain();
      state = (await t.call(admin, 'GET', `/api/v1/webhooks/${created.id}`)).json();
    }
    expect(state).toMatchObject({ active: false, disabledReason: 'failures' });
    // Tries in flight when it went off still count; it went off at the 20th.
    expect(state.consecutiveFailures).toBeGreaterThanOrEqual(20);
    const outbox = await t.call(admin, 'GET', '/api/v1/outbox?limit=200');
    const told = outbox.json().items.filter((m: { template: string }) => m.template === 'webhook_disabled');
    expect(told).toHaveLength(1);
    expect(told[0].recipients).toContain('admin@demo.gardien.test');
    expect(told[0].text).toContain(url);
    // Switched off, nothing leaves — what happens meanwhile waits.
    await act(t, manager, tickets[0]!.number, { action: 'internal_note', body: 'Relance du destinataire' });
    const sent = hook.received.length;
    moveClock(3600);
    await signInAgain();
    expect(await pass()).toEqual({ delivered: 0, retrying: 0, failed: 0, lost: 0 });
    expect(hook.received.length).toBe(sent);
    // Mended and switched on again: what waited leaves.
    hook.recover();
    const on = await t.call(admin, 'PATCH', `/api/v1/webhooks/${created.id}`, { active: true });
    expect(on.json()).toMatchObject({ active: true, disabledReason: null, consecutiveFailures: 0 });
    const leaving = await pass();
    expect(leaving.delivered).toBeGreaterThanOrEqual(2);
    expect(hook.received.slice(sent).every((r) => verifiedBy(created.secret, r))).toBe(true);
    expect(hook.received.slice(sent).map((r) => JSON.parse(r.body).type)).toContain('ticket.changed');
    await remove(created.id);
  });
});
