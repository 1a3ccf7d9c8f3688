// Random sequences of staff actions against the real database, through the API: every action the
// API lists succeeds, an action it does not list is refused and changes nothing, the history grows
// without gaps, the stored status is the one the domain derives from the dispatches, and each
// dispatch keeps the automation schedule the domain computes (src/domain/automation/schedule.ts).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { PRESENCES, type DispatchKind, type DispatchState, type Presence, type TicketType } from '../../src/domain/tickets/codes.ts';
import { ticketStatus, waitingOn, needsAction } from '../../src/domain/tickets/ticket-status.ts';
import { TICKET_LEVEL_ACTIONS, DISPATCH_LEVEL_ACTIONS, type StaffAction } from '../../src/domain/tickets/action-catalogue.ts';
import { and, eq } from 'drizzle-orm';
import { automationSchedule } from '../../src/domain/automation/schedule.ts';
import { tickets, dispatches } from '../../src/db/schema/index.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { checkStoredEvents } from '../support/event-payloads.ts';

let t: TestApp;
let manager: string;
let refs: DemoRefs;
let organizationId: string;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
  organizationId = (await t.call(manager, 'GET', '/api/v1/me')).json().organization.id;
});
afterAll(() => t?.close());

const CONTRACTORS = ['F-001', 'F-002', 'F-003', 'F-004', 'F-005', 'F-006', 'F-007', 'F-008', 'F-009', 'F-010'];
const APPROVER = { name: 'Président CS', emails: ['pres@example.fr'], channels: ['email'] };

/** Actions that change neither the type nor a dispatch, and the ones that add, end or close. */
const NO_CHANGE: StaffAction[] = [
  'edit', 'reassign', 'set_silent', 'set_reminders', 'internal_note', 'send_message', 'inform_third_party', 'add_attachments', 'update_party', 'remind',
];
const DISRUPTIVE: StaffAction[] = ['add_contractor', 'replace_contractor', 'cancel_intervention', 'enter_refusal', 'close'];

interface Step {
  /** 0: an action the API does not list; 1–2: any listed action; 3: one that adds, ends or closes; 4–10: a forward step. */
  mode: number;
  pick: number;
  other: number;
  presence: Presence;
  decision: 'approve' | 'disapprove';
  withInvoice: boolean;
}

interface DispatchView { id: string; kind: DispatchKind; state: DispatchState; contractorName: string }
interface TicketView {
  number: number;
  type: TicketType;
  status: string;
  waitingOn: string;
  needsAction: boolean;
  unreadCount: number;
  silent: boolean;
  closedAt: string | null;
  updatedAt: string;
  dispatches: DispatchView[];
  contactPerson: { id: string } | null;
}
interface Panel { ticket: StaffAction[]; dispatches: { dispatchId: string; actions: StaffAction[] }[] }
interface Target { action: StaffAction; dispatchId?: string }

const stepArb: fc.Arbitrary<Step> = fc.record({
  mode: fc.nat(10),
  pick: fc.nat(1000),
  other: fc.nat(1000),
  presence: fc.constantFrom(...PRESENCES),
  decision: fc.constantFrom('approve' as const, 'disapprove' as const),
  withInvoice: fc.boolean(),
});

const scenarioArb = fc.record({
  type: fc.constantFrom<'ODS' | 'DS'>('ODS', 'DS'),
  contractors: fc.uniqueArray(fc.constantFrom(...CONTRACTORS), { minLength: 1, maxLength: 2 }),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 12, size: 'max' }),
});

const later = (days: number) => new Date(t.clock.current.getTime() + days * 86_400_000).toISOString();

/** A valid body for `target` on `ticket` (valid for the schema; whether it is available is the server's call). */
function bodyFor(target: Target, ticket: TicketView, step: Step, serial: number): Record<string, unknown> {
  const { action, dispatchId } = target;
  const on = dispatchId ? { dispatchId } : {};
  const contractor = { contractorId: refs.contractor(CONTRACTORS[step.other % CONTRACTORS.length]!).id };
  const party = dispatchId ? { dispatchId } : { partyId: ticket.contactPerson!.id };
  switch (action) {
    case 'validate': return { action, kind: 'work_order', contractors: [contractor] };
    case 'cancel_request': return { action, reason: 'Demande en double' };
    case 'edit': return { action, subject: `Fuite en cave (${serial})` };
    case 'reassign': return { action, assigneeId: refs.user(step.other % 2 ? 'assistant@demo.gardien.test' : 'manager@demo.gardien.test').id };
    case 'set_silent': return { action, silent: !ticket.silent };
    case 'set_reminders': return { action, reminders: { workOrder: { every: 1 + (step.other % 5), unit: 'days', max: 2 } } };
    case 'internal_note': return { action, body: `<p>Note ${serial}</p>` };
    case 'send_message': return { action, ...party, body: `Message ${serial}` };
    case 'inform_third_party': return { action, recipients: [{ name: 'Voisin du dessous', emails: ['voisin@example.fr'], channels: ['email'] }], message: 'Pour information' };
    case 'add_attachments': return { action, attachmentIds: [], comment: 'Rien à joindre' };
    case 'update_party': return { action, ...party, channels: ['email'] };
    case 'add_contractor': return { action, contractor };
    case 'replace_contractor': return { action, dispatchId, contractor, reason: 'Trop long' };
    case 'cancel_intervention': return { action, ...on, reason: 'Plus nécessaire' };
    case 'remind': return { action, dispatchId };
    case 'enter_acceptance': return { action, dispatchId, startsAt: later(2), durationMinutes: 60 };
    case 'enter_refusal': return { action, dispatchId, reason: 'Pas disponible' };
    case 'enter_appointment': return { action, dispatchId, startsAt: later(3), durationMinutes: 90 };
    case 'validate_appointment': return { action, dispatchId };
    case 'postpone_appointment': return { action, dispatchId, startsAt: later(5) };
    case 'enter_presence': return { action, dispatchId, presence: step.presence, startsAt: later(1) };
    case 'enter_completion': return { action, dispatchId, comment: 'Fait', ...(step.withInvoice ? { invoice: { amountCents: 12_000 + step.other } } : {}) };
    case 'request_quote': return { action, dispatchId, comment: 'Un devis est nécessaire' };
    case 'enter_quote': return { action, dispatchId, amountCents: 50_000 + step.other, validUntil: '2027-06-30' };
    case 'accept_quote': return { action, dispatchId };
    case 'reject_quote': return { action, dispatchId, comment: 'Trop cher' };
    case 'request_approval': return { action, approver: APPROVER };
    case 'enter_approval': return { action, dispatchId, decision: step.decision };
    case 'confirm_quote': return { action, dispatchId };
    case 'request_invoice': return { action, dispatchId };
    case 'enter_invoice': return { action, dispatchId, amountCents: 20_000 + step.other };
    case 'rerequest_invoice': return { action, dispatchId, comment: 'Il manque le numéro de TVA' };
    case 'close': return { action, comment: 'Terminé' };
    case 'mark_resolved': return { action, comment: 'Travaux terminés' };
    // The incident's actions are not in the panel (they name another ticket): never drawn here.
    case 'link_to_incident':
    case 'merge_into_incident': return { action, incidentNumber: ticket.number };
    case 'unlink_from_incident': return { action };
    case 'send_incident_update': return { action, message: `Nouvelles ${serial}` };
  }
}

const listedTargets = (panel: Panel): Target[] => [
  ...panel.ticket.map((action) => ({ action })),
  ...panel.dispatches.flatMap((d) => d.actions.map((action) => ({ action, dispatchId: d.dispatchId }))),
];

/** Actions (with a target) the panel does not list; dispatch steps are only tried on a dispatch. */
const unlistedTargets = (panel: Panel): Target[] => [
  ...TICKET_LEVEL_ACTIONS.filter((a) => !panel.ticket.includes(a)).map((action) => ({ action })),
  ...panel.dispatches.flatMap((d) => DISPATCH_LEVEL_ACTIONS.filter((a) => !d.actions.includes(a)).map((action) => ({ action, dispatchId: d.dispatchId }))),
];

const describeTicket = (ticket: TicketView) =>
  `${ticket.type}${ticket.closedAt ? ' closed' : ''} ${ticket.status} [${ticket.dispatches.map((d) => `${d.kind}:${d.state}`).join(', ')}]`;

async function getJson<T>(url: string): Promise<T> {
  const response = await t.call(manager, 'GET', url);
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json() as T;
}

async function eventsOf(n: number): Promise<{ seq: number; type: string }[]> {
  return (await getJson<{ items: { seq: number; type: string }[] }>(`/api/v1/tickets/${n}/events`)).items;
}

function expectDerived(ticket: TicketView, log: string[]) {
  const facts = { type: ticket.type, closed: ticket.closedAt !== null, unreadCount: ticket.unreadCount };
  const dispatches = ticket.dispatches.map((d) => ({ kind: d.kind, state: d.state }));
  expect(
    { status: ticket.status, waitingOn: ticket.waitingOn, needsAction: ticket.needsAction },
    `stored status differs from the derived one\n${log.join('\n')}`,
  ).toEqual({ status: ticketStatus(facts, dispatches), waitingOn: waitingOn(facts, dispatches), needsAction: needsAction(facts, dispatches) });
}

/** Each dispatch's stored automation schedule is the one the domain computes from its stored facts. */
async function expectSchedule(n: number, log: string[]) {
  const [row] = await t.ctx.db.select().from(tickets).where(and(eq(tickets.organizationId, organizationId), eq(tickets.number, n)));
  const facts = { closed: row!.closedAt !== null, silent: row!.silent, reminders: row!.reminders, presenceCheck: row!.presenceCheck };
  for (const d of await t.ctx.db.select().from(dispatches).where(eq(dispatches.ticketId, row!.id))) {
    const stored = { nextReminderAt: d.nextReminderAt, nextRequestAt: d.nextRequestAt, nextRequestKind: d.nextRequestKind };
    const expected = automationSchedule(d, facts, t.clock.current);
    expect(stored, `stored schedule of ${d.kind}:${d.state} differs from the domain's\n${log.join('\n')}`).toEqual(expected);
  }
}

function expectHistory(events: { seq: number }[], before: number, log: string[]) {
  expect(events.length, `the history did not grow\n${log.join('\n')}`).toBeGreaterThan(before);
  expect(events.map((e) => e.seq), `seq numbers are not N..1\n${log.join('\n')}`).toEqual(Array.from({ length: events.length }, (_, i) => events.length - i));
}

describe('random sequences of actions through the API', () => {
  it('when random listed actions (and some unlisted ones) are applied, then listed ones succeed, unlisted ones change nothing, and status and history stay consistent', async () => {
    let serial = 0;
    const start = t.clock.current.getTime();
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        // Each step moves the clock a minute, so that updatedAt tells whether something changed; every run (a new
        // ticket) starts again from the same time, so that the session never outlives its maximum age.
        t.clock.current = new Date(start + 60_000);
        const created = await t.call(manager, 'POST', '/api/v1/tickets', {
          type: scenario.type,
          propertyId: refs.property('COP-001').id,
          subject: 'Séquence aléatoire',
          description: 'Ticket créé par un test de propriétés.',
          contractors: scenario.contractors.map((ref) => ({ contractorId: refs.contractor(ref).id })),
          contactPerson: { personId: refs.person('P-001').id },
        });
        expect(created.statusCode, created.body).toBe(201);
        let ticket = created.json() as TicketView;
        const n = ticket.number;
        const log = [`created ${scenario.type} with ${scenario.contractors.join(', ')}: ${describeTicket(ticket)}`];
        let events = await eventsOf(n);
        expectHistory(events, 0, log);
        expectDerived(ticket, log);
        await expectSchedule(n, log);

        for (const step of scenario.steps) {
          t.clock.current = new Date(t.clock.current.getTime() + 60_000);
          const panel = await getJson<Panel>(`/api/v1/tickets/${n}/actions`);
          const listed = listedTargets(panel);
          if (ticket.closedAt) expect(listed, `actions listed on a closed ticket\n${log.join('\n')}`).toEqual([]);

          const unlisted = unlistedTargets(panel);
          if (step.mode === 0 || listed.length === 0) {
            if (unlisted.length === 0) continue;
            const target = unlisted[step.pick % unlisted.length]!;
            const body = bodyFor(target, ticket, step, ++serial);
            log.push(`(unlisted) ${JSON.stringify(body)}`);
            const response = await t.call(manager, 'POST', `/api/v1/tickets/${n}/actions`, body);
            expect(response.statusCode, `unlisted ${target.action} was not refused: ${response.body}\n${log.join('\n')}`).toBe(409);
            expect(response.json().error.code).toBe('action_not_available');
            const after = await getJson<TicketView>(`/api/v1/tickets/${n}`);
            expect(after.updatedAt, `a refused action changed the ticket\n${log.join('\n')}`).toBe(ticket.updatedAt);
            expect(describeTicket(after)).toBe(describeTicket(ticket));
            expect((await eventsOf(n)).length, `a refused action was recorded\n${log.join('\n')}`).toBe(events.length);
            continue;
          }

          const forward = listed.filter((x) => !NO_CHANGE.includes(x.action) && !DISRUPTIVE.includes(x.action));
          const disruptive = listed.filter((x) => DISRUPTIVE.includes(x.action));
          const pool = step.mode >= 4 && forward.length ? forward : step.mode === 3 && disruptive.length ? disruptive : listed;
          const target = pool[step.pick % pool.length]!;
          const body = bodyFor(target, ticket, step, ++serial);
          const response = await t.call(manager, 'POST', `/api/v1/tickets/${n}/actions`, body);
          log.push(`${JSON.stringify(body)} → ${response.statusCode}`);
          expect(response.statusCode, `listed ${target.action} failed: ${response.body}\n${log.join('\n')}`).toBe(200);
          ticket = response.json() as TicketView;
          log.push(`  now ${describeTicket(ticket)}`);

          const next = await eventsOf(n);
          expectHistory(next, events.length, log);
          events = next;
          expect(ticket.updatedAt).toBe(t.clock.current.toISOString());
          expectDerived(ticket, log);
          await expectSchedule(n, log);
        await expectSchedule(n, log);
          if (ticket.closedAt) {
            const after = await getJson<Panel>(`/api/v1/tickets/${n}/actions`);
            expect(listedTargets(after), `actions listed after close\n${log.join('\n')}`).toEqual([]);
          }
        }
      }),
      { numRuns: Number(process.env.GARDIEN_SEQUENCE_RUNS ?? 15) },
    );
  }, 600_000);
});

describe('sequences found by the random runs', () => {
  it('when approval was asked for two quotes in turn, then the first quote, still awaiting approval, can still be decided', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'DS', propertyId: refs.property('COP-001').id, subject: 'Deux devis, deux approbations',
      contractors: [{ contractorId: refs.contractor('F-001').id }, { contractorId: refs.contractor('F-003').id }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const { number: n, dispatches } = created.json() as TicketView;
    const [a, b] = dispatches.map((d) => d.id);
    await act(t, manager, n, { action: 'enter_quote', dispatchId: a, amountCents: 90_000 });
    await act(t, manager, n, { action: 'request_approval', approver: APPROVER });
    await act(t, manager, n, { action: 'enter_quote', dispatchId: b, amountCents: 80_000 });
    const ticket = await act(t, manager, n, { action: 'request_approval', approver: APPROVER });
    expect(ticket.dispatches.map((d: DispatchView) => d.state)).toEqual(['approval_requested', 'approval_requested']);
    const panel = await getJson<Panel>(`/api/v1/tickets/${n}/actions`);
    expect(panel.dispatches[0]!.actions).toContain('enter_approval');
    // Listed, so it must succeed: today the second request deactivates the first approver, and this answers 409.
    const after = await act(t, manager, n, { action: 'enter_approval', dispatchId: a, decision: 'approve' });
    expect(after.dispatches.map((d: DispatchView) => d.state)).toEqual(['approved', 'not_retained']);
  });
});

describe('the history left by the steps above', () => {
  it('when every step above was taken, then every stored event is one of the catalogue, with its direction and a payload its schema accepts', async () => {
    const { checked, problems } = await checkStoredEvents(t.ctx);
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
