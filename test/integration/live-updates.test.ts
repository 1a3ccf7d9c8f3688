// Live updates in one process (the embedded default, and PostgreSQL without a second process):
// a change made through the API reaches the agency's open event streams once, and never the
// streams of another agency.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs } from '../support/tickets.ts';
import { openEventStream } from '../support/event-stream.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { createUser } from '../../src/masterdata/users.ts';

let t: TestApp;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t?.close());

describe('live updates in one process', () => {
  it('when a manager creates a ticket and writes a note, then the agency\u2019s stream hears each change once and the other agency hears nothing', async () => {
    const manager = await t.login('manager@demo.gardien.test');
    const [mine, theirs] = await Promise.all([openEventStream(baseUrl, manager), openEventStream(baseUrl, await t.login(OTHER_MANAGER_EMAIL))]);
    try {
      const refs = await demoRefs(t, manager);
      const created = await t.call(manager, 'POST', '/api/v1/tickets', {
        type: 'ODS', propertyId: refs.property('COP-001').id, subject: 'Fuite en direct', contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
      });
      expect(created.statusCode, created.body).toBe(201);
      const number = created.json().number as number;
      await mine.waitFor(number);
      const noted = await t.call(manager, 'POST', `/api/v1/tickets/${number}/actions`, { action: 'internal_note', body: 'Suivi en direct' });
      expect(noted.statusCode, noted.body).toBe(200);
      await expect.poll(() => mine.events.filter((e) => e.number === number).length).toBe(2);
      await new Promise((r) => setTimeout(r, 500));
      expect(mine.events.filter((e) => e.number === number)).toHaveLength(2);
      expect(theirs.events).toEqual([]);
    } finally {
      mine.close();
      theirs.close();
    }
  });

  it('when an assistant keeps their stream open, then they hear of the tickets of the properties they assist, and not of the others', async () => {
    const manager = await t.login('manager@demo.gardien.test');
    const demo = (await t.call(manager, 'GET', '/api/v1/me')).json().organization.id;
    const user = await createUser(t.ctx, demo, { email: 'assistante.live@demo.gardien.test', name: 'Assistante Live', roles: ['assistant'], password: 'assistant-live-1' });
    const refs = await demoRefs(t, manager);
    const admin = await t.login('admin@demo.gardien.test');
    const patched = await t.call(admin, 'PATCH', `/api/v1/properties/${refs.property('COP-002').id}`, { assistantId: user.id });
    expect(patched.statusCode, patched.body).toBe(200);
    const stream = await openEventStream(baseUrl, await t.login('assistante.live@demo.gardien.test', 'assistant-live-1'));
    try {
      const create = async (property: string, subject: string) => {
        const created = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'ODS', propertyId: refs.property(property).id, subject, contractors: [{ contractorId: refs.contractor('F-001').id }] });
        expect(created.statusCode, created.body).toBe(201);
        return created.json().number as number;
      };
      const elsewhere = await create('GER-010', 'Hors de son périmètre');
      const assisted = await create('COP-002', 'Dans son périmètre');
      await stream.waitFor(assisted);
      await new Promise((r) => setTimeout(r, 300));
      expect(stream.events.map((e) => e.number)).toEqual([assisted]);
      expect(stream.events.map((e) => e.number)).not.toContain(elsewhere);
    } finally {
      stream.close();
    }
  });
});
