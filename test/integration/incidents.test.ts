// Incidents (DOMAIN.md §12): reports of one outage linked or merged into one ticket, one update
// reaching every requester once in their language, undoing a link before the report closes, the
// incident closing its open reports as duplicates, duplicate suggestions by place, category and
// window, the refusals, and two managers linking at once.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, refused, type DemoRefs } from '../support/tickets.ts';
import { checkStoredEvents } from '../support/event-payloads.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { residentCookie } from '../support/portal-session.ts';
import { outboxMessages, tickets } from '../../src/db/schema/index.ts';

let t: TestApp;
let manager: string;
let admin: string;
let refs: DemoRefs;
let heating: string;
let plumbing: string;

interface Event { type: string; payload: Record<string, unknown> }
const eventsOf = async (n: number) => (await t.call(manager, 'GET', `/api/v1/tickets/${n}/events`)).json().items as Event[];
const ticketOf = async (n: number) => (await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json();
const hoursAgo = (h: number) => new Date(t.clock.current.getTime() - h * 3_600_000).toISOString();

/** A report of the boiler of COP-001's common parts (or of `fields`' place and category). */
async function report(requester: Record<string, unknown>, fields: Record<string, unknown> = {}) {
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'PENDING', propertyId: refs.property('COP-001').id, categoryId: heating, subject: 'Plus de chauffage', description: 'Radiateurs froids', requester, ...fields,
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().number as number;
}

async function incidentMessages(incidentNumber: number) {
  const [incident] = await t.ctx.db.select().from(tickets).where(eq(tickets.number, incidentNumber));
  return t.ctx.db.select().from(outboxMessages).where(and(eq(outboxMessages.ticketId, incident!.id), eq(outboxMessages.template, 'incident_update')));
}

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
  const categories = (await t.call(admin, 'GET', '/api/v1/categories')).json().items as { id: string; name: string }[];
  heating = categories.find((c) => c.name === 'Chauffage')!.id;
  plumbing = categories.find((c) => c.name.startsWith('Plomberie'))!.id;
});
afterAll(() => t?.close());

describe('incidents', () => {
  it('when three reports are linked, then the incident counts them, their requesters watch it once, both histories say it, the list shows the badge; one update reaches each requester once in their language', async () => {
    const incident = await report({ personId: refs.person('P-001').id });
    const emily = await report({ personId: refs.person('P-012').id });
    const visitor = await report({ name: 'Paul Visiteur', emails: ['paul.visiteur@example.test'] });
    const again = await report({ personId: refs.person('P-001').id }); // the incident's own requester, a second time

    for (const n of [emily, visitor, again]) await act(t, manager, n, { action: 'link_to_incident', incidentNumber: incident });

    const page = await ticketOf(incident);
    expect(page.incidentReportCount).toBe(3);
    expect(page.incidentReports.map((r: { number: number }) => r.number)).toEqual([emily, visitor, again]);
    expect(page.watchers.map((w: { name: string }) => w.name).sort()).toEqual(['Emily Walker', 'Paul Visiteur']);
    expect(page.nextSteps.incident).toEqual(['send_incident_update']);

    const linked = await ticketOf(emily);
    expect(linked).toMatchObject({ incident: { number: incident }, closedAt: null, needsAction: false });
    expect(linked.nextSteps.incident).toEqual(['unlink_from_incident']);
    expect((await eventsOf(emily)).find((e) => e.type === 'linked_to_incident')!.payload).toEqual({ incident, merged: false });
    expect((await eventsOf(incident)).filter((e) => e.type === 'incident_report_linked').map((e) => [e.payload.ticket, e.payload.watcherAdded]))
      .toEqual([[again, false], [visitor, true], [emily, true]]);

    const list = (await t.call(manager, 'GET', '/api/v1/tickets?limit=200')).json().items as { number: number; incidentReportCount: number; incidentNumber: number | null }[];
    expect(list.find((i) => i.number === incident)).toMatchObject({ incidentReportCount: 3, incidentNumber: null });
    expect(list.find((i) => i.number === visitor)).toMatchObject({ incidentReportCount: 0, incidentNumber: incident });

    await act(t, manager, incident, { action: 'send_incident_update', message: 'La chaudière est réparée demain matin.', channels: ['email'] });
    const sent = await incidentMessages(incident);
    expect(sent.map((m) => [m.recipientName, m.channel, m.language]).sort()).toEqual([
      ['Emily Walker', 'email', 'en'], ['Hélène Rousseau', 'email', 'fr'], ['Paul Visiteur', 'email', 'fr'],
    ]);
    for (const m of sent) expect(m.text).toContain('La chaudière est réparée demain matin.');
    expect(sent.find((m) => m.language === 'en')!.subject).toContain('Update: Plus de chauffage');
    for (const n of [emily, visitor, again]) {
      expect((await eventsOf(n)).find((e) => e.type === 'incident_update_relayed')!.payload).toEqual({ incident, message: 'La chaudière est réparée demain matin.' });
    }
    expect((await checkStoredEvents(t.ctx)).problems).toEqual([]);
  });

  it('when reports are merged (one, then several from the list), then they close as duplicates pointing to it; undoing is refused after closing', async () => {
    const incident = await report({ personId: refs.person('P-002').id });
    const one = await report({ personId: refs.person('P-003').id });
    const merged = await act(t, manager, one, { action: 'merge_into_incident', incidentNumber: incident });
    expect(merged).toMatchObject({ status: 'closed', closeReason: 'duplicate', incident: { number: incident } });
    expect((await eventsOf(one)).map((e) => e.type)).toEqual(expect.arrayContaining(['linked_to_incident', 'closed_as_duplicate']));

    const two = await report({ personId: refs.person('P-004').id });
    const three = await report({ name: 'Voisine', emails: ['voisine@example.test'] });
    const bulk = await t.call(manager, 'POST', '/api/v1/tickets/merge-into-incident', { numbers: [incident, two, three], incidentNumber: incident });
    expect(bulk.json()).toEqual({ merged: [two, three], failed: [] });
    expect((await ticketOf(incident)).incidentReportCount).toBe(3);
    expect(await ticketOf(three)).toMatchObject({ closeReason: 'duplicate', incident: { number: incident } });

    await refused(t, manager, one, { action: 'unlink_from_incident' }, 409, 'incident_report_closed');
    expect((await ticketOf(incident)).incidentReportCount).toBe(3);

    // In the portal, Georges Petit reads that his request was grouped, and the incident's update
    // as the agency's message; nothing of the incident's other requesters.
    await act(t, manager, incident, { action: 'send_incident_update', message: 'Le technicien est passé, le chauffage repart ce soir.' });
    const georges = await residentCookie(t, refs.person('P-004'), { email: 'georges.petit@example.test' });
    const portal = await t.app.inject({ method: 'GET', url: `/api/v1/portal/tickets/${two}`, headers: { cookie: georges } });
    expect(portal.statusCode, portal.body).toBe(200);
    const view = portal.json();
    expect(view.grouped).toBe(true);
    expect(view.steps.map((s: { kind: string }) => s.kind)).toEqual(expect.arrayContaining(['grouped', 'closed']));
    expect(view.messages.map((m: { from: string; body: string }) => [m.from, m.body])).toEqual([['agency', 'Le technicien est passé, le chauffage repart ce soir.']]);
    for (const name of ['Marc Lefebvre', 'Nadia Benali', 'Voisine']) expect(portal.body).not.toContain(name);
  });

  it('when a link is undone before closing, then the count and watchers are back; closing the incident then closes its open reports as duplicates', async () => {
    const incident = await report({ personId: refs.person('P-005').id });
    const a = await report({ personId: refs.person('P-007').id });
    const b = await report({ personId: refs.person('P-008').id });
    await act(t, manager, a, { action: 'link_to_incident', incidentNumber: incident });
    await act(t, manager, b, { action: 'link_to_incident', incidentNumber: incident });
    expect((await ticketOf(incident)).watchers).toHaveLength(2);

    const undone = await act(t, manager, a, { action: 'unlink_from_incident' });
    expect(undone).toMatchObject({ incident: null, closedAt: null });
    const page = await ticketOf(incident);
    expect(page.incidentReportCount).toBe(1);
    expect(page.watchers.map((w: { name: string }) => w.name)).toEqual(['Léa Moreau']);
    expect((await eventsOf(incident)).find((e) => e.type === 'incident_report_unlinked')!.payload).toEqual({ ticket: a, watcherRemoved: true });
    await refused(t, manager, a, { action: 'unlink_from_incident' }, 409, 'incident_not_linked');

    await act(t, manager, incident, { action: 'close', comment: 'Chaudière réparée' });
    expect(await ticketOf(b)).toMatchObject({ status: 'closed', closeReason: 'duplicate', incident: { number: incident } });
    expect((await eventsOf(b)).find((e) => e.type === 'closed_as_duplicate')!.payload).toEqual({ incident });
    expect((await ticketOf(a)).closedAt).toBeNull();
  });

  it('when a new report comes, then tickets of the same place and category in the window, and open incidents, are suggested; others not', async () => {
    const property = refs.property('COP-002').id;
    const place = { propertyId: property };
    const old = await report({ personId: refs.person('P-006').id }, { ...place, requestedAt: hoursAgo(72) });
    const recent = await report({ personId: refs.person('P-006').id }, { ...place, requestedAt: hoursAgo(5) });
    const otherCategory = await report({ personId: refs.person('P-006').id }, { ...place, categoryId: plumbing, categoryFields: { location: 'cave' }, requestedAt: hoursAgo(2) });
    const inUnit = await report({ personId: refs.person('P-006').id }, { ...place, unitId: refs.unit('COP-002', 'B12').id, requestedAt: hoursAgo(1) });
    const incident = await report({ personId: refs.person('P-005').id }, { ...place, requestedAt: hoursAgo(200) });
    const linkedOne = await report({ personId: refs.person('P-007').id }, { ...place, requestedAt: hoursAgo(199) });
    await act(t, manager, linkedOne, { action: 'link_to_incident', incidentNumber: incident });

    const fresh = await report({ personId: refs.person('P-008').id }, place);
    const answer = await t.call(manager, 'GET', `/api/v1/tickets/${fresh}/duplicate-suggestions`);
    expect(answer.statusCode, answer.body).toBe(200);
    const numbers = (answer.json().items as { number: number }[]).map((s) => s.number);
    expect(numbers).toEqual([incident, recent]);
    for (const n of [old, otherCategory, inUnit, linkedOne]) expect(numbers).not.toContain(n);
    expect(answer.json().items[0]).toMatchObject({ incidentReportCount: 1, subject: 'Plus de chauffage' });
  });

  it('when a link names itself, a chain, a closed incident or another agency, then it is refused with a code and nothing changes', async () => {
    const incident = await report({ personId: refs.person('P-009').id });
    const a = await report({ personId: refs.person('P-010').id });
    const b = await report({ personId: refs.person('P-011').id });
    await refused(t, manager, a, { action: 'link_to_incident', incidentNumber: a }, 409, 'incident_self');
    await act(t, manager, a, { action: 'link_to_incident', incidentNumber: incident });
    await refused(t, manager, b, { action: 'link_to_incident', incidentNumber: a }, 409, 'incident_chain');
    await refused(t, manager, incident, { action: 'link_to_incident', incidentNumber: b }, 409, 'incident_chain');
    await refused(t, manager, a, { action: 'link_to_incident', incidentNumber: b }, 409, 'incident_already_linked');
    await refused(t, manager, b, { action: 'link_to_incident', incidentNumber: 999_999 }, 404, 'not_found');

    const closed = await report({ personId: refs.person('P-013').id });
    await act(t, manager, closed, { action: 'close' });
    await refused(t, manager, b, { action: 'merge_into_incident', incidentNumber: closed }, 409, 'incident_closed');

    const other = await t.login(OTHER_MANAGER_EMAIL, 'gardien-demo');
    const foreign = await t.call(other, 'POST', `/api/v1/tickets/${b}/actions`, { action: 'link_to_incident', incidentNumber: incident });
    expect(foreign.statusCode, foreign.body).toBe(404);
    expect((await ticketOf(incident)).incidentReportCount).toBe(1);
    expect((await ticketOf(b)).incident).toBeNull();
  });

  it('when two managers link reports to one incident at the same time, then the count equals the links', async () => {
    const incident = await report({ personId: refs.person('P-001').id });
    const reports = [];
    for (let i = 0; i < 6; i++) reports.push(await report({ name: `Voisin ${i}`, emails: [`voisin${i}@example.test`] }));
    const assistant = await t.login('assistant@demo.gardien.test');
    const results = await Promise.all(reports.map((n, i) => t.call(i % 2 ? assistant : manager, 'POST', `/api/v1/tickets/${n}/actions`, { action: 'link_to_incident', incidentNumber: incident })));
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    const [row] = await t.ctx.db.select().from(tickets).where(eq(tickets.number, incident));
    const linked = await t.ctx.db.select().from(tickets).where(eq(tickets.incidentId, row!.id));
    expect(row!.incidentReportCount).toBe(6);
    expect(linked).toHaveLength(6);
    expect((await ticketOf(incident)).watchers).toHaveLength(6);
  });
});
