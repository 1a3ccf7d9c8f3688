// Incidents and what each person may reach: an external agent assigned an incident sees only the
// reports they may see, and cannot act on reports out of their reach through it; a request that
// gathers reports is not cancelled from under them; an incident gathers one property's reports;
// and the reports' and scorecards' periods and the list's numbers refuse what the database cannot
// hold with a code, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { createUser } from '../../src/masterdata/users.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';

let t: TestApp;
let manager: string;
let agent: string;
let agentId: string;
let refs: DemoRefs;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
  const demo = await findOrganizationBySlug(t.ctx.db, 'demo');
  await createUser(t.ctx, demo!.id, { email: 'externe@cabinet.test', name: 'Agent Externe', roles: ['external_agent'], password: 'mot-de-passe-externe-1' });
  agent = await t.login('externe@cabinet.test', 'mot-de-passe-externe-1');
  agentId = (await t.call(agent, 'GET', '/api/v1/me')).json().user.id;
});
afterAll(() => t?.close());

async function request(fields: Record<string, unknown> = {}): Promise<number> {
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'PENDING', propertyId: refs.property('COP-001').id, subject: 'Ascenseur en panne', description: 'Bloqué au rez-de-chaussée.',
    requester: { name: 'Anne Voisine', emails: ['anne.voisine@example.test'] }, ...fields,
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().number;
}
const act = (cookie: string, number: number, body: Record<string, unknown>) => t.call(cookie, 'POST', `/api/v1/tickets/${number}/actions`, body);

describe('incidents within what each person may reach', () => {
  it('when an external agent opens the incident assigned to them, then a report they may not see is not listed, and updating or closing it is refused', async () => {
    const incident = await request({ assigneeId: agentId });
    const report = await request({ requester: { name: 'Paul Discret', emails: ['paul.discret@example.test'] } });
    expect((await act(manager, report, { action: 'link_to_incident', incidentNumber: incident })).statusCode).toBe(200);
    expect((await t.call(agent, 'GET', `/api/v1/tickets/${report}`)).statusCode).toBe(404);
    const page = (await t.call(agent, 'GET', `/api/v1/tickets/${incident}`)).json();
    // Its requester watches the incident (they hear of it), but the report itself is not listed.
    expect(page.incidentReports ?? []).toEqual([]);

    const update = await act(agent, incident, { action: 'send_incident_update', message: 'Le technicien passe demain.' });
    expect(update.statusCode, update.body).toBe(403);
    expect(update.json().error.code).toBe('incident_reports_out_of_reach');
    const close = await act(agent, incident, { action: 'close' });
    expect(close.json().error.code).toBe('incident_reports_out_of_reach');
    expect((await t.call(manager, 'GET', `/api/v1/tickets/${report}`)).json().closedAt).toBeNull();
    // The manager, who sees them all, sees the report on the incident.
    const seen = (await t.call(manager, 'GET', `/api/v1/tickets/${incident}`)).json();
    expect(seen.incidentReports.map((r: { number: number }) => r.number)).toEqual([report]);
  });

  it('when a request gathers open reports, then cancelling it is refused until they are taken out', async () => {
    const incident = await request();
    const report = await request();
    expect((await act(manager, report, { action: 'link_to_incident', incidentNumber: incident })).statusCode).toBe(200);
    const cancel = await act(manager, incident, { action: 'cancel_request', reason: 'Doublon' });
    expect(cancel.statusCode, cancel.body).toBe(409);
    expect(cancel.json().error.code).toBe('incident_has_reports');
    expect((await act(manager, report, { action: 'unlink_from_incident' })).statusCode).toBe(200);
    expect((await act(manager, incident, { action: 'cancel_request', reason: 'Doublon' })).statusCode).toBe(200);
  });

  it('when a report of another property is linked, then it is refused: an incident gathers one property\u2019s reports', async () => {
    const incident = await request();
    const elsewhere = await request({ propertyId: refs.property('COP-002').id });
    const link = await act(manager, elsewhere, { action: 'link_to_incident', incidentNumber: incident });
    expect(link.statusCode).toBe(409);
    expect(link.json().error.code).toBe('incident_other_property');
  });
});

describe('the requesters an incident reaches', () => {
  it('when two people of the same name report one outage from two addresses, then both watch the incident (each hears of it)', async () => {
    const incident = await request();
    for (const email of ['jean.martin@example.test', 'j.martin.b12@example.test']) {
      const report = await request({ requester: { name: 'Jean Martin', emails: [email] } });
      expect((await act(manager, report, { action: 'link_to_incident', incidentNumber: incident })).statusCode).toBe(200);
    }
    const watchers = ((await t.call(manager, 'GET', `/api/v1/tickets/${incident}`)).json().watchers as { emails: string[] }[]).flatMap((p) => p.emails).sort();
    expect(watchers).toEqual(['j.martin.b12@example.test', 'jean.martin@example.test']);
  });
});

describe('numbers and days the database cannot hold', () => {
  it('when the activity or a scorecard is asked for a year before 1900, or the list merges a number past the largest, then 400 with a code', async () => {
    const activity = await t.call(manager, 'GET', '/api/v1/reports/activity?from=0100-01-01&to=0100-02-01');
    expect(activity.statusCode, activity.body).toBe(400);
    expect(activity.json().error.code).toBe('invalid_date');
    const scorecards = await t.call(manager, 'GET', `/api/v1/contractors/scorecards?ids=${refs.contractor('F-001').id}&from=0500-01-01&to=0500-02-01`);
    expect(scorecards.statusCode, scorecards.body).toBe(400);
    expect(scorecards.json().error.code).toBe('invalid_scorecard_period');
    const merge = await t.call(manager, 'POST', '/api/v1/tickets/merge-into-incident', { numbers: [3_000_000_000], incidentNumber: 1 });
    expect(merge.statusCode, merge.body).toBe(400);
    expect(merge.json().error.code).toBe('validation_failed');
  });
});
