// Bookings of shared rooms (DOMAIN.md §15), through the API on both databases: the tool's switch,
// the rules' refusals (422 with their codes), never two bookings on one slot — 50 residents at
// once, a hall and its half at once — the approval flow, the cancellation deadline, a closed
// period cancelling and telling, audiences and other agencies (404), the .ics, and the reminder
// on the test clock, sent once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { organizations, persons } from '../../src/db/schema/index.ts';
import { personsRepository } from '../../src/db/repositories/master-data.ts';
import { addRelation } from '../../src/masterdata/relations.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { portalSession } from '../support/portal-session.ts';
import { OTHER_MANAGER_EMAIL, OTHER_ORG_SLUG } from '../support/seed.ts';
import { MULTIPART_TYPE, multipartBody } from '../support/uploads.ts';
import { png } from '../support/documents.ts';

let t: TestApp;
let refs: DemoRefs;
let manager: string;
let admin: string;
let sarah: string; // P-010, tenant of V1G, Immeuble Voltaire (GER-010)
let karim: string; // P-011, tenant of V1D there
let emily: string; // P-012, tenant of V3 there, reads English
let georges: string; // P-004, co-owner in Les Tilleuls (COP-001): no relation with GER-010

// Monday 1 March 2027, 09:00 in Paris (UTC+1).
const MONDAY = new Date('2027-03-01T08:00:00Z');
/** An instant of March 2027 in Paris: day of the month, hour. */
const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2027, 2, day, hour - 1, minute)).toISOString();

beforeAll(async () => {
  t = await createTestApp({ GARDIEN_TEST_CLOCK: '1' });
  t.clock.current = MONDAY;
  manager = await t.login('manager@demo.gardien.test');
  admin = await t.login('admin@demo.gardien.test');
  refs = await demoRefs(t, manager);
  sarah = await portalSession(t, refs.person('P-010').id);
  karim = await portalSession(t, refs.person('P-011').id);
  emily = await portalSession(t, refs.person('P-012').id);
  georges = await portalSession(t, refs.person('P-004').id);
});
afterAll(() => t?.close());

const voltaire = () => refs.property('GER-010').id;
const RULES = {
  openingHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ from: '08:00', to: '22:00' }]])),
  slotMinutes: 60, minMinutes: 60, maxMinutes: 180, bufferMinutes: 0, minNoticeHours: 2, maxAheadDays: 30,
  perResident: { count: 1, period: 'week' }, approval: 'instant', cancelHoursBefore: 24, priceCents: null, depositCents: null,
};

async function resource(body: Record<string, unknown> = {}, rules: Record<string, unknown> = {}) {
  const created = await t.call(manager, 'POST', '/api/v1/resources', { propertyId: voltaire(), name: 'Salle de test', kind: 'common_room', ...body, rules: { ...RULES, ...rules } });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: string; rules: typeof RULES; blocks: string[] };
}
const book = (cookie: string, resourceId: string, startsAt: string, endsAt: string) => t.call(cookie, 'POST', '/api/v1/portal/bookings', { resourceId, startsAt, endsAt });
const codeOf = (response: { statusCode: number; json: () => { error?: { code: string } } }) => [response.statusCode, response.json().error?.code];
async function mails(bookingId: string): Promise<{ template: string; subject: string; text: string; ics: string | null }[]> {
  const result: unknown = await t.ctx.db.execute(sql`select template, subject, text, ics from outbox_messages where meta->>'bookingId' = ${bookingId} order by created_at, id`);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as never;
}
/** The booking's email of this template (the test clock stands still, so they are found by kind). */
async function mail(bookingId: string, template: string) {
  const found = (await mails(bookingId)).filter((m) => m.template === template);
  expect(found, template).toHaveLength(1);
  return found[0]!;
}
const templates = async (bookingId: string) => (await mails(bookingId)).map((m) => m.template).sort();

/** `n` new tenants of a unit of the Immeuble Voltaire, each signed in to the portal. */
async function tenants(n: number, prefix: string): Promise<string[]> {
  const [{ organizationId }] = (await t.ctx.db.select({ organizationId: persons.organizationId }).from(persons).where(eq(persons.id, refs.person('P-010').id))) as [{ organizationId: string }];
  const cookies: string[] = [];
  for (let i = 0; i < n; i++) {
    const person = await personsRepository.insert(t.ctx.db, { organizationId, name: `${prefix} ${i}`, emails: [`${prefix.toLowerCase()}-${i}@example.test`] });
    await addRelation(t.ctx.db, organizationId, person.id, { kind: 'tenant', unitId: refs.unit('GER-010', 'V3').id, startsOn: '2026-01-01', endsOn: null });
    cookies.push(await portalSession(t, person.id));
  }
  return cookies;
}

describe('the tool’s switch', () => {
  it('when the app admin switches bookings off, then staff and residents get 404 tool_off; back on, they are back', async () => {
    const settings = (await t.call(admin, 'GET', '/api/v1/settings')).json().settings;
    expect(settings.communityTools.bookings).toEqual({ enabled: true, roles: ['manager', 'assistant'] });
    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { bookings: { enabled: false, roles: ['manager', 'assistant'] } } });
    expect(codeOf(await t.call(manager, 'GET', '/api/v1/resources'))).toEqual([404, 'tool_off']);
    expect(codeOf(await t.call(sarah, 'GET', '/api/v1/portal/bookings/resources'))).toEqual([404, 'tool_off']);
    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { bookings: { enabled: true, roles: ['manager'] } } });
    const assistant = await t.login('assistant@demo.gardien.test');
    expect(codeOf(await t.call(assistant, 'GET', '/api/v1/bookings?from=2027-03-01T00:00:00Z&to=2027-03-08T00:00:00Z'))).toEqual([403, 'tool_not_allowed']);
    await t.call(admin, 'PATCH', '/api/v1/settings', { communityTools: { bookings: { enabled: true, roles: ['manager', 'assistant'] } } });
    const portal = (await t.call(sarah, 'GET', '/api/v1/portal/bookings/resources')).json();
    expect(portal.timeZone).toBe('Europe/Paris');
    expect(portal.items.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['Salle commune', 'Chambre d’amis']));
    expect(portal.items.every((r: { audience: unknown }) => r.audience === null)).toBe(true);
    // The demo's hall blocks its two halves.
    const staff = (await t.call(manager, 'GET', `/api/v1/resources?propertyId=${voltaire()}`)).json();
    const hall = staff.items.find((r: { name: string }) => r.name === 'Salle commune');
    expect(hall.blocks).toHaveLength(2);
    expect(hall.rules.approval).toBe('manager');
    // Those a manager may book for: the residents of the property today.
    const residents = (await t.call(manager, 'GET', `/api/v1/bookings/residents?propertyId=${voltaire()}`)).json().items.map((p: { name: string }) => p.name);
    expect(residents).toEqual(expect.arrayContaining(['Sarah Cohen', 'Karim Haddad', 'Emily Walker']));
    expect(residents).not.toContain('Georges Petit');
  });
});

describe('the rules', () => {
  it('when a resident asks outside the rules, then each refusal is 422 with its code; within them it is confirmed', async () => {
    const room = await resource({ name: 'Salle des règles' });
    const refusals: [string, string, string][] = [
      [at(3, 7), at(3, 9), 'booking_outside_hours'],
      [at(3, 21), at(3, 23), 'booking_outside_hours'],
      [at(3, 10, 30), at(3, 11, 30), 'booking_off_step'],
      [at(3, 10), at(3, 14), 'booking_too_long'],
      [at(3, 11), at(3, 10), 'booking_bad_range'],
      [at(1, 10), at(1, 11), 'booking_too_soon'],
      [at(31, 10), at(31, 11), 'booking_too_far_ahead'],
    ];
    for (const [start, end, code] of refusals) expect(codeOf(await book(sarah, room.id, start, end)), code).toEqual([422, code]);
    const ok = await book(sarah, room.id, at(3, 10), at(3, 12));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ state: 'confirmed', mayCancel: true, resourceName: 'Salle des règles' });
    // One a week: the same week again is refused, the next week is fine.
    expect(codeOf(await book(sarah, room.id, at(5, 10), at(5, 11)))).toEqual([422, 'booking_limit_reached']);
    expect((await book(sarah, room.id, at(8, 10), at(8, 11))).statusCode).toBe(201);
    // The manager books for her beyond the limit, not outside the hours.
    const staff = await t.call(manager, 'POST', '/api/v1/bookings', { resourceId: room.id, personId: refs.person('P-010').id, startsAt: at(4, 10), endsAt: at(4, 11) });
    expect([staff.statusCode, staff.json().state, staff.json().bookedByStaff]).toEqual([201, 'confirmed', true]);
    expect(codeOf(await t.call(manager, 'POST', '/api/v1/bookings', { resourceId: room.id, personId: refs.person('P-010').id, startsAt: at(4, 6), endsAt: at(4, 7) }))).toEqual([422, 'booking_outside_hours']);
    expect(codeOf(await t.call(manager, 'POST', '/api/v1/bookings', { resourceId: room.id, personId: refs.person('P-004').id, startsAt: at(4, 14), endsAt: at(4, 15) }))).toEqual([422, 'not_a_resident']);
  });

  it('when the free slots of a day are asked, then the taken hours and the buffer after them are left out', async () => {
    const room = await resource({ name: 'Salle aux créneaux' }, { bufferMinutes: 60, perResident: null });
    expect((await book(karim, room.id, at(10, 12), at(10, 14))).statusCode).toBe(201);
    const answer = (await t.call(sarah, 'GET', `/api/v1/portal/bookings/resources/${room.id}/slots?day=2027-03-10&days=2`)).json();
    expect(answer.minutes).toBe(60);
    const starts = answer.days[0].slots.map((s: { startsAt: string }) => s.startsAt);
    expect(starts).toContain(at(10, 10));
    // 11:00 would end at 12:00 plus its hour of buffer; 12:00–14:00 is taken; 14:00 is the buffer after it.
    for (const hour of [11, 12, 13, 14]) expect(starts).not.toContain(at(10, hour));
    expect(starts).toContain(at(10, 15));
    expect(answer.days[1].slots).toHaveLength(14);
    const free = (await t.call(sarah, 'GET', `/api/v1/portal/bookings/free?startsAt=${encodeURIComponent(at(10, 13))}&endsAt=${encodeURIComponent(at(10, 14))}`)).json().items as { resource: { id: string }; problem: string | null }[];
    expect(free.find((f) => f.resource.id === room.id)?.problem).toBe('booking_slot_taken');
  });

  it('when the rules given are wrong, then it is 400 with the field', async () => {
    const bad = await t.call(manager, 'POST', '/api/v1/resources', { propertyId: voltaire(), name: 'x', kind: 'common_room', rules: { slotMinutes: 7 } });
    expect([bad.statusCode, bad.json().error.details[0].field]).toEqual([400, 'rules.slotMinutes']);
    expect((await t.call(manager, 'POST', '/api/v1/resources', { propertyId: voltaire(), name: 'x', kind: 'boat' })).statusCode).toBe(400);
    const windows = await t.call(manager, 'POST', '/api/v1/resources', { propertyId: voltaire(), name: 'x', kind: 'laundry', rules: { openingHours: { mon: [{ from: '10:00', to: '09:00' }] } } });
    expect(windows.statusCode).toBe(400);
  });
});

describe('never two bookings on one slot', () => {
  it('when 50 residents ask for the same slot at once, then exactly one gets it and 49 get 409 booking_slot_taken', async () => {
    const room = await resource({ name: 'Salle très demandée' });
    const cookies = await tenants(50, 'Voisin');
    const answers = await Promise.all(cookies.map((cookie) => book(cookie, room.id, at(12, 18), at(12, 20))));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const refusal = answers.find((a) => a.statusCode === 409)!.json().error;
    expect(refusal.code).toBe('booking_slot_taken');
    expect(refusal.message).toMatch(/already booked/);
    const held = await t.call(manager, 'GET', `/api/v1/bookings?resourceId=${room.id}&from=${at(12, 0)}&to=${at(13, 0)}`);
    expect(held.json().items).toHaveLength(1);
  });

  it('when one resident asks for five slots of a one-a-week room at once, then one is booked and four are 422 booking_limit_reached', async () => {
    const room = await resource({ name: 'Salle limitée' });
    const [eager] = await tenants(1, 'Pressé');
    const answers = await Promise.all([9, 11, 13, 15, 17].map((hour) => book(eager!, room.id, at(13, hour), at(13, hour + 1))));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 422, 422, 422, 422]);
    expect(answers.filter((a) => a.statusCode === 422).every((a) => a.json().error.code === 'booking_limit_reached')).toBe(true);
  });

  it('when a hall and its half are asked for at once, round after round, then one of the two wins each time; the two halves both do', async () => {
    const hall = await resource({ name: 'Grande salle' }, { perResident: null });
    const half = await resource({ name: 'Grande salle – moitié A' }, { perResident: null });
    const other = await resource({ name: 'Grande salle – moitié B' }, { perResident: null });
    expect((await t.call(manager, 'PUT', `/api/v1/resources/${hall.id}/links`, { blocks: [half.id, other.id] })).json().blocks.sort()).toEqual([half.id, other.id].sort());
    expect((await t.call(manager, 'GET', `/api/v1/resources/${half.id}`)).json().blocks).toEqual([hall.id]);
    const [a, b] = await tenants(2, 'Fêtard');
    for (const hour of [9, 11, 13, 15, 17]) {
      const answers = await Promise.all([book(a!, hall.id, at(15, hour), at(15, hour + 2)), book(b!, half.id, at(15, hour + 1), at(15, hour + 2))]);
      expect(answers.map((x) => x.statusCode).sort(), `${hour}h`).toEqual([201, 409]);
    }
    const halves = await Promise.all([book(a!, half.id, at(16, 10), at(16, 12)), book(b!, other.id, at(16, 10), at(16, 12))]);
    expect(halves.map((x) => x.statusCode)).toEqual([201, 201]);
    expect(codeOf(await book(sarah, hall.id, at(16, 11), at(16, 12)))).toEqual([409, 'booking_slot_taken']);
    // Linking two resources that already overlap is refused, nothing changed.
    const conflict = await t.call(manager, 'PUT', `/api/v1/resources/${half.id}/links`, { blocks: [hall.id, other.id] });
    expect(codeOf(conflict)).toEqual([409, 'resource_link_conflict']);
    expect((await t.call(manager, 'GET', `/api/v1/resources/${half.id}`)).json().blocks).toEqual([hall.id]);
  });
});

describe('bookings while the manager links or closes rooms', () => {
  it('when two rooms are linked while residents book one of them at a time the other is taken, then the link or the bookings lose, never both win', async () => {
    for (const round of [1, 2, 3, 4]) {
      const taken = await resource({ name: `Salle prise ${round}` }, { perResident: null });
      const asked = await resource({ name: `Salle demandée ${round}` }, { perResident: null });
      const [first, ...others] = await tenants(6, `Lien${round}`);
      expect((await book(first!, taken.id, at(18, 10), at(18, 12))).statusCode).toBe(201);
      const [link, ...bookings] = await Promise.all([
        t.call(manager, 'PUT', `/api/v1/resources/${asked.id}/links`, { blocks: [taken.id] }),
        ...others.map((cookie) => book(cookie, asked.id, at(18, 11), at(18, 12))),
      ]);
      const booked = bookings.filter((x) => x.statusCode === 201).length;
      const linked = link!.statusCode === 200;
      // Linked after a booking of the asked room committed: 409; linked first: every booking is refused.
      expect(linked ? booked : 1, `round ${round}: link ${link!.statusCode}, ${booked} booked`).toBe(linked ? 0 : 1);
      if (!linked) expect(codeOf(link!)).toEqual([409, 'resource_link_conflict']);
    }
  });

  it('when a room is closed while residents book inside the period, then no booking stays confirmed inside it', async () => {
    for (const round of [1, 2, 3]) {
      const room = await resource({ name: `Salle fermée ${round}` }, { perResident: null });
      const cookies = await tenants(5, `Fermeture${round}`);
      await Promise.all([
        t.call(manager, 'POST', `/api/v1/resources/${room.id}/closures`, { startsAt: at(19, 0), endsAt: at(20, 0), reason: 'Dégât des eaux' }),
        ...cookies.map((cookie, i) => book(cookie, room.id, at(19, 9 + 2 * i), at(19, 10 + 2 * i))),
      ]);
      const held = (await t.call(manager, 'GET', `/api/v1/bookings?resourceId=${room.id}&from=${at(19, 0)}&to=${at(20, 0)}`)).json().items as { state: string }[];
      expect(held.filter((b) => b.state === 'confirmed' || b.state === 'pending'), `round ${round}`).toEqual([]);
    }
  });
});

describe('approval, refusal and cancellation', () => {
  it('when a room needs approval, then the booking waits, the resident is told; approved it is confirmed with the .ics, refused the slot is free again', async () => {
    const room = await resource({ name: 'Salle sur accord' }, { approval: 'manager', perResident: null, priceCents: 5000, depositCents: 20000 });
    const asked = await book(sarah, room.id, at(17, 14), at(17, 16));
    expect([asked.statusCode, asked.json().state]).toEqual([201, 'pending']);
    const id = asked.json().id;
    expect(await templates(id)).toEqual(['booking_pending']);
    // The slot is held while it waits.
    expect(codeOf(await book(karim, room.id, at(17, 15), at(17, 16)))).toEqual([409, 'booking_slot_taken']);
    const pending = (await t.call(manager, 'GET', `/api/v1/bookings?propertyId=${voltaire()}&state=pending&from=${at(17, 0)}&to=${at(18, 0)}`)).json().items;
    expect(pending.map((b: { id: string }) => b.id)).toContain(id);
    expect((await t.call(sarah, 'GET', `/api/v1/portal/bookings/${id}/booking.ics`)).body).toContain('STATUS:TENTATIVE');
    const approved = await t.call(manager, 'POST', `/api/v1/bookings/${id}/approve`, {});
    expect(approved.json()).toMatchObject({ state: 'confirmed', person: { name: 'Sarah Cohen' } });
    const confirmed = await mail(id, 'booking_confirmed');
    expect(confirmed.text).toContain('Salle sur accord');
    expect(confirmed.text).toContain('14:00 – 16:00');
    expect(confirmed.text).toMatch(/Tarif : 50,00\s€/);
    expect(confirmed.text).toMatch(/Caution : 200,00\s€/);
    expect(confirmed.ics).toContain('DTSTART:20270317T130000Z');
    expect(confirmed.ics).toContain('STATUS:CONFIRMED');
    expect(codeOf(await t.call(manager, 'POST', `/api/v1/bookings/${id}/approve`, {}))).toEqual([409, 'booking_not_pending']);

    const second = (await book(emily, room.id, at(18, 10), at(18, 12))).json().id;
    expect(codeOf(await t.call(manager, 'POST', `/api/v1/bookings/${second}/refuse`, {}))).toEqual([400, 'validation_failed']);
    const refused = await t.call(manager, 'POST', `/api/v1/bookings/${second}/refuse`, { reason: 'Salle réservée pour l’assemblée générale' });
    expect(refused.json()).toMatchObject({ state: 'refused', reason: 'Salle réservée pour l’assemblée générale' });
    const told = await mail(second, 'booking_refused');
    expect(told.subject).toBe('Booking refused: Salle sur accord');
    expect(told.text).toContain('Reason: Salle réservée pour l’assemblée générale');
    expect((await book(karim, room.id, at(18, 10), at(18, 12))).statusCode).toBe(201);
  });

  it('when the resident cancels before the deadline, then it is cancelled and the slot free; after it, 409 booking_cancel_too_late, while the manager still may', async () => {
    const room = await resource({ name: 'Salle à annuler' }, { cancelHoursBefore: 48, perResident: null });
    const soon = (await book(sarah, room.id, at(2, 14), at(2, 15))).json();
    expect(soon.mayCancel).toBe(false);
    expect(codeOf(await t.call(sarah, 'POST', `/api/v1/portal/bookings/${soon.id}/cancel`))).toEqual([409, 'booking_cancel_too_late']);
    const later = (await book(sarah, room.id, at(9, 14), at(9, 15))).json();
    const cancelled = await t.call(sarah, 'POST', `/api/v1/portal/bookings/${later.id}/cancel`);
    expect([cancelled.statusCode, cancelled.json().state]).toEqual([200, 'cancelled']);
    expect((await mail(later.id, 'booking_cancelled')).ics).toContain('METHOD:CANCEL');
    expect((await book(karim, room.id, at(9, 14), at(9, 15))).statusCode).toBe(201);
    expect(codeOf(await t.call(karim, 'POST', `/api/v1/portal/bookings/${soon.id}/cancel`))).toEqual([404, 'not_found']);
    const byManager = await t.call(manager, 'POST', `/api/v1/bookings/${soon.id}/cancel`, { reason: 'Fuite au plafond' });
    expect(byManager.json()).toMatchObject({ state: 'cancelled', reason: 'Fuite au plafond' });
    const mine = (await t.call(sarah, 'GET', '/api/v1/portal/bookings?when=upcoming')).json().items as { id: string; state: string }[];
    expect(mine.find((b) => b.id === soon.id)?.state).toBe('cancelled');
  });
});

describe('closed periods', () => {
  it('when the manager closes a room for works, then the bookings inside are cancelled and each resident told with the reason; the period is refused, outside it is not', async () => {
    const room = await resource({ name: 'Salle en travaux' }, { perResident: null });
    const inside = [(await book(sarah, room.id, at(22, 10), at(22, 12))).json().id, (await book(emily, room.id, at(23, 18), at(23, 20))).json().id];
    const outside = (await book(karim, room.id, at(25, 10), at(25, 12))).json().id;
    const closed = await t.call(manager, 'POST', `/api/v1/resources/${room.id}/closures`, { startsAt: at(22, 0), endsAt: at(25, 0), reason: 'Peinture de la salle' });
    expect(closed.statusCode, closed.body).toBe(201);
    expect(closed.json().cancelled.sort()).toEqual([...inside].sort());
    expect(closed.json().resource.closures).toHaveLength(1);
    for (const id of inside) {
      expect((await t.call(manager, 'GET', `/api/v1/bookings/${id}`)).json()).toMatchObject({ state: 'cancelled', reason: 'Peinture de la salle' });
      const told = await mail(id, 'booking_cancelled');
      expect(told.text).toMatch(/(Motif : |Reason: )Peinture de la salle/);
    }
    expect((await t.call(manager, 'GET', `/api/v1/bookings/${outside}`)).json().state).toBe('confirmed');
    expect(codeOf(await book(karim, room.id, at(23, 10), at(23, 11)))).toEqual([422, 'booking_closed_period']);
    const closureId = closed.json().resource.closures[0].id;
    expect((await t.call(manager, 'DELETE', `/api/v1/resources/${room.id}/closures/${closureId}`)).statusCode).toBe(204);
    expect((await book(karim, room.id, at(23, 10), at(23, 11))).statusCode).toBe(201);
  });
});

describe('audiences and other agencies', () => {
  it('when a room is for the tenants of V1G only, then Sarah books it; Karim of V1D and Georges of another building get 404', async () => {
    const room = await resource({ name: 'Buanderie du V1G', kind: 'laundry', audience: { unitIds: [refs.unit('GER-010', 'V1G').id], relations: ['tenant'] } }, { perResident: null });
    const names = async (cookie: string) => ((await t.call(cookie, 'GET', '/api/v1/portal/bookings/resources')).json().items as { name: string }[]).map((r) => r.name);
    expect(await names(sarah)).toContain('Buanderie du V1G');
    expect(await names(karim)).not.toContain('Buanderie du V1G');
    expect(await names(georges)).toEqual([]);
    expect((await book(sarah, room.id, at(19, 10), at(19, 11))).statusCode).toBe(201);
    for (const cookie of [karim, georges]) {
      expect(codeOf(await t.call(cookie, 'GET', `/api/v1/portal/bookings/resources/${room.id}`))).toEqual([404, 'not_found']);
      expect(codeOf(await book(cookie, room.id, at(19, 12), at(19, 13)))).toEqual([404, 'not_found']);
    }
    // An audience outside the room's property is refused.
    const foreign = await t.call(manager, 'PATCH', `/api/v1/resources/${room.id}`, { audience: { propertyIds: [refs.property('COP-001').id] } });
    expect(codeOf(foreign)).toEqual([422, 'unknown_reference']);
  });

  it('when a manager previews a tenant’s portal, then the rooms show but booking is refused 403 preview_read_only', async () => {
    const room = await resource({ name: 'Salle vue en aperçu' });
    const users = (await t.call(admin, 'GET', '/api/v1/users?limit=100')).json().items as { id: string; email: string }[];
    const preview = await portalSession(t, refs.person('P-010').id, { preview: { userId: users.find((u) => u.email === 'manager@demo.gardien.test')!.id } });
    expect((await t.call(preview, 'GET', `/api/v1/portal/bookings/resources/${room.id}`)).statusCode).toBe(200);
    expect(codeOf(await book(preview, room.id, at(24, 10), at(24, 11)))).toEqual([403, 'preview_read_only']);
  });

  it('when another agency’s manager or resident asks for a demo room or booking, then it is 404', async () => {
    const room = await resource({ name: 'Salle privée' });
    const booking = (await book(sarah, room.id, at(26, 10), at(26, 11))).json().id;
    const other = await t.login(OTHER_MANAGER_EMAIL);
    await t.call(other, 'PATCH', '/api/v1/settings', { communityTools: { bookings: { enabled: true, roles: ['manager'] } } });
    expect(codeOf(await t.call(other, 'GET', `/api/v1/resources/${room.id}`))).toEqual([404, 'not_found']);
    expect(codeOf(await t.call(other, 'GET', `/api/v1/bookings/${booking}`))).toEqual([404, 'not_found']);
    expect(codeOf(await t.call(other, 'POST', `/api/v1/bookings/${booking}/cancel`, {}))).toEqual([404, 'not_found']);
    expect((await t.call(other, 'GET', '/api/v1/resources')).json().items).toEqual([]);
    expect(codeOf(await t.call(other, 'POST', '/api/v1/resources', { propertyId: voltaire(), name: 'x', kind: 'other' }))).toEqual([422, 'unknown_property']);
    const [person] = await t.ctx.db.select({ id: persons.id }).from(persons).innerJoin(organizations, eq(organizations.id, persons.organizationId)).where(eq(organizations.slug, OTHER_ORG_SLUG));
    const stranger = await portalSession(t, person!.id);
    expect(codeOf(await t.call(stranger, 'GET', `/api/v1/portal/bookings/resources/${room.id}`))).toEqual([404, 'not_found']);
    expect(codeOf(await t.call(stranger, 'GET', `/api/v1/portal/bookings/${booking}/booking.ics`))).toEqual([404, 'not_found']);
  });
});

describe('photos, .ics and reminders', () => {
  it('when the manager adds a photo, then residents who may book see it; bytes that lie are 415', async () => {
    const room = await resource({ name: 'Salle en photo' });
    const upload = (content: Buffer) => t.app.inject({ method: 'POST', url: `/api/v1/resources/${room.id}/photos`, headers: { cookie: manager, 'content-type': MULTIPART_TYPE }, payload: multipartBody([{ field: 'files', filename: 'salle.png', type: 'image/png', content }]) });
    expect(codeOf(await upload(Buffer.from('MZ\x90\x00 not an image at all')))).toEqual([415, 'file_type_not_allowed']);
    expect((await upload(png())).statusCode).toBe(201);
    const seen = (await t.call(sarah, 'GET', `/api/v1/portal/bookings/resources/${room.id}`)).json();
    expect(seen.photos).toHaveLength(1);
    const photo = await t.call(sarah, 'GET', seen.photos[0].url);
    expect([photo.statusCode, photo.headers['content-type']]).toEqual([200, 'image/png']);
    expect((await t.call(georges, 'GET', seen.photos[0].url)).statusCode).toBe(404);
  });

  it('when the resident downloads the .ics, then it is her booking’s calendar entry; another resident gets 404', async () => {
    const room = await resource({ name: 'Salle au calendrier' });
    const id = (await book(sarah, room.id, at(11, 19), at(11, 21))).json().id;
    const ics = await t.call(sarah, 'GET', `/api/v1/portal/bookings/${id}/booking.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body).toContain('DTSTART:20270311T180000Z');
    expect(ics.body).toContain('DTEND:20270311T200000Z');
    expect(ics.body).toContain('SUMMARY:Salle au calendrier – Immeuble Voltaire');
    expect((await t.call(karim, 'GET', `/api/v1/portal/bookings/${id}/booking.ics`)).statusCode).toBe(404);
  });

  it('when the test clock comes within a day of a confirmed booking, then its resident is reminded once, with the .ics', async () => {
    const room = await resource({ name: 'Salle du rappel' });
    const id = (await book(emily, room.id, at(6, 18), at(6, 20))).json().id;
    // Booked the day before: its confirmation was its reminder.
    const tomorrow = (await book(sarah, room.id, at(2, 8), at(2, 9))).json().id;
    await t.app.inject({ method: 'POST', url: '/api/v1/test-clock', payload: { advance: 'PT1M' } });
    expect(await templates(tomorrow)).toEqual(['booking_confirmed']);
    expect(await templates(id)).toEqual(['booking_confirmed']);
    await t.app.inject({ method: 'POST', url: '/api/v1/test-clock', payload: { set: at(5, 17) } });
    expect(await templates(id)).toEqual(['booking_confirmed']);
    const moved = await t.app.inject({ method: 'POST', url: '/api/v1/test-clock', payload: { set: at(5, 19) } });
    expect(moved.json().automation.booking_reminder).toBeGreaterThanOrEqual(1);
    await t.app.inject({ method: 'POST', url: '/api/v1/test-clock', payload: { advance: 'PT2H' } });
    expect(await templates(id)).toEqual(['booking_confirmed', 'booking_reminder']);
    const reminder = await mail(id, 'booking_reminder');
    expect(reminder.subject).toMatch(/^Reminder: Salle du rappel/);
    expect(reminder.ics).toContain('DTSTART:20270306T170000Z');
    t.clock.current = MONDAY;
  });
});
