// The demo agency as a newcomer finds it on a fresh installation: about thirty tickets of every
// type and status, with their history, parties and documents, a few unread answers, dated
// relative to the day it was loaded, built through the one change path (so the stored status is
// the one the domain derives), and an outbox that mails nobody.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPglite } from '../../src/db/pglite.ts';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../../src/db/connection.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { loadConfig } from '../../src/config.ts';
import { systemClock, type AppContext } from '../../src/context.ts';
import { buildContext } from '../../src/runtime/build-context.ts';
import { buildApp } from '../../src/http/app.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { eq } from 'drizzle-orm';
import { portalAccounts, persons, tickets as ticketsTable, ticketParties } from '../../src/db/schema/index.ts';
import { verifyPassword } from '../../src/auth/passwords.ts';
import { residentRelations } from '../../src/db/repositories/portal-tickets.ts';
import { TICKET_STATUSES } from '../../src/domain/tickets/codes.ts';
import { ticketStatus } from '../../src/domain/tickets/ticket-status.ts';
import { testDatabaseKind, postgresAdminUrl, databaseUrl } from '../support/test-env.ts';

const DAY = 86_400_000;
let database: Database;
let ctx: AppContext;
let app: FastifyInstance;
let dataDir: string;
let cookie: string;
let loadedAt: number;
let loadMs: number;
let dropDatabase: (() => Promise<void>) | undefined;

type Row = Record<string, unknown> & { number: number; type: string; status: string; unreadCount: number; createdAt: string; closedAt: string | null };

async function get(url: string) {
  const response = await app.inject({ method: 'GET', url, headers: { cookie } });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json();
}

async function allTickets(): Promise<Row[]> {
  return (await get('/api/v1/tickets?scope=all&limit=100')).items;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'gardien-demo-'));
  // A new installation: an empty database, no test template.
  if (testDatabaseKind() === 'postgres') {
    const admin = postgresAdminUrl();
    const name = `gardien_demo_${randomBytes(5).toString('hex')}`;
    const run = async (sql: string) => {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(sql);
      await client.end();
    };
    await run(`create database ${name}`);
    database = await openDatabase({ databaseUrl: databaseUrl(admin, name), dataDir });
    dropDatabase = () => run(`drop database if exists ${name} with (force)`);
  } else {
    database = await openDatabase({ dataDir, pglite: await createPglite() });
  }
  await migrateDatabase(database);
  ctx = await buildContext({ db: database.db, databaseKind: database.kind, clock: systemClock, config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }) });
  loadedAt = Date.now();
  const started = performance.now();
  const result = await loadDemo(database.db, { tickets: ctx });
  loadMs = performance.now() - started;
  expect(result.created).toBe(true);
  app = await buildApp(ctx, { logLevel: false });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'manager@demo.gardien.test', password: 'gardien-demo' } });
  expect(login.statusCode, login.body).toBe(200);
  cookie = `gardien_session=${login.cookies.find((c) => c.name === 'gardien_session')!.value}`;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await database?.close();
  await dropDatabase?.();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo agency on a fresh installation', () => {
  it('when the manager signs in, then about thirty tickets of every status and of both kinds are there', async () => {
    const tickets = await allTickets();
    expect(tickets.length).toBeGreaterThanOrEqual(30);
    expect(new Set(tickets.map((t) => t.status))).toEqual(new Set(TICKET_STATUSES));
    const types = new Set(tickets.map((t) => t.type));
    for (const type of ['PENDING', 'ODS', 'ODSM', 'DS', 'DM']) expect(types, type).toContain(type);
    // The open list, the first screen, is far from empty.
    expect((await get('/api/v1/tickets?limit=100')).items.length).toBeGreaterThanOrEqual(20);
    console.log(`demo loaded in ${Math.round(loadMs)} ms`);
  });

  it('when the list is read, then a few tickets carry unread answers from contractors or approvers, not all', async () => {
    const unread = (await allTickets()).filter((t) => t.unreadCount > 0);
    expect(unread.length).toBeGreaterThanOrEqual(4);
    expect(unread.length).toBeLessThanOrEqual(12);
    for (const ticket of unread) {
      const events = (await get(`/api/v1/tickets/${ticket.number}/events`)).items as { actorType: string }[];
      expect(events.some((e) => e.actorType === 'contractor' || e.actorType === 'approver'), `n°${ticket.number}`).toBe(true);
    }
  });

  it('when dates are read, then tickets were created 0 to 60 days before the loading day and appointments are still to come', async () => {
    const tickets = await allTickets();
    const ages = tickets.map((t) => (loadedAt - Date.parse(t.createdAt)) / DAY);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.min(...ages)).toBeLessThan(1.5);
    expect(Math.max(...ages)).toBeGreaterThan(45);
    expect(Math.max(...ages)).toBeLessThanOrEqual(61);
    const planned = tickets.find((t) => t.status === 'awaiting_completion' && (t.subject as string).includes("chauffe-eau collectif"))!;
    const detail = await get(`/api/v1/tickets/${planned.number}`);
    const startsAt = Date.parse(detail.dispatches[0].appointment.startsAt);
    expect(startsAt).toBeGreaterThan(loadedAt + 3 * DAY);
    expect(startsAt).toBeLessThan(loadedAt + 7 * DAY);
  });

  it('when each ticket is opened, then its history tells its story in order, its status is the derived one, its parties and documents are there', async () => {
    let documents = 0;
    let watchers = 0;
    const kinds = new Set<string>();
    for (const row of await allTickets()) {
      const ticket = await get(`/api/v1/tickets/${row.number}`);
      const events = (await get(`/api/v1/tickets/${row.number}/events`)).items as { type: string; seq: number; createdAt: string; actorType: string }[];
      expect(events.map((e) => e.type), `n°${row.number}`).toContain('ticket_created');
      expect(events.length, `n°${row.number}`).toBeGreaterThanOrEqual(row.type === 'PENDING' && !row.closedAt ? 1 : 2);
      const times = events.map((e) => Date.parse(e.createdAt)).reverse();
      expect(times, `n°${row.number}`).toEqual([...times].sort((a, b) => a - b));
      expect(Math.abs(times[0]! - Date.parse(row.createdAt))).toBeLessThan(1000);
      expect(times.at(-1)!).toBeLessThan(loadedAt);
      const derived = ticketStatus({ type: ticket.type, closed: ticket.closedAt !== null, unreadCount: ticket.unreadCount }, ticket.dispatches);
      expect(ticket.status, `n°${row.number}`).toBe(derived);
      if (row.type !== 'PENDING') expect(ticket.dispatches.length, `n°${row.number}`).toBeGreaterThan(0);
      documents += ticket.documents.length;
      watchers += ticket.watchers.length + ticket.approvers.length;
      for (const d of ticket.documents as { contentType: string }[]) kinds.add(d.contentType);
    }
    expect(documents).toBeGreaterThanOrEqual(15);
    expect(watchers).toBeGreaterThanOrEqual(10);
    expect(kinds).toEqual(new Set(['application/pdf', 'image/png']));
  });

  it('when a quote PDF is downloaded, then it is a real PDF naming its contractor', async () => {
    const tickets = await allTickets();
    const quoted = tickets.find((t) => (t.subject as string).includes('Ravalement'))!;
    const detail = await get(`/api/v1/tickets/${quoted.number}`);
    const quote = (detail.documents as { kind: string; url: string; contentType: string }[]).find((d) => d.contentType === 'application/pdf')!;
    const response = await app.inject({ method: 'GET', url: quote.url, headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('when the outbox is read, then the story wrote messages to .test addresses only, none of them waiting to leave', async () => {
    const outbox = (await get('/api/v1/outbox?limit=200')).items as { state: string; recipients: string[]; channel: string }[];
    expect(outbox.length).toBeGreaterThan(30);
    for (const message of outbox) {
      expect(message.state).toBe('sent');
      if (message.channel === 'email') for (const address of message.recipients) expect(address).toMatch(/\.test$/);
    }
  });

  it('when the search looks for a contractor of the demo, then the search documents were written', async () => {
    const found = (await get(`/api/v1/tickets?scope=all&q=${encodeURIComponent('Dupuis')}`)).items as Row[];
    expect(found.length).toBeGreaterThanOrEqual(3);
  });

  it("when the residents' portal is opened, then the three demo residents sign in with the demo password and find their tickets", async () => {
    const accounts = await database.db.select({ account: portalAccounts, person: persons }).from(portalAccounts).innerJoin(persons, eq(persons.id, portalAccounts.personId));
    const byEmail = new Map(accounts.map((row) => [row.account.email, row]));
    const today = new Date().toISOString().slice(0, 10);
    const expected = { 'locataire@demo.gardien.test': ['tenant'], 'coproprietaire@demo.gardien.test': ['co_owner'], 'president@demo.gardien.test': ['council_president'] } as const;
    for (const [email, kinds] of Object.entries(expected)) {
      const row = byEmail.get(email);
      expect(row, email).toBeDefined();
      expect(row!.person.emails).toContain(email);
      expect(row!.person.portalStatus).toBe('active');
      expect(row!.account.deactivatedAt).toBeNull();
      expect(await verifyPassword(row!.account.passwordHash, 'gardien-demo')).toBe(true);
      const relations = await residentRelations(database.db, row!.person.organizationId, row!.person.id, today);
      for (const kind of kinds) expect(relations.map((r) => r.kind), email).toContain(kind);
      // Once the portal's sign-in exists, it lets them in.
      const login = await app.inject({ method: 'POST', url: '/api/v1/portal/auth/login', payload: { email, password: 'gardien-demo' } });
      if (login.statusCode !== 404) expect(login.statusCode, `${email}: ${login.body}`).toBe(200);
    }
    const all = await allTickets();
    const tenant = byEmail.get('locataire@demo.gardien.test')!.person.id;
    const tenantTickets = all.filter((t) => (t.subject as string) === 'Volet roulant bloqué dans la chambre' || (t.subject as string) === 'Robinet de la baignoire qui goutte');
    expect(tenantTickets.map((t) => t.type).sort()).toEqual(['ODS', 'PENDING']);
    for (const row of tenantTickets) {
      const [stored] = await database.db.select().from(ticketsTable).where(eq(ticketsTable.number, row.number));
      expect(stored!.requesterPersonId).toBe(tenant);
      expect(stored!.source).toBe('portal');
    }
    const validated = await get(`/api/v1/tickets/${tenantTickets.find((t) => t.type === 'ODS')!.number}`);
    expect(Date.parse(validated.dispatches[0].appointment.startsAt)).toBeGreaterThan(loadedAt);
    const shared = all.find((t) => (t.subject as string).startsWith('Porte du garage collectif'))!;
    expect((await get(`/api/v1/tickets/${shared.number}`)).visibility).toBe('all_coowners');
    const president = byEmail.get('president@demo.gardien.test')!.person.id;
    const approvals = await database.db.select().from(ticketParties).where(eq(ticketParties.personId, president));
    expect(approvals.some((p) => p.role === 'approver' && p.active)).toBe(true);
    const awaiting = all.find((t) => (t.subject as string) === "Remplacement de l'interphone")!;
    expect(awaiting.status).toBe('quote_awaiting_approval');
  });
});
