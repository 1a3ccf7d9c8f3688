// The public web form (API.md: Web form; DOMAIN.md §9): what a stranger reads of an agency, a
// request with photos becoming a PENDING webform ticket, the sender linked when known and
// confirmed by email, robots answered as if accepted with nothing created, a limit per address,
// every bad field a 400 naming it, and the page any site may frame (only that one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { MULTIPART_TYPE, multipartBody, type FormPart } from '../support/uploads.ts';
import { OTHER_MANAGER_EMAIL, OTHER_ORG_SLUG } from '../support/seed.ts';
import { buildApp } from '../../src/http/app.ts';

let t: TestApp;
let manager: string;
let addressCount = 0;

/** A fresh client address, so that each test has the per-address limit to itself. */
const newAddress = () => `203.0.113.${++addressCount}`;

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 2×2 PNG (a phone's photo, small). */
function png(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0))]);
}

interface View {
  organization: { name: string; slug: string };
  categories: { id: string; name: string; fields: { key: string; type: string; required: boolean; options?: string[] }[] }[];
  properties: { id: string; name: string; address: string }[];
  formToken: string;
}

/** Opens the form as a browser would, then lets `seconds` pass (a person filling it). */
async function openForm(seconds = 20, slug = 'demo'): Promise<View> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/webform/${slug}`, remoteAddress: '198.51.100.1' });
  expect(response.statusCode, response.body).toBe(200);
  t.clock.current = new Date(t.clock.current.getTime() + seconds * 1000);
  return response.json();
}

function send(body: Record<string, unknown>, remoteAddress: string, slug = 'demo'): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'POST', url: `/api/v1/webform/${slug}`, payload: body, remoteAddress });
}

function sendWithPhotos(body: Record<string, unknown>, photos: FormPart[], remoteAddress: string): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST', url: '/api/v1/webform/demo', remoteAddress, headers: { 'content-type': MULTIPART_TYPE },
    payload: multipartBody([{ field: 'payload', content: JSON.stringify(body) }, ...photos]),
  });
}

const category = (view: View, name: string) => view.categories.find((c) => c.name === name)!;
const property = (view: View, name: RegExp) => view.properties.find((p) => name.test(p.name))!;

/** A plain request of a stranger, from a form opened long enough ago. */
function stranger(view: View, extra: Record<string, unknown> = {}) {
  return {
    name: 'Julie Passante', email: 'julie.passante@example.test', propertyId: view.properties[0]!.id, unit: 'Bât. B, 3e étage, porte gauche',
    description: 'La porte du hall ne ferme plus depuis ce matin.', formToken: view.formToken, ...extra,
  };
}

async function ticketCount(): Promise<number> {
  const list = await t.call(manager, 'GET', '/api/v1/tickets?limit=200&scope=all');
  expect(list.statusCode, list.body).toBe(200);
  return list.json().items.length;
}

async function inboundMessages() {
  const list = await t.call(manager, 'GET', '/api/v1/inbound-messages?limit=200');
  expect(list.statusCode, list.body).toBe(200);
  return list.json().items as { id: string; channel: string; door: string; outcome: string; reason: string | null; ticketNumber: number | null; fromAddress: string | null; hasRaw: boolean }[];
}

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
});

afterAll(async () => {
  await t?.close();
});

describe('what the form offers', () => {
  it('when a stranger opens the form of an agency, then it offers its categories with their fields and its buildings by name and address, and nothing more', async () => {
    const view = await openForm(0);
    expect(view.organization).toEqual({ name: 'Agence Démo Gardien', slug: 'demo' });
    const leak = category(view, "Plomberie / fuite d'eau");
    expect(leak.fields.map((f) => [f.key, f.type, f.required])).toEqual([['location', 'select', true], ['water_cut', 'boolean', false]]);
    expect(leak.fields[0]!.options).toContain('cuisine');
    expect(view.properties.length).toBeGreaterThan(1);
    for (const p of view.properties) expect(Object.keys(p).sort()).toEqual(['address', 'id', 'name']);
    expect(view.properties[0]!.address).toMatch(/\d{5} /);
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/\bA11\b|\bCAVE-03\b|helene|rousseau|@example\.test|Ailleurs/i); // no units, no persons, no other agency
    expect(view.formToken).toMatch(/^v1\./);
  });

  it('when the address names no agency, then 404, and another agency\u2019s form shows only its own buildings', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/webform/nobody-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const other = await openForm(0, OTHER_ORG_SLUG);
    expect(other.properties.map((p) => p.name)).toEqual(['Résidence Ailleurs']);
    expect((await t.app.inject({ method: 'GET', url: '/f/nobody-here/embed.js' })).statusCode).toBe(404);
  });
});

describe('a request sent through the form', () => {
  it('when a stranger sends a request with photos, then a PENDING webform ticket holds them, the message is recorded, and the sender is confirmed by email', async () => {
    const view = await openForm();
    const leak = category(view, "Plomberie / fuite d'eau");
    const before = await ticketCount();
    const response = await sendWithPhotos(
      stranger(view, { categoryId: leak.id, categoryFields: { location: 'cuisine', water_cut: true }, subject: 'Fuite sous l’évier' }),
      [{ field: 'photos', filename: 'evier.png', type: 'image/png', content: png() }, { field: 'photos', filename: 'sol.png', type: 'image/png', content: png() }],
      newAddress(),
    );
    expect(response.statusCode, response.body).toBe(202);
    const number = response.json().ticketNumber as number;
    expect(number).toBeGreaterThan(0);
    expect(await ticketCount()).toBe(before + 1);

    const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${number}`)).json();
    expect(ticket.type).toBe('PENDING');
    expect(ticket.source).toBe('webform');
    expect(ticket.subject).toBe('Fuite sous l’évier');
    expect(ticket.property.id).toBe(view.properties[0]!.id);
    expect(ticket.category.id).toBe(leak.id);
    expect(ticket.categoryFields).toEqual({ location: 'cuisine', water_cut: true });
    expect(ticket.description).toContain('La porte du hall ne ferme plus');
    expect(ticket.description).toContain('Bât. B, 3e étage, porte gauche');
    expect(ticket.requester).toMatchObject({ name: 'Julie Passante', email: 'julie.passante@example.test', personId: null });
    expect(ticket.unregisteredSender).toBe(true);
    expect(ticket.documents.map((d: { filename: string; contentType: string }) => [d.filename, d.contentType]).sort()).toEqual([['evier.png', 'image/png'], ['sol.png', 'image/png']]);

    const recorded = (await inboundMessages()).find((m) => m.ticketNumber === number)!;
    expect(recorded).toMatchObject({ channel: 'webform', door: 'webform', outcome: 'ticket_created', fromAddress: 'julie.passante@example.test', hasRaw: true });
    const raw = await t.call(manager, 'GET', `/api/v1/inbound-messages/${recorded.id}/raw`);
    expect(raw.headers['content-type']).toMatch(/application\/json/);
    const fields = JSON.parse(raw.body);
    expect(fields).toMatchObject({ name: 'Julie Passante', unit: 'Bât. B, 3e étage, porte gauche', categoryFields: { location: 'cuisine', water_cut: true } });
    expect(fields.photos).toHaveLength(2);
    expect(fields.formToken).toBeUndefined();

    const outbox = (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${number}`)).json();
    const confirmation = outbox.items.find((m: { template: string }) => m.template === 'request_acknowledged');
    expect(confirmation, JSON.stringify(outbox.items.map((m: { template: string }) => m.template))).toBeDefined();
    expect(confirmation.recipients).toEqual(['julie.passante@example.test']);
    expect(confirmation.text).toContain(`n°${number}`);
  });

  it('when a resident the agency knows sends a request, then it is linked to them and to their unit', async () => {
    const view = await openForm();
    const response = await send(
      { name: 'Hélène R.', email: 'Helene.Rousseau@Example.test', propertyId: property(view, /Tilleuls/).id, description: 'Le radiateur du salon reste froid.', formToken: view.formToken },
      newAddress(),
    );
    expect(response.statusCode, response.body).toBe(202);
    const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${response.json().ticketNumber}`)).json();
    expect(ticket.unregisteredSender).toBe(false);
    expect(ticket.requester.personId).not.toBeNull();
    expect(ticket.requester.name).toBe('Hélène Rousseau');
    // Her unit is A11 of the building she chose.
    expect(ticket.property.name).toBe('Résidence Les Tilleuls');
    expect(ticket.unit.reference).toBe('A11');
  });

  it('when the sender gives only a phone number and types an address, then the ticket has no building and no email is queued', async () => {
    const view = await openForm();
    const response = await send({ name: 'Paul', phone: '+33 6 12 34 56 78', address: '12 rue Inconnue, 69003 Lyon', description: 'Fuite dans la cage d’escalier.', formToken: view.formToken }, newAddress());
    expect(response.statusCode, response.body).toBe(202);
    const number = response.json().ticketNumber;
    const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${number}`)).json();
    expect(ticket.property).toBeNull();
    expect(ticket.requester).toMatchObject({ name: 'Paul', phone: '+33 6 12 34 56 78' });
    expect(ticket.description).toContain('12 rue Inconnue, 69003 Lyon');
    const outbox = (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${number}`)).json();
    expect(outbox.items.filter((m: { template: string }) => m.template === 'request_acknowledged')).toEqual([]);
  });

  it('when the same form is sent twice with the same content (a double tap), then one ticket is made and both answers name it', async () => {
    const view = await openForm();
    const address = newAddress();
    const body = stranger(view, { description: 'Interphone en panne.' });
    const before = await ticketCount();
    const [first, second] = await Promise.all([send(body, address), send(body, address)]);
    expect(first.statusCode, first.body).toBe(202);
    expect(second.statusCode, second.body).toBe(202);
    expect(second.json().ticketNumber).toBe(first.json().ticketNumber);
    expect(await ticketCount()).toBe(before + 1);
  });
});

describe('robots', () => {
  it('when the hidden field is filled, then the answer looks accepted, nothing is created and the submission is recorded as ignored', async () => {
    const view = await openForm();
    const before = await ticketCount();
    const response = await sendWithPhotos(stranger(view, { website: 'http://spam.example', email: 'bot@example.test' }), [{ field: 'photos', filename: 'x.png', type: 'image/png', content: png() }], newAddress());
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json()).toEqual({ ticketNumber: null });
    expect(await ticketCount()).toBe(before);
    const recorded = (await inboundMessages()).find((m) => m.fromAddress === 'bot@example.test')!;
    expect(recorded).toMatchObject({ channel: 'webform', outcome: 'ignored', reason: 'honeypot', ticketNumber: null });
  });

  it('when the form is sent within three seconds of its opening, then the answer looks accepted and nothing is created', async () => {
    const view = await openForm(1);
    const before = await ticketCount();
    const response = await send(stranger(view, { email: 'quick@example.test' }), newAddress());
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ ticketNumber: null });
    expect(await ticketCount()).toBe(before);
    expect((await inboundMessages()).find((m) => m.fromAddress === 'quick@example.test')).toMatchObject({ outcome: 'ignored', reason: 'too_fast' });
    // The same form a moment later (a person after all) still makes its ticket.
    t.clock.current = new Date(t.clock.current.getTime() + 5000);
    const again = await send(stranger(view, { email: 'quick@example.test' }), newAddress());
    expect(again.json().ticketNumber).toBeGreaterThan(0);
  });

  it('when the form token is older than a day, forged, or another agency\u2019s, then 400 form_expired', async () => {
    const view = await openForm();
    const other = await openForm(5, OTHER_ORG_SLUG);
    const [issued, signature] = [view.formToken.split('.')[1]!, view.formToken.split('.')[2]!];
    for (const formToken of [`v1.${(Number.parseInt(issued, 36) - 3_600_000).toString(36)}.${signature}`, 'v1.abc.def', other.formToken, 'garbage']) {
      const response = await send(stranger(view, { formToken }), newAddress());
      expect(response.statusCode, formToken).toBe(400);
      expect(response.json().error.code).toBe('form_expired');
    }
    t.clock.current = new Date(t.clock.current.getTime() + 25 * 3_600_000);
    const late = await send(stranger(view), newAddress());
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toMatchObject({ code: 'form_expired', details: [{ field: 'formToken' }] });
    manager = await t.login('manager@demo.gardien.test'); // the day that passed ended the session
  });

  it('when one address sends more than five requests in ten minutes, then the sixth is 429; refused ones do not count, and other addresses still send', async () => {
    const view = await openForm();
    const address = newAddress();
    for (let i = 0; i < 3; i++) expect((await send(stranger(view, { email: 'not an email' }), address)).statusCode).toBe(400);
    for (let i = 0; i < 5; i++) {
      const response = await send(stranger(view, { description: `Demande ${i}` }), address);
      expect(response.statusCode, response.body).toBe(202);
    }
    const sixth = await send(stranger(view, { description: 'Demande 6' }), address);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('too_many_attempts');
    expect((await send(stranger(view, { description: 'Demande voisine' }), newAddress())).statusCode).toBe(202);
    t.clock.current = new Date(t.clock.current.getTime() + 11 * 60_000);
    expect((await send(stranger(view, { description: 'Demande plus tard' }), address)).statusCode).toBe(202);
  });
});

describe('bad input', () => {
  it('when fields are missing or wrong, then 400 validation_failed names each of them, and nothing is created', async () => {
    const view = await openForm();
    const leak = category(view, "Plomberie / fuite d'eau");
    const otherView = await openForm(0, OTHER_ORG_SLUG);
    const before = await ticketCount();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...stranger(view), name: undefined, description: undefined }, ['name', 'description']],
      [stranger(view, { email: 'pas-un-email', phone: 'abc' }), ['email', 'phone']],
      [stranger(view, { email: undefined }), ['email', 'phone']],
      [stranger(view, { propertyId: undefined }), ['propertyId', 'address']],
      [stranger(view, { propertyId: otherView.properties[0]!.id }), ['propertyId']],
      [stranger(view, { propertyId: 'not-a-uuid' }), ['propertyId']],
      [stranger(view, { categoryId: '00000000-0000-4000-8000-000000000000' }), ['categoryId']],
      [stranger(view, { categoryId: leak.id }), ['categoryFields.location']],
      [stranger(view, { categoryId: leak.id, categoryFields: { location: 'grenier', water_cut: 'oui', colour: 'bleu' } }), ['categoryFields.colour', 'categoryFields.location', 'categoryFields.water_cut']],
      [stranger(view, { categoryFields: { location: 'cuisine' } }), ['categoryFields']],
      [stranger(view, { name: '   ', description: ' \n ' }), ['name', 'description']],
      [stranger(view, { unexpected: 1 }), ['unexpected']],
      [stranger(view, { description: 'x'.repeat(10_001) }), ['description']],
    ];
    for (const [body, fields] of cases) {
      const response = await send(JSON.parse(JSON.stringify(body)), newAddress());
      expect(response.statusCode, `${JSON.stringify(body).slice(0, 200)} → ${response.body}`).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe('validation_failed');
      expect(error.details.map((d: { field: string }) => d.field).sort(), response.body).toEqual([...fields].sort());
    }
    expect(await ticketCount()).toBe(before);
  });

  it('when a photo is not an image, there are too many, or the body is broken, then a 4xx with its code and nothing is stored', async () => {
    const view = await openForm();
    const before = await ticketCount();
    const pdf = await sendWithPhotos(stranger(view), [{ field: 'photos', filename: 'devis.pdf', type: 'application/pdf', content: '%PDF-1.4\n%%EOF\n' }], newAddress());
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error).toMatchObject({ code: 'file_type_not_allowed', details: { filename: 'devis.pdf' } });
    const script = await sendWithPhotos(stranger(view), [{ field: 'photos', filename: 'photo.jpg', type: 'image/jpeg', content: '<script>alert(1)</script>' }], newAddress());
    expect(script.statusCode).toBe(415);
    const six = await sendWithPhotos(stranger(view), Array.from({ length: 6 }, (_, i) => ({ field: 'photos', filename: `p${i}.png`, type: 'image/png', content: png() })), newAddress());
    expect(six.statusCode).toBe(413);
    expect(six.json().error.code).toBe('too_many_files');
    const noPayload = await t.app.inject({ method: 'POST', url: '/api/v1/webform/demo', remoteAddress: newAddress(), headers: { 'content-type': MULTIPART_TYPE }, payload: multipartBody([{ field: 'photos', filename: 'a.png', type: 'image/png', content: png() }]) });
    expect(noPayload.statusCode).toBe(400);
    expect(noPayload.json().error.code).toBe('validation_failed');
    const badJson = await t.app.inject({ method: 'POST', url: '/api/v1/webform/demo', remoteAddress: newAddress(), headers: { 'content-type': MULTIPART_TYPE }, payload: multipartBody([{ field: 'payload', content: '{nope' }]) });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe('invalid_json');
    const cut = await t.app.inject({ method: 'POST', url: '/api/v1/webform/demo', remoteAddress: newAddress(), headers: { 'content-type': MULTIPART_TYPE }, payload: multipartBody([{ field: 'payload', content: JSON.stringify(stranger(view)) }]).subarray(0, 60) });
    expect(cut.statusCode).toBe(400);
    const text = await t.app.inject({ method: 'POST', url: '/api/v1/webform/demo', remoteAddress: newAddress(), headers: { 'content-type': 'text/plain' }, payload: 'name=x' });
    expect(text.statusCode).toBe(415);
    const foreign = await t.app.inject({ method: 'POST', url: '/api/v1/webform/demo', remoteAddress: newAddress(), headers: { origin: 'https://evil.example' }, payload: stranger(view) });
    expect(foreign.statusCode).toBe(403);
    const unknown = await send(stranger(view), newAddress(), 'nobody-here');
    expect(unknown.statusCode).toBe(404);
    expect(await ticketCount()).toBe(before);
  });
});

describe('the page and the snippet', () => {
  it('when the form\u2019s page is served, then any site may frame it, and every other page still refuses framing', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'gardien-dist-'));
    for (const page of ['index.html', 'webform.html', 'sign-in.html', 'exchange.html']) writeFileSync(join(dist, page), `<!doctype html><title>${page}</title>`);
    const app = await buildApp(t.ctx, { logLevel: false, webDist: dist });
    try {
      const form = await app.inject({ method: 'GET', url: '/f/demo?embed=1' });
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('webform.html');
      expect(String(form.headers['content-security-policy'])).toContain('frame-ancestors *');
      expect(String(form.headers['content-security-policy'])).toContain("script-src 'self'");
      expect(form.headers['x-frame-options']).toBeUndefined();
      for (const url of ['/', '/x', '/tickets/3', '/f/demo/other', '/webform.html', '/api/v1/webform/demo']) {
        const other = await app.inject({ method: 'GET', url });
        expect(other.headers['x-frame-options'], url).toBe('DENY');
        if (other.headers['content-security-policy']) expect(String(other.headers['content-security-policy']), url).toContain("frame-ancestors 'none'");
      }
    } finally {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('when an agency\u2019s site loads the snippet, then it is a script that frames the agency\u2019s form', async () => {
    const script = await t.app.inject({ method: 'GET', url: '/f/demo/embed.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.body.startsWith('/*')).toBe(true); // the script itself, not a JSON string of it
    expect(script.body).toContain('"demo"');
    expect(script.body).toContain("'/f/'");
    expect(script.body).toContain('gardien:webform:height');
    expect(() => new Function(script.body)).not.toThrow();
  });
});

describe('the form\u2019s address for the agency', () => {
  it('when staff read where their form lives, then they get its page, its snippet and an iframe, for their own agency', async () => {
    const links = await t.call(manager, 'GET', '/api/v1/settings/webform');
    expect(links.statusCode, links.body).toBe(200);
    expect(links.json()).toMatchObject({ pageUrl: expect.stringMatching(/\/f\/demo$/), scriptUrl: expect.stringMatching(/\/f\/demo\/embed\.js$/) });
    expect(links.json().snippet).toBe(`<script src="${links.json().scriptUrl}" async></script>`);
    expect(links.json().iframe).toContain(`src="${links.json().pageUrl}?embed=1"`);
    const other = await t.call(await t.login(OTHER_MANAGER_EMAIL), 'GET', '/api/v1/settings/webform');
    expect(other.json().pageUrl).toMatch(new RegExp(`/f/${OTHER_ORG_SLUG}$`));
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/settings/webform' })).statusCode).toBe(401);
  });
});

describe('another agency', () => {
  it('when the other agency\u2019s manager reads the inbound messages, then the demo agency\u2019s form submissions are not among them', async () => {
    const other = await t.login(OTHER_MANAGER_EMAIL);
    const list = await t.call(other, 'GET', '/api/v1/inbound-messages?limit=200');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.filter((m: { channel: string }) => m.channel === 'webform')).toEqual([]);
  });
});
