// SQL of the inbound channels: the record of every message that came in, who sent it (persons,
// a ticket's parties), what it answers (Gardien's own Message-IDs, reply addresses), and the
// addresses that bounced.
import { and, desc, eq, getTableColumns, inArray, isNull, lt, or, sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { failingAddresses, inboundMessages, outboxMessages, organizations, personRelations, persons, properties, tickets, dispatches, ticketParties, users } from '../schema/index.ts';
import { decodeCursor } from '../pagination.ts';

export type InboundMessageRow = Omit<typeof inboundMessages.$inferSelect, 'raw'> & { hasRaw: boolean };

// Every column but the raw bytes, and whether there are any (in the row or in the FileStore).
const { raw: _raw, ...recordColumns } = getTableColumns(inboundMessages);
const listed = { ...recordColumns, hasRaw: sql<boolean>`(${inboundMessages.raw} is not null or ${inboundMessages.rawStorageKey} is not null)` };
export type NewInboundMessage = typeof inboundMessages.$inferInsert;

/** Records a message; undefined when one with the same dedupe key exists (the same message again). */
export async function insertInboundMessage(db: Db, row: NewInboundMessage): Promise<{ id: string } | undefined> {
  const [inserted] = await db.insert(inboundMessages).values(row).onConflictDoNothing().returning({ id: inboundMessages.id });
  return inserted;
}

/** The message recorded under this dedupe key. */
export async function inboundByDedupeKey(db: Db, organizationId: string, dedupeKey: string): Promise<InboundMessageRow | undefined> {
  const [row] = await db.select(listed).from(inboundMessages).where(and(eq(inboundMessages.organizationId, organizationId), eq(inboundMessages.dedupeKey, dedupeKey))).limit(1);
  return row;
}

/** Completes a recorded message (its ticket and event once known). */
export async function updateInboundMessage(db: Db, id: string, patch: Partial<NewInboundMessage>): Promise<void> {
  await db.update(inboundMessages).set(patch).where(eq(inboundMessages.id, id));
}

/** One recorded message of the agency. */
export async function findInboundMessage(db: Db, organizationId: string, id: string): Promise<InboundMessageRow | undefined> {
  const [row] = await db.select(listed).from(inboundMessages).where(and(eq(inboundMessages.organizationId, organizationId), eq(inboundMessages.id, id))).limit(1);
  return row;
}

/** The raw bytes kept in the row (small messages), if any. */
export async function inboundRaw(db: Db, organizationId: string, id: string): Promise<Buffer | null> {
  const [row] = await db.select({ raw: inboundMessages.raw }).from(inboundMessages).where(and(eq(inboundMessages.organizationId, organizationId), eq(inboundMessages.id, id))).limit(1);
  return row?.raw ?? null;
}

/** The agency's recorded messages, newest first, optionally of one outcome; keyset pages. */
export async function inboundMessagesPage(db: Db, organizationId: string, q: { limit: number; cursor?: string; outcome?: string }) {
  const where = [eq(inboundMessages.organizationId, organizationId)];
  if (q.outcome) where.push(eq(inboundMessages.outcome, q.outcome as InboundMessageRow['outcome']));
  const key = decodeCursor(q.cursor, { time: true });
  if (key) where.push(sql`(${inboundMessages.receivedAt}, ${inboundMessages.id}) < (${key.s}::timestamptz, ${key.id}::uuid)`);
  const rows = await db
    .select({ message: listed, ticketNumber: tickets.number })
    .from(inboundMessages)
    .leftJoin(tickets, eq(tickets.id, inboundMessages.ticketId))
    .where(and(...where))
    .orderBy(desc(inboundMessages.receivedAt), desc(inboundMessages.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > q.limit && last ? Buffer.from(JSON.stringify({ s: last.message.receivedAt.toISOString(), id: last.message.id })).toString('base64url') : null };
}

/** The organization of an inbound address's local part (its slug), or of an inbound secret. */
export async function organizationBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug)).limit(1);
  return row;
}

export async function organizationByInboundSecret(db: Db, secret: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.inboundSecret, secret)).limit(1);
  return row;
}

export async function setInboundSecret(db: Db, organizationId: string, secret: string): Promise<void> {
  await db.update(organizations).set({ inboundSecret: secret }).where(eq(organizations.id, organizationId));
}

/** Tickets numbered `number` in any agency (a reply address names the number; its signature the agency). */
export function ticketsNumbered(db: Db, number: number) {
  return db.select({ id: tickets.id, organizationId: tickets.organizationId, number: tickets.number }).from(tickets).where(eq(tickets.number, number));
}

/** The ticket an outgoing message of the agency belongs to (its Message-ID is `<outbox id@domain>`). */
export async function ticketOfOutboxMessage(db: Db, organizationId: string | null, outboxId: string) {
  const [row] = await db
    .select({ ticketId: outboxMessages.ticketId, organizationId: outboxMessages.organizationId, number: tickets.number, recipients: outboxMessages.recipients })
    .from(outboxMessages)
    .leftJoin(tickets, eq(tickets.id, outboxMessages.ticketId))
    .where(organizationId ? and(eq(outboxMessages.id, outboxId), eq(outboxMessages.organizationId, organizationId)) : eq(outboxMessages.id, outboxId))
    .limit(1);
  return row;
}

/** A ticket of the agency by id (`<ticket-id@domain>` in References). */
export async function ticketNumberById(db: Db, organizationId: string, ticketId: string) {
  const [row] = await db.select({ number: tickets.number }).from(tickets).where(and(eq(tickets.id, ticketId), eq(tickets.organizationId, organizationId))).limit(1);
  return row?.number;
}

/** The agency's persons with this email address among theirs (case-insensitive). */
export function personsWithEmail(db: Db, organizationId: string, email: string) {
  return db
    .select()
    .from(persons)
    .where(and(eq(persons.organizationId, organizationId), sql`exists (select 1 from unnest(${persons.emails}) as e where lower(e) = ${email.toLowerCase()})`))
    .orderBy(persons.createdAt)
    .limit(5);
}

/** The agency's persons with this phone number among theirs (digits compared, last nine). */
export function personsWithPhone(db: Db, organizationId: string, phone: string) {
  const digits = phone.replace(/\D/g, '').slice(-9);
  return db
    .select()
    .from(persons)
    .where(and(eq(persons.organizationId, organizationId), sql`exists (select 1 from unnest(${persons.phones}) as p where right(regexp_replace(p, '\\D', '', 'g'), 9) = ${digits})`))
    .orderBy(persons.createdAt)
    .limit(5);
}

/** A person's current places (unit and property), tenants and occupants first. */
export function currentPlacesOf(db: Db, organizationId: string, personId: string, today: string) {
  return db
    .select({ unitId: personRelations.unitId, propertyId: personRelations.propertyId, kind: personRelations.kind })
    .from(personRelations)
    .where(
      and(
        eq(personRelations.organizationId, organizationId),
        eq(personRelations.personId, personId),
        or(isNull(personRelations.startsOn), sql`${personRelations.startsOn} <= ${today}`),
        or(isNull(personRelations.endsOn), sql`${personRelations.endsOn} >= ${today}`),
      ),
    )
    .orderBy(desc(personRelations.unitId), personRelations.createdAt);
}

/** Open tickets where this email or phone is a contractor's or another party's: the newest first. */
export async function openTicketsOfAddress(db: Db, organizationId: string, by: { email?: string; phone?: string }) {
  const match = (column: AnyColumn, value: string, phone: boolean) =>
    phone
      ? sql`exists (select 1 from unnest(${column}) as v where right(regexp_replace(v, '\\D', '', 'g'), 9) = ${value.replace(/\D/g, '').slice(-9)})`
      : sql`exists (select 1 from unnest(${column}) as v where lower(v) = ${value.toLowerCase()})`;
  const value = by.email ?? by.phone ?? '';
  const phone = !by.email;
  const viaDispatch = db
    .select({ number: tickets.number, updatedAt: tickets.updatedAt })
    .from(dispatches)
    .innerJoin(tickets, eq(tickets.id, dispatches.ticketId))
    .where(and(eq(dispatches.organizationId, organizationId), isNull(tickets.closedAt), match(phone ? dispatches.phones : dispatches.emails, value, phone)));
  const viaParty = db
    .select({ number: tickets.number, updatedAt: tickets.updatedAt })
    .from(ticketParties)
    .innerJoin(tickets, eq(tickets.id, ticketParties.ticketId))
    .where(and(eq(ticketParties.organizationId, organizationId), isNull(tickets.closedAt), match(phone ? ticketParties.phones : ticketParties.emails, value, phone)));
  const rows = [...(await viaDispatch), ...(await viaParty)];
  rows.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
  return [...new Set(rows.map((r) => r.number))];
}

/** Marks an address as failing (a permanent bounce), once per address. */
export async function markAddressFailing(db: Db, row: typeof failingAddresses.$inferInsert): Promise<void> {
  await db.insert(failingAddresses).values(row).onConflictDoUpdate({
    target: [failingAddresses.organizationId, failingAddresses.address],
    set: { reason: row.reason, failedAt: row.failedAt, outboxMessageId: row.outboxMessageId },
  });
}

/** The agency's failing addresses among these. */
export function failingAddressesAmong(db: Db, organizationId: string, addresses: string[]) {
  if (addresses.length === 0) return Promise.resolve([]);
  return db.select().from(failingAddresses).where(and(eq(failingAddresses.organizationId, organizationId), inArray(failingAddresses.address, addresses.map((a) => a.toLowerCase()))));
}

/** An outgoing email that bounced: failed, with the remote server's reason. */
export async function markOutboxBounced(db: Db, organizationId: string, outboxId: string, reason: string): Promise<boolean> {
  const rows = await db
    .update(outboxMessages)
    .set({ state: 'failed', lastError: reason })
    .where(and(eq(outboxMessages.id, outboxId), eq(outboxMessages.organizationId, organizationId)))
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

/** Recorded messages older than a date (the raw files to clean up), oldest first. */
export function inboundOlderThan(db: Db, before: Date, limit: number) {
  return db.select({ id: inboundMessages.id, rawStorageKey: inboundMessages.rawStorageKey }).from(inboundMessages).where(lt(inboundMessages.receivedAt, before)).limit(limit);
}

/** The agency's properties with a reference (their inbound addresses' keys). */
export function propertyReferences(db: Db, organizationId: string) {
  return db
    .select({ id: properties.id, externalRef: properties.externalRef, name: properties.name, managerId: properties.managerId })
    .from(properties)
    .where(and(eq(properties.organizationId, organizationId), sql`${properties.externalRef} is not null`))
    .orderBy(properties.name);
}

/** The agency's active staff who work tickets (their inbound addresses' keys). */
export function ticketStaff(db: Db, organizationId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, roles: users.roles })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.active, true)))
    .orderBy(users.name);
}

/** Whether the email address is one of a ticket's parties (a contractor, the requester or another party). */
export async function isPartyOfTicket(db: Db, ticketId: string, email: string): Promise<boolean> {
  const address = email.toLowerCase();
  const result = await db.execute(sql`select (
      exists (select 1 from ${dispatches} where ${dispatches.ticketId} = ${ticketId} and exists (select 1 from unnest(${dispatches.emails}) v where lower(v) = ${address}))
      or exists (select 1 from ${ticketParties} where ${ticketParties.ticketId} = ${ticketId} and exists (select 1 from unnest(${ticketParties.emails}) v where lower(v) = ${address}))
      or exists (select 1 from ${tickets} where ${tickets.id} = ${ticketId} and lower(${tickets.requesterEmail}) = ${address})
    ) as found`);
  const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { found: boolean }[];
  return row?.found === true;
}

/** How the agency's records and tickets add up (the fuzz test's "nothing half-written"). */
export async function inboundConsistency(db: Db, organizationId: string) {
  const result = await db.execute(sql`select
      (select count(*)::int from ${tickets} where ${tickets.organizationId} = ${organizationId} and ${tickets.source} = 'email') as "emailTickets",
      (select count(*)::int from ${inboundMessages} where ${inboundMessages.organizationId} = ${organizationId} and ${inboundMessages.outcome} = 'ticket_created' and ${inboundMessages.channel} = 'email') as "createdRecords",
      (select count(*)::int from ${inboundMessages} where ${inboundMessages.organizationId} = ${organizationId}) as "records"`);
  const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { emailTickets: number; createdRecords: number; records: number }[];
  return row!;
}
