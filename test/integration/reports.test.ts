// Reports per building and the accounting export, over tickets built for them through the API on
// the demo's Résidence Les Tilleuls: every figure checked against numbers worked out by hand here,
// the PDF read back, the author's copy in the outbox, bad inputs and other people refused.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { pdfText } from '../support/pdf-text.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { deliverQueued } from '../../src/messages/deliver-queued.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { OTHER_MANAGER_EMAIL } from '../support/seed.ts';
import { createUser } from '../../src/masterdata/users.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import type { ReportAnswer } from '../../src/http/answers.ts';
import { ticketAmount, type AmountFacts } from '../../src/domain/tickets/ticket-amount.ts';

let t: TestApp;
let smtp: SmtpSink;
let manager: string;
let refs: DemoRefs;
const numbers = {} as Record<'t1' | 't2' | 't3' | 't4' | 'outside' | 'otherProperty' | 'pending' | 'duplicate', number>;

const at = (iso: string) => {
  t.clock.current = new Date(iso);
};

async function create(body: Record<string, unknown>): Promise<{ number: number; dispatches: { id: string }[] }> {
  const response = await t.call(manager, 'POST', '/api/v1/tickets', { requester: { personId: refs.person('P-001').id }, description: 'Pour le rapport', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const workOrder = (property: string, unit: string | undefined, contractor: string, subject: string) => create({
  type: 'ODS', propertyId: refs.property(property).id, ...(unit ? { unitId: refs.unit(property, unit).id } : {}), subject,
  contractors: [{ contractorId: refs.contractor(contractor).id, channels: ['email'] }],
});

/** A work order with its appointment, completion at `doneAt`, invoice and closing. */
async function worked(ticket: { number: number; dispatches: { id: string }[] }, startsAt: string, doneAt: string, invoiceCents: number) {
  const dispatchId = ticket.dispatches[0]!.id;
  await act(t, manager, ticket.number, { action: 'enter_acceptance', dispatchId, startsAt, durationMinutes: 60 });
  await act(t, manager, ticket.number, { action: 'validate_appointment', dispatchId });
  at(doneAt);
  await act(t, manager, ticket.number, { action: 'enter_completion', dispatchId, comment: 'Fait' });
  await act(t, manager, ticket.number, { action: 'request_invoice', dispatchId });
  await act(t, manager, ticket.number, { action: 'enter_invoice', dispatchId, amountCents: invoiceCents });
  await act(t, manager, ticket.number, { action: 'close' });
}

/** A work order accepted for an appointment at `startsAt`, completed now with its invoice, closed. */
async function doneWithInvoice(ticket: { number: number; dispatches: { id: string }[] }, startsAt: string, invoiceCents: number) {
  const dispatchId = ticket.dispatches[0]!.id;
  await act(t, manager, ticket.number, { action: 'enter_acceptance', dispatchId, startsAt, durationMinutes: 60 });
  await act(t, manager, ticket.number, { action: 'enter_completion', dispatchId, invoice: { amountCents: invoiceCents } });
  await act(t, manager, ticket.number, { action: 'close' });
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>' });
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);

  // T1, unit A11: Plomberie Dupuis, appointment 09:00, done 11:30 (150 min), invoice 253,64 €.
  at('2026-03-09T08:00:00Z');
  const t1 = await workOrder('COP-001', 'A11', 'F-001', 'Fuite sous évier');
  await worked(t1, '2026-03-10T09:00:00+01:00', '2026-03-10T11:30:00+01:00', 25364);
  // T2, unit A21: Élec Services Rhône, 14:00 to 14:45 in summer time (45 min), invoice 100,00 €.
  at('2026-04-01T08:00:00Z');
  const t2 = await workOrder('COP-001', 'A21', 'F-002', 'Interphone muet');
  await worked(t2, '2026-04-02T14:00:00+02:00', '2026-04-02T14:45:00+02:00', 10000);
  // T3, the property: a quote of Bâti Rénov accepted, no invoice, closed (420,00 €; no intervention).
  at('2026-05-04T08:00:00Z');
  const t3 = await create({ type: 'DS', propertyId: refs.property('COP-001').id, subject: 'Peinture cage d’escalier', contractors: [{ contractorId: refs.contractor('F-010').id, channels: ['email'] }] });
  await act(t, manager, t3.number, { action: 'enter_acceptance', dispatchId: t3.dispatches[0]!.id });
  await act(t, manager, t3.number, { action: 'enter_quote', dispatchId: t3.dispatches[0]!.id, amountCents: 42000 });
  await act(t, manager, t3.number, { action: 'accept_quote', dispatchId: t3.dispatches[0]!.id });
  await act(t, manager, t3.number, { action: 'close' });
  // T4, unit A11: Plomberie Dupuis completed with its invoice (50,00 €) before the appointment it gave (July 3rd): not measured.
  at('2026-06-30T20:00:00Z'); // 22:00 in Paris, still June 30th
  const t4 = await workOrder('COP-001', 'A11', 'F-001', 'Robinet qui goutte');
  await doneWithInvoice(t4, '2026-07-03T09:00:00+02:00', 5000);
  // Outside the period: July 1st at 00:30 in Paris (still June 30th in UTC).
  at('2026-06-30T22:30:00Z');
  const outside = await workOrder('COP-001', 'A11', 'F-001', 'Hors période');
  await doneWithInvoice(outside, '2026-06-30T08:00:00Z', 99900);
  // Another property, in the period.
  at('2026-03-15T10:00:00Z');
  const other = await workOrder('COP-002', undefined, 'F-001', 'Autre immeuble');
  await doneWithInvoice(other, '2026-03-15T08:00:00Z', 77700);
  // A request refused before it became a ticket, and a duplicate of T1's leak linked to it as its incident.
  const pending = await create({ type: 'PENDING', propertyId: refs.property('COP-001').id, subject: 'Demande sans suite', source: 'phone' });
  await act(t, manager, pending.number, { action: 'cancel_request', reason: 'Pas de notre ressort' });
  const duplicate = await workOrder('COP-001', 'A11', 'F-002', 'Fuite (doublon)');
  await doneWithInvoice(duplicate, '2026-03-15T08:00:00Z', 3000);
  await t.ctx.db.execute(sql`update tickets set incident_id = (select t1.id from tickets t1 where t1.number = ${t1.number} and t1.organization_id = tickets.organization_id) where number = ${duplicate.number}`);
  Object.assign(numbers, { t1: t1.number, t2: t2.number, t3: t3.number, t4: t4.number, outside: outside.number, otherProperty: other.number, pending: pending.number, duplicate: duplicate.number });
  at('2026-07-02T09:00:00Z');
}, 120_000);
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const ALL = ['ticketCount', 'totalAmount', 'interventionsPerContractor', 'interventionDuration', 'amountPerContractor'];


describe('a report per building', () => {
  let report: ReportAnswer;

  it('when a manager makes a report over the property and the first half-year, then every figure is the one worked out by hand', async () => {
    const response = await t.call(manager, 'POST', '/api/v1/reports', { propertyId: refs.property('COP-001').id, from: '2026-01-01', to: '2026-06-30', items: ALL });
    expect(response.statusCode, response.body).toBe(201);
    report = response.json();
    expect(report).toMatchObject({
      propertyName: 'Résidence Les Tilleuls', propertyAddress: '12 rue des Tilleuls, 69003 Lyon', unitId: null, from: '2026-01-01', to: '2026-06-30',
      items: ALL, language: 'fr', createdAt: '2026-07-02T09:00:00.000Z', createdBy: { id: refs.user('manager@demo.gardien.test').id, name: 'Camille Martin' },
    });
    expect(report.result).toEqual({
      currency: 'EUR',
      // T1, T2, T3, T4; the refused request and the duplicate are left out.
      ticketCount: { closed: 4, leftOutPending: 1, leftOutDuplicates: 1 },
      // 253,64 + 100,00 + 420,00 + 50,00
      totalAmount: { amountCents: 82364, pricedTickets: 4 },
      // Plomberie Dupuis: T1 and T4; Élec Services Rhône: T2; Bâti Rénov did no work.
      interventionsPerContractor: { total: 3, rows: [
        { contractorId: refs.contractor('F-001').id, name: 'Plomberie Dupuis', interventions: 2 },
        { contractorId: refs.contractor('F-002').id, name: 'Élec Services Rhône', interventions: 1 },
      ] },
      // T1 150 min + T2 45 min = 195 min over 2; T4's completion came before its appointment. 97,5 min rounds to 98.
      interventionDuration: { interventions: 3, measured: 2, totalMinutes: 195, meanMinutes: 98 },
      amountPerContractor: { totalCents: 82364, rows: [
        { contractorId: refs.contractor('F-010').id, name: 'Bâti Rénov', amountCents: 42000, dispatches: 1 },
        { contractorId: refs.contractor('F-001').id, name: 'Plomberie Dupuis', amountCents: 30364, dispatches: 2 },
        { contractorId: refs.contractor('F-002').id, name: 'Élec Services Rhône', amountCents: 10000, dispatches: 1 },
      ] },
    });
  });

  it('when the report is read again, then its figures are those stored, and its total agrees with ticket-amount.ts on each ticket', async () => {
    const again = await t.call(manager, 'GET', `/api/v1/reports/${report.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(report);
    let sum = 0;
    for (const n of [numbers.t1, numbers.t2, numbers.t3, numbers.t4]) {
      const ticket = (await t.call(manager, 'GET', `/api/v1/tickets/${n}`)).json();
      const result = await t.ctx.db.execute(sql`select kind, state, quote_amount_cents::int as "quoteAmountCents", invoice_amount_cents::int as "invoiceAmountCents"
        from dispatches where ticket_id = ${ticket.id}`);
      const amount = ticketAmount((Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as AmountFacts[])!;
      expect(ticket.amountCents).toBe(amount);
      sum += amount;
    }
    expect(sum).toBe(report.result.totalAmount!.amountCents);
  });

  it('when a report is made over one unit with two items, then it counts that unit\u2019s tickets only and holds only those items', async () => {
    at('2026-07-02T09:05:00Z');
    const response = await t.call(manager, 'POST', '/api/v1/reports', {
      propertyId: refs.property('COP-001').id, unitId: refs.unit('COP-001', 'A11').id, from: '2026-01-01', to: '2026-06-30', items: ['interventionDuration', 'ticketCount'],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ unitReference: 'A11', items: ['ticketCount', 'interventionDuration'] });
    // T1 and T4 (the duplicate on A11 left out).
    expect(response.json().result).toEqual({
      currency: 'EUR',
      ticketCount: { closed: 2, leftOutPending: 0, leftOutDuplicates: 1 },
      interventionDuration: { interventions: 2, measured: 1, totalMinutes: 150, meanMinutes: 150 },
    });
  });

  it('when the list is read, then the reports come newest first, filtered by property, a page at a time', async () => {
    const list = (await t.call(manager, 'GET', '/api/v1/reports?limit=1')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].unitReference).toBe('A11');
    const next = (await t.call(manager, 'GET', `/api/v1/reports?limit=1&cursor=${list.nextCursor}`)).json();
    expect(next.items.map((r: { id: string }) => r.id)).toEqual([report.id]);
    expect(next.nextCursor).toBeNull();
    expect((await t.call(manager, 'GET', `/api/v1/reports?propertyId=${refs.property('COP-002').id}`)).json().items).toEqual([]);
  });

  it('when its PDF is downloaded, then it holds the agency, the place, the period, the author, the figures and page numbers', async () => {
    const response = await t.call(manager, 'GET', `/api/v1/reports/${report.id}/report.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="rapport-COP-001-2026-01-01-2026-06-30.pdf"');
    const text = await pdfText(response.rawPayload);
    for (const expected of [
      'Agence Démo Gardien', 'Rapport d’activité de l’immeuble', 'Résidence Les Tilleuls', '12 rue des Tilleuls, 69003 Lyon',
      'du 01/01/2026 au 30/06/2026', 'Établi le 02/07/2026 à 11h00 par Camille Martin',
      'Tickets clos 4', 'Montant (factures, à défaut devis acceptés) 823,64 €', 'Plomberie Dupuis 2', 'Élec Services Rhône 1', 'Total 3',
      'Durée moyenne 1 h 38', 'Durée totale 3 h 15', 'Bâti Rénov 1 420,00 €', 'Plomberie Dupuis 2 303,64 €', 'Page 1 / ',
    ]) expect(text).toContain(expected);
  });

  it('when a report is made, then a copy is in the outbox for its author with the link to its page', async () => {
    const rows = await t.ctx.db.execute(sql`select recipients, subject, text, state from outbox_messages where template = 'report_copy' and meta->>'reportId' = ${report.id}`);
    const [copy] = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { recipients: string[]; subject: string; text: string }[];
    expect(copy).toMatchObject({ recipients: ['manager@demo.gardien.test'], subject: 'Votre rapport : Résidence Les Tilleuls' });
    expect(copy!.text).toContain(`/reports/${report.id}`);

    // It leaves through SMTP with the report's PDF attached: the same figures as the download.
    await deliverQueued(t.ctx);
    const mails = await smtp.waitFor(1);
    const mail = mails.find((m) => m.subject === 'Votre rapport : Résidence Les Tilleuls');
    expect(mail, 'the copy reached the SMTP server').toBeDefined();
    const [pdf] = mail!.attachments.filter((a) => a.contentType === 'application/pdf');
    expect(pdf!.filename).toMatch(/^rapport-.+-2026-01-01-2026-06-30\.pdf$/);
    const text = await pdfText(pdf!.content);
    for (const expected of ['Résidence Les Tilleuls', 'du 01/01/2026 au 30/06/2026', 'Tickets clos 4', 'Page 1 / ']) expect(text).toContain(expected);
  });

  it('when the input is wrong, then each mistake has its status and code', async () => {
    const base = { propertyId: refs.property('COP-001').id, from: '2026-01-01', to: '2026-06-30', items: ALL };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ propertyId: '00000000-0000-4000-8000-000000000000' }, 422, 'unknown_property'],
      [{ unitId: refs.unit('COP-002', 'B01').id }, 422, 'unit_not_in_property'],
      [{ from: '2026-07-01' }, 422, 'invalid_period'],
      [{ from: '2016-01-01', to: '2026-01-01' }, 400, 'period_too_long'],
      [{ items: [] }, 422, 'no_report_item'],
      [{ items: ['ticketCount', 'averageMood'] }, 422, 'unknown_report_item'],
      [{ from: '2026-02-30' }, 400, 'validation_failed'],
      [{ from: '0000-01-01' }, 422, 'invalid_period'],
    ];
    for (const [change, status, code] of cases) {
      const response = await t.call(manager, 'POST', '/api/v1/reports', { ...base, ...change });
      expect(response.statusCode, `${code}: ${response.body}`).toBe(status);
      expect(response.json().error.code).toBe(code);
    }
    // Exactly ten years is allowed.
    expect((await t.call(manager, 'POST', '/api/v1/reports', { ...base, from: '2016-07-01', to: '2026-06-30', items: ['ticketCount'] })).statusCode).toBe(201);
    expect((await t.call(manager, 'GET', '/api/v1/reports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('when an assistant who sees only the properties they assist reports, then only on those, and lists only theirs', async () => {
    const assistant = await t.login('assistant@demo.gardien.test');
    const body = { from: '2026-01-01', to: '2026-06-30', items: ['ticketCount'] };
    const rented = await t.call(manager, 'POST', '/api/v1/reports', { ...body, propertyId: refs.property('GER-010').id });
    expect(rented.statusCode).toBe(201);
    const refused = await t.call(assistant, 'POST', '/api/v1/reports', { ...body, propertyId: refs.property('GER-010').id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('unknown_property');
    expect((await t.call(assistant, 'GET', `/api/v1/reports/${rented.json().id}`)).statusCode).toBe(404);
    const assisted = await t.call(assistant, 'POST', '/api/v1/reports', { ...body, propertyId: refs.property('COP-001').id });
    expect(assisted.statusCode, assisted.body).toBe(201);
    expect(assisted.json().result.ticketCount.closed).toBe(4);
    const listed = (await t.call(assistant, 'GET', '/api/v1/reports?limit=200')).json().items as ReportAnswer[];
    expect(listed.length).toBeGreaterThan(1);
    expect(new Set(listed.map((r) => r.propertyName))).toEqual(new Set(['Résidence Les Tilleuls']));
  });

  it('when an external agent, a resident or another agency asks, then they are refused', async () => {
    const demo = await findOrganizationBySlug(t.ctx.db, 'demo');
    await createUser(t.ctx, demo!.id, { email: 'external@reports.test', name: 'Agent Externe', roles: ['external_agent'], password: 'external-password-1' });
    const external = await t.login('external@reports.test', 'external-password-1');
    expect((await t.call(external, 'GET', '/api/v1/reports')).statusCode).toBe(403);
    expect((await t.call(external, 'POST', '/api/v1/reports', { propertyId: refs.property('COP-001').id, from: '2026-01-01', to: '2026-06-30', items: ALL })).statusCode).toBe(403);
    expect((await t.call(external, 'GET', `/api/v1/reports/accounting.csv?from=2026-01-01&to=2026-06-30`)).statusCode).toBe(403);
    // A resident signed in to the portal has no staff session: the staff API does not know them.
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/portal/auth/login', payload: { email: 'president@demo.gardien.test', password: 'gardien-demo' } });
    expect(login.statusCode, login.body).toBe(200);
    const portalCookie = login.cookies.find((c) => c.name === 'gardien_portal')!;
    const asResident = await t.app.inject({ method: 'GET', url: `/api/v1/reports/${report.id}`, headers: { cookie: `gardien_portal=${portalCookie.value}` } });
    expect(asResident.statusCode).toBe(401);
    const other = await t.login(OTHER_MANAGER_EMAIL);
    expect((await t.call(other, 'GET', `/api/v1/reports/${report.id}`)).statusCode).toBe(404);
    expect((await t.call(other, 'GET', `/api/v1/reports/${report.id}/report.pdf`)).statusCode).toBe(404);
    expect((await t.call(other, 'GET', '/api/v1/reports')).json().items).toEqual([]);
    expect((await t.call(other, 'POST', '/api/v1/reports', { propertyId: refs.property('COP-001').id, from: '2026-01-01', to: '2026-06-30', items: ALL })).json().error.code).toBe('unknown_property');
  });
});

describe('the accounting export', () => {
  it('when a manager exports the half-year of the property, then the CSV has its header and one row per counted ticket, cell by cell', async () => {
    const response = await t.call(manager, 'GET', `/api/v1/reports/accounting.csv?from=2026-01-01&to=2026-06-30&propertyId=${refs.property('COP-001').id}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="comptabilite-2026-01-01-2026-06-30.csv"');
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Numéro;Date de clôture;Réf. immeuble;Immeuble;Lot;Objet;Catégorie;Intervenants;Montant;Factures par intervenant');
    const rows = lines.slice(1, -1).map((line) => line.split(';'));
    expect(rows.map((r) => Number(r[0]))).toEqual([numbers.t1, numbers.t2, numbers.t3, numbers.t4]);
    expect(rows[0]).toEqual([String(numbers.t1), '2026-03-10', 'COP-001', 'Résidence Les Tilleuls', 'A11', 'Fuite sous évier', '', 'Plomberie Dupuis', '253.64', 'Plomberie Dupuis: 253.64']);
    expect(rows[2]!.slice(4, 10)).toEqual(['', 'Peinture cage d’escalier', '', 'Bâti Rénov', '420.00', '']);
    // T4 closed at 22:00 in Paris on June 30th: in the period, dated that day.
    expect(rows[3]![1]).toBe('2026-06-30');
    expect(lines.at(-1)).toBe('');
  });

  it('when the period is reversed, then it is refused with its code', async () => {
    const response = await t.call(manager, 'GET', '/api/v1/reports/accounting.csv?from=2026-07-01&to=2026-06-30');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('invalid_period');
  });
});
