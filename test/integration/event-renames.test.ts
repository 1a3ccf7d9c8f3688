// The migration that gave each step one verb (src/db/migrations/0004_events.sql): a database
// written with the former event and template names reads, after it, as one written today —
// its history, its edited templates and its outbox.
import { readFileSync } from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { checkStoredEvents } from '../support/event-payloads.ts';

let t: TestApp;
let manager: string;
let admin: string;
let refs: DemoRefs;

const MIGRATION = readFileSync(new URL('../../src/db/migrations/0004_events.sql', import.meta.url), 'utf8');
const STATEMENTS = MIGRATION.split('--> statement-breakpoint');
/** The renames the migration's statements make, former name → name, read from the migration
 * itself (the former names are written nowhere else). */
const renamesOf = (statement: string) => new Map([...statement.matchAll(/WHEN '(\w+)' THEN '(\w+)'/g)].map((m) => [m[1]!, m[2]!]));
const EVENT_RENAMES = renamesOf(STATEMENTS[0]!);
const TEMPLATE_RENAMES = renamesOf(STATEMENTS[1]!);
const formerOf = (renames: Map<string, string>, name: string) => [...renames].find(([, to]) => to === name)![0];

/** Puts every renamed name back as it was written before the migration. */
async function writeFormerNames() {
  for (const [former, name] of EVENT_RENAMES) {
    await t.ctx.db.execute(sql`update ticket_events set type = ${former} where type = ${name}`);
    await t.ctx.db.execute(sql`update outbox_messages set meta = jsonb_set(meta, '{event}', to_jsonb(${former}::text)) where meta->>'event' = ${name}`);
  }
  for (const [former, name] of TEMPLATE_RENAMES) {
    await t.ctx.db.execute(sql`update message_templates set key = ${former} where key = ${name}`);
    await t.ctx.db.execute(sql`update outbox_messages set template = ${former} where template = ${name}`);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  [manager, admin] = await Promise.all([t.login('manager@demo.gardien.test'), t.login('admin@demo.gardien.test')]);
  refs = await demoRefs(t, manager);
});
afterAll(() => t?.close());

describe('renaming stored event and template names', () => {
  it('when a database holds the former names and the migration runs, then the history, the edited template and the outbox read with the new ones', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'ODS', propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A11').id, subject: 'Fuite sous l\u2019évier',
      contractors: [{ contractorId: refs.contractor('F-001').id, channels: ['email'] }],
      watchers: [{ personId: refs.person('P-002').id, channels: ['email'] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const { number, dispatches } = created.json();
    const d = dispatches[0].id;
    await act(t, manager, number, { action: 'set_reminders', reminders: { workOrder: { every: 3, unit: 'days', max: 2 } } });
    await act(t, manager, number, { action: 'enter_appointment', dispatchId: d, startsAt: '2026-11-25T09:00:00+01:00', durationMinutes: 60 });
    await act(t, manager, number, { action: 'enter_completion', dispatchId: d, comment: 'Joint changé' });
    await act(t, manager, number, { action: 'send_message', dispatchId: d, body: 'Merci pour votre passage.' });
    const edited = await t.call(admin, 'PUT', '/api/v1/templates/quote_confirmed/email/fr', { subject: 'Bon pour commande', body: 'Bonjour {{ contractor.name }}, votre devis est confirmé.' });
    expect(edited.statusCode, edited.body).toBe(200);

    await writeFormerNames();
    const before = (await t.call(manager, 'GET', `/api/v1/tickets/${number}/events`)).json().items.map((e: { type: string }) => e.type);
    expect(before).toEqual(expect.arrayContaining([formerOf(EVENT_RENAMES, 'work_completed'), formerOf(EVENT_RENAMES, 'reminders_set')]));
    expect((await t.call(admin, 'GET', '/api/v1/templates/quote_confirmed/email/fr')).json().customised).toBe(false);

    for (const statement of STATEMENTS) await t.ctx.db.execute(sql.raw(statement));

    const events = (await t.call(manager, 'GET', `/api/v1/tickets/${number}/events`)).json().items.map((e: { type: string }) => e.type);
    expect(events).toEqual(expect.arrayContaining(['work_completed', 'reminders_set', 'appointment_set', 'message_sent']));
    for (const former of EVENT_RENAMES.keys()) expect(events).not.toContain(former);
    expect((await checkStoredEvents(t.ctx)).problems).toEqual([]);

    const template = (await t.call(admin, 'GET', '/api/v1/templates/quote_confirmed/email/fr')).json();
    expect(template).toMatchObject({ customised: true, subject: 'Bon pour commande' });

    const outbox = await t.ctx.db.execute(sql`select template, meta->>'event' as event from outbox_messages o join tickets k on k.id = o.ticket_id where k.number = ${number}`);
    const rows = (Array.isArray(outbox) ? outbox : (outbox as { rows: unknown[] }).rows) as { template: string; event: string }[];
    expect(rows).toEqual(expect.arrayContaining([
      { template: 'watcher_work_completed', event: 'work_completed' },
      { template: 'message_sent', event: 'message_sent' },
    ]));
    for (const former of TEMPLATE_RENAMES.keys()) expect(rows.map((r) => r.template)).not.toContain(former);
    for (const former of EVENT_RENAMES.keys()) expect(rows.map((r) => r.event)).not.toContain(former);
  });
});
