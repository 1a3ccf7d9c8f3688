// What the manager puts in a message reaches it: the words typed for "Informer un tiers" are in
// the email the third party receives; the approval request of a multiple quote names every quote
// put to the approver (contractor, amount in the agency's format, validity, a link to its file
// that opens it through the approver's personal link); a tenant watching with a portal account
// finds the ticket's page in their space in the appointment email, a typed-in watcher does not.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { portalSession } from '../support/portal-session.ts';

let t: TestApp;
let manager: string;
let refs: DemoRefs;

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://gardien.example.fr' });
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
});
afterAll(() => t?.close());

interface OutboxItem { channel: string; template: string; recipientName: string; recipients: string[]; text: string; html: string | null }
const outboxOf = async (n: number) => (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${n}&limit=200`)).json().items as OutboxItem[];

function pdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

async function upload(number: number, name: string): Promise<string> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(pdf())], { type: 'application/pdf' }), name);
  const request = new Request('http://gardien.test/', { method: 'POST', body: form });
  const response = await t.app.inject({
    method: 'POST', url: `/api/v1/tickets/${number}/attachments`,
    headers: { cookie: manager, 'content-type': request.headers.get('content-type')! }, payload: Buffer.from(await request.arrayBuffer()),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().items[0].id;
}

describe('what the manager puts in a message reaches it', () => {
  it('when a third party is informed with a message, then the email they receive carries that message', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Dégât des eaux', contractors: [{ contractorId: refs.contractor('F-001').id }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const n = created.json().number;
    await act(t, manager, n, {
      action: 'inform_third_party', recipients: [{ name: 'Voisin du dessous', emails: ['voisin@example.fr'], channels: ['email'] }],
      message: 'Le plombier passera chez vous jeudi pour vérifier le plafond.',
    });
    const email = (await outboxOf(n)).find((m) => m.template === 'third_party_informed' && m.channel === 'email');
    expect(email?.recipients).toEqual(['voisin@example.fr']);
    expect(email?.text).toContain('Le plombier passera chez vous jeudi pour vérifier le plafond.');
  });

  it('when two quotes of a multiple quote are put to the approver, then the approval request lists both with amount, validity and file', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'DS', propertyId: refs.property('COP-001').id, subject: 'Réfection de la toiture',
      contractors: [{ contractorId: refs.contractor('F-001').id }, { contractorId: refs.contractor('F-010').id }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const ticket = created.json();
    const n = ticket.number;
    const [a, b] = ticket.dispatches as { id: string; contractorName: string }[];
    expect(ticket.type).toBe('DM');
    const fileA = await upload(n, 'devis-a.pdf');
    const fileB = await upload(n, 'devis-b.pdf');
    await act(t, manager, n, { action: 'enter_quote', dispatchId: a!.id, amountCents: 184050, validUntil: '2027-01-31', attachmentIds: [fileA] });
    await act(t, manager, n, { action: 'enter_quote', dispatchId: b!.id, amountCents: 75000, validUntil: '2027-02-15', attachmentIds: [fileB] });
    await act(t, manager, n, { action: 'request_approval', approver: { personId: refs.person('P-001').id }, comment: 'Deux devis à comparer' });

    const email = (await outboxOf(n)).find((m) => m.template === 'approval_request' && m.channel === 'email');
    expect(email, 'an approval request by email').toBeDefined();
    const text = email!.text;
    for (const [name, amount, validity] of [[a!.contractorName, '1 840,50 €', '31 janvier 2027'], [b!.contractorName, '750,00 €', '15 février 2027']]) {
      const line = text.split('\n').find((l) => l.includes(name!));
      expect(line, `${name} is named in:\n${text}`).toBeDefined();
      expect(line).toContain(amount);
      expect(line).toContain(validity);
    }
    const fileLinks = [...text.matchAll(/https:\/\/gardien\.example\.fr\/x\/\S+\?file=([0-9a-f-]{36})/g)].map((m) => m[1]);
    expect(fileLinks.sort()).toEqual([fileA, fileB].sort());
    expect(email!.html).toContain(`?file=${fileB}`);

    // The file's link opens the file through the approver's own link.
    const approver = (await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json().approvers[0];
    const link = await t.call(manager, 'POST', `/api/v1/tickets/${n}/links`, { partyId: approver.id });
    expect(link.statusCode, link.body).toBe(201);
    const opened = await t.app.inject({ method: 'GET', url: `${new URL(link.json().url).pathname}?file=${fileB}` });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe(`/api/v1/exchange/session/files/${fileB}`);
    const cookie = opened.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const file = await t.app.inject({ method: 'GET', url: String(opened.headers.location), headers: { cookie } });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
  });

  it('when an appointment is set, then the tenant watching with a portal account gets her ticket’s page in the portal, and a typed-in watcher gets no portal link', async () => {
    await portalSession(t, refs.person('P-010').id); // Sarah Cohen has a live portal account
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('GER-010').id, unitId: refs.unit('GER-010', 'V1G').id, subject: 'Volet roulant bloqué',
      contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
      watchers: [{ personId: refs.person('P-010').id, channels: ['email'] }, { name: 'Voisine du dessus', emails: ['voisine@example.fr'], channels: ['email'] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const n = created.json().number;
    await act(t, manager, n, { action: 'enter_appointment', dispatchId: created.json().dispatches[0].id, startsAt: '2026-12-10T09:00:00+01:00', durationMinutes: 60 });
    const told = (await outboxOf(n)).filter((m) => m.template === 'watcher_contractor_accepted' && m.channel === 'email');
    const tenant = told.find((m) => m.recipients.includes('sarah.cohen@example.test'));
    const typedIn = told.find((m) => m.recipients.includes('voisine@example.fr'));
    expect(tenant?.text).toContain('jeudi 10 décembre 2026 à 09:00');
    expect(tenant?.text).toContain(`Suivez cette demande et écrivez-nous sur votre espace :\nhttps://gardien.example.fr/portal/tickets/${n}`);
    expect(typedIn?.text).toContain('jeudi 10 décembre 2026 à 09:00');
    expect(typedIn?.text).not.toContain('/portal/');
  });
});
