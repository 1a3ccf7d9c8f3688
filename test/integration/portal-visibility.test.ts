// Who sees which ticket in the residents' portal (DOMAIN.md §4, §13): the requester; the council
// (members, president); all co-owners; the tenant and the owner of a gérance unit; never a tenant
// who moved out (not even their own), another building or another agency — those read a 404 on
// the list, the page, the files, the appointment and the messages, as for a ticket that does not
// exist. Amounts: the council reads the quotes of a syndic ticket; a tenant never does.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { portalSession } from '../support/portal-session.ts';
import { multipartBody, MULTIPART_TYPE } from '../support/uploads.ts';
import { PDF } from '../support/exchange.ts';
import { persons } from '../../src/db/schema/index.ts';
import { OTHER_ORG_SLUG } from '../support/seed.ts';

let t: TestApp;
let manager: string;
let refs: DemoRefs;
const portal: Record<string, string> = {};
const numbers: Record<string, number> = {};
let documentId: string;

async function ticket(body: Record<string, unknown>): Promise<{ number: number; dispatches: { id: string }[] }> {
  const created = await t.call(manager, 'POST', '/api/v1/tickets', body);
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: portal[who]! } });
const listed = async (who: string) => {
  const response = await get(who, '/api/v1/portal/tickets');
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { number: number }[]).map((i) => i.number);
};

beforeAll(async () => {
  t = await createTestApp({ GARDIEN_TEST_CLOCK: '1' });
  t.clock.current = new Date('2026-12-01T08:00:00Z');
  const token = await t.call(await t.login('manager@demo.gardien.test'), 'POST', '/api/v1/tokens', { name: 'portal-visibility', days: 30 });
  manager = `Bearer ${token.json().token}`;
  refs = await demoRefs(t, manager);
  const admin = await t.login('admin@demo.gardien.test');

  // A tenant of B22 whose lease ended yesterday.
  const leaver = await t.call(admin, 'POST', '/api/v1/persons', {
    name: 'Paul Parti', emails: ['paul.parti@example.test'],
    relations: [{ kind: 'tenant', unitId: refs.unit('COP-002', 'B22').id, startsOn: '2024-01-01', endsOn: '2026-11-30' }],
  });
  expect(leaver.statusCode, leaver.body).toBe(201);
  const [ailleurs] = await t.ctx.db.select().from(persons).where(eq(persons.name, 'Personne Ailleurs'));

  const who = { nadia: 'P-003', georges: 'P-004', helene: 'P-001', marc: 'P-002', claire: 'P-005', jp: 'P-009', sarah: 'P-010', karim: 'P-011' };
  for (const [name, ref] of Object.entries(who)) portal[name] = await portalSession(t, refs.person(ref).id);
  portal.paul = await portalSession(t, leaver.json().id);
  portal.ailleurs = await portalSession(t, ailleurs!.id);

  const cop1 = refs.property('COP-001').id;
  const ger = refs.property('GER-010').id;
  numbers.nadiaOwn = (await ticket({ type: 'PENDING', propertyId: cop1, unitId: refs.unit('COP-001', 'A01').id, subject: 'Fuite sous l’évier', requester: { personId: refs.person('P-003').id } })).number;
  const council = await ticket({
    type: 'DS', propertyId: cop1, subject: 'Ravalement de la façade', visibility: 'council', requester: { personId: refs.person('P-004').id },
    contractors: [{ contractorId: refs.contractor('F-006').id, channels: ['email'] }],
  });
  numbers.council = council.number;
  await act(t, manager, council.number, { action: 'enter_quote', dispatchId: council.dispatches[0]!.id, amountCents: 1250000, validUntil: '2027-03-01' });
  numbers.coowners = (await ticket({ type: 'ODS', propertyId: cop1, subject: 'Ascenseur en panne', visibility: 'all_coowners', contractors: [{ contractorId: refs.contractor('F-006').id, channels: ['email'] }] })).number;
  const gerance = await ticket({
    type: 'DS', propertyId: ger, unitId: refs.unit('GER-010', 'V1G').id, subject: 'Chaudière à remplacer', visibility: 'owner',
    requester: { personId: refs.person('P-010').id }, contractors: [{ contractorId: refs.contractor('F-006').id, channels: ['email'] }],
  });
  numbers.gerance = gerance.number;
  await act(t, manager, gerance.number, { action: 'enter_quote', dispatchId: gerance.dispatches[0]!.id, amountCents: 480000 });
  numbers.tenantOnly = (await ticket({ type: 'ODS', propertyId: ger, unitId: refs.unit('GER-010', 'V1G').id, subject: 'Interphone', visibility: 'tenant', contractors: [{ contractorId: refs.contractor('F-006').id, channels: ['email'] }] })).number;
  numbers.leaverOwn = (await ticket({ type: 'PENDING', propertyId: refs.property('COP-002').id, unitId: refs.unit('COP-002', 'B22').id, subject: 'Volet bloqué', requester: { personId: leaver.json().id } })).number;

  // A document the manager shares on Nadia's ticket, and an internal note's file she never sees.
  const upload = async () => {
    const response = await t.app.inject({
      method: 'POST', url: `/api/v1/tickets/${numbers.nadiaOwn}/attachments`, headers: { authorization: manager, 'content-type': MULTIPART_TYPE },
      payload: multipartBody([{ field: 'files', filename: 'constat.pdf', type: 'application/pdf', content: PDF }]),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().items[0].id as string;
  };
  documentId = await upload();
  await act(t, manager, numbers.nadiaOwn, { action: 'add_attachments', attachmentIds: [documentId] });
  const internal = await upload();
  await act(t, manager, numbers.nadiaOwn, { action: 'internal_note', body: '<p>Voisin difficile</p>', attachmentIds: [internal] });
  portal.internalFileId = internal;
});
afterAll(async () => {
  await t?.close();
});

const SEES: Record<string, string[]> = {
  nadiaOwn: ['nadia'],
  council: ['georges', 'helene', 'marc'],
  coowners: ['georges', 'helene', 'marc'],
  gerance: ['sarah', 'jp'],
  tenantOnly: ['sarah'],
  leaverOwn: [],
};
const EVERYONE = ['nadia', 'georges', 'helene', 'marc', 'claire', 'jp', 'sarah', 'karim', 'paul', 'ailleurs'];

describe('who sees which ticket in the portal', () => {
  for (const [ticketName, seers] of Object.entries(SEES)) {
    it(`the ${ticketName} ticket is listed and opened by ${seers.join(', ') || 'nobody'}, and a 404 for everyone else`, async () => {
      for (const who of EVERYONE) {
        const n = numbers[ticketName]!;
        const visible = seers.includes(who);
        expect(await listed(who), `${who} list`).toEqual(visible ? expect.arrayContaining([n]) : expect.not.arrayContaining([n]));
        const page = await get(who, `/api/v1/portal/tickets/${n}`);
        expect(page.statusCode, `${who} page ${page.body}`).toBe(visible ? 200 : 404);
        if (visible) continue;
        expect(page.json().error.code).toBe('not_found');
        expect((await get(who, `/api/v1/portal/tickets/${n}/appointment.ics`)).statusCode, `${who} ics`).toBe(404);
        expect((await get(who, `/api/v1/portal/tickets/${n}/files/${documentId}`)).statusCode, `${who} file`).toBe(404);
        const message = await t.app.inject({ method: 'POST', url: `/api/v1/portal/tickets/${n}/messages`, headers: { cookie: portal[who]! }, payload: { body: 'Bonjour' } });
        expect(message.statusCode, `${who} message ${message.body}`).toBe(404);
      }
    });
  }

  it('a ticket that does not exist reads exactly as one not visible', async () => {
    const missing = await get('nadia', '/api/v1/portal/tickets/999999');
    const hidden = await get('nadia', `/api/v1/portal/tickets/${numbers.council}`);
    expect([missing.statusCode, missing.json()]).toEqual([hidden.statusCode, hidden.json()]);
  });

  it('the tenant who moved out yesterday sees nothing at all, not even their own request', async () => {
    expect(await listed('paul')).toEqual([]);
  });

  it('the other agency’s resident sees none of the demo agency’s tickets', async () => {
    expect(await listed('ailleurs')).toEqual([]);
    expect(OTHER_ORG_SLUG).toBe('autre-agence');
  });
});

describe('what a resident reads of a ticket', () => {
  it('the council reads the quotes of a syndic ticket; its requester, who sits on no council, does not', async () => {
    const helene = (await get('helene', `/api/v1/portal/tickets/${numbers.council}`)).json();
    expect(helene.quotes.map((q: { contractorName: string; amountCents: number }) => [q.contractorName, q.amountCents])).toEqual([[expect.any(String), 1250000]]);
    const marc = (await get('marc', `/api/v1/portal/tickets/${numbers.council}`)).json();
    expect(marc.quotes).toHaveLength(1);
    const georges = (await get('georges', `/api/v1/portal/tickets/${numbers.council}`)).json();
    expect(georges.quotes).toEqual([]);
    expect(JSON.stringify(georges)).not.toContain('1250000');
  });

  it('a tenant never reads the amount of a quote of their unit, nor does the owner outside the council', async () => {
    const sarah = (await get('sarah', `/api/v1/portal/tickets/${numbers.gerance}`)).json();
    expect(sarah.quotes).toEqual([]);
    expect(JSON.stringify(sarah)).not.toContain('480000');
  });

  it('a neighbour’s requester shows as “Prénom I.”, one’s own by full name; the manager’s description is never shown', async () => {
    const helene = (await get('helene', `/api/v1/portal/tickets/${numbers.council}`)).json();
    expect(helene.requester.displayName).toBe('Georges P.');
    expect(helene.mine).toBe(false);
    expect(helene.description).toBe('');
    const georges = (await get('georges', `/api/v1/portal/tickets/${numbers.council}`)).json();
    expect(georges.requester.displayName).toBe('Georges Petit');
    expect(georges.mine).toBe(true);
  });

  it('the requester opens the document the manager shared, never the file of an internal note', async () => {
    const page = (await get('nadia', `/api/v1/portal/tickets/${numbers.nadiaOwn}`)).json();
    expect(page.documents.map((d: { id: string; name: string }) => [d.id, d.name])).toEqual([[documentId, 'constat.pdf']]);
    const file = await get('nadia', page.documents[0].url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.body).toContain('%PDF');
    expect((await get('nadia', `/api/v1/portal/tickets/${numbers.nadiaOwn}/files/${portal.internalFileId}`)).statusCode).toBe(404);
    expect(JSON.stringify(page)).not.toContain('Voisin difficile');
  });

  it('an appointment set with the contractor shows on the card and as a calendar file', async () => {
    const created = await ticket({
      type: 'ODS', propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A01').id, subject: 'Robinet qui goutte',
      requester: { personId: refs.person('P-003').id }, contractors: [{ contractorId: refs.contractor('F-006').id, channels: ['email'] }],
    });
    await act(t, manager, created.number, { action: 'enter_appointment', dispatchId: created.dispatches[0]!.id, startsAt: '2026-12-03T09:00:00Z', durationMinutes: 90 });
    const page = (await get('nadia', `/api/v1/portal/tickets/${created.number}`)).json();
    expect(page.appointment).toEqual({ startsAt: '2026-12-03T09:00:00.000Z', durationMinutes: 90 });
    expect(page.status).toBe('appointment');
    const ics = await get('nadia', page.appointmentIcsUrl);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('DTSTART:20261203T090000Z');
    expect(ics.body).toContain('DTEND:20261203T103000Z');
    expect((await get('georges', page.appointmentIcsUrl)).statusCode).toBe(404);
  });

  it('the list comes a page at a time, newest change first', async () => {
    const items = (await get('helene', '/api/v1/portal/tickets')).json().items as { updatedAt: string }[];
    const dates = items.map((i) => i.updatedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
