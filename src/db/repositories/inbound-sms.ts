// SQL of the SMS door. The server has one sending number (TWILIO_FROM) for every agency, so an
// SMS is matched to its agency by its sender: these queries, unlike the others, look across
// agencies — and answer only which agency and which ticket, for the pipeline to go on within it.
import { and, asc, eq, isNull, sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { contractors, dispatches, organizations, persons, ticketParties, tickets } from '../schema/index.ts';
import { PHONE_MATCH_DIGITS } from '../../domain/inbound/phone-number.ts';

/** `column` (a text[] of numbers) holds a number whose last digits are `key`'s. */
const holdsPhone = (column: AnyColumn, key: string) =>
  sql`exists (select 1 from unnest(${column}) as v where right(regexp_replace(v, '\\D', '', 'g'), ${PHONE_MATCH_DIGITS}) = ${key})`;

export interface OpenTicketOfPhone {
  organizationId: string;
  ticketId: string;
  number: number;
  updatedAt: Date;
}

/** Open tickets, in any agency, where this number is a contractor's (of a dispatch), another
 * party's or the requester's: the most recently changed first. `key` is the number's match key. */
export async function openTicketsOfPhoneAnyAgency(db: Db, key: string): Promise<OpenTicketOfPhone[]> {
  const columns = { organizationId: tickets.organizationId, ticketId: tickets.id, number: tickets.number, updatedAt: tickets.updatedAt };
  const [viaDispatch, viaParty] = [
    await db.select(columns).from(dispatches).innerJoin(tickets, eq(tickets.id, dispatches.ticketId)).where(and(isNull(tickets.closedAt), holdsPhone(dispatches.phones, key))),
    await db
      .select(columns)
      .from(ticketParties)
      .innerJoin(tickets, eq(tickets.id, ticketParties.ticketId))
      .where(and(isNull(tickets.closedAt), eq(ticketParties.active, true), holdsPhone(ticketParties.phones, key))),
  ];
  // The requester is told by SMS too (their number is on the ticket, not among its parties).
  const viaRequester = await db
    .select(columns)
    .from(tickets)
    .where(and(isNull(tickets.closedAt), sql`right(regexp_replace(coalesce(${tickets.requesterPhone}, ''), '\\D', '', 'g'), ${PHONE_MATCH_DIGITS}) = ${key}`));
  const seen = new Set<string>();
  return [...viaDispatch, ...viaParty, ...viaRequester]
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.number - a.number)
    .filter((row) => !seen.has(row.ticketId) && seen.add(row.ticketId));
}

/** The agencies whose persons or contractors have this number, oldest agency first. */
export async function agenciesKnowingPhone(db: Db, key: string): Promise<string[]> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      sql`exists (select 1 from ${persons} where ${persons.organizationId} = ${organizations.id} and ${holdsPhone(persons.phones, key)})
        or exists (select 1 from ${contractors} where ${contractors.organizationId} = ${organizations.id} and ${holdsPhone(contractors.phones, key)})`,
    )
    .orderBy(asc(organizations.createdAt), asc(organizations.id));
  return rows.map((r) => r.id);
}

/** Every agency of the server, oldest first. */
export async function allAgencies(db: Db): Promise<string[]> {
  const rows = await db.select({ id: organizations.id }).from(organizations).orderBy(asc(organizations.createdAt), asc(organizations.id));
  return rows.map((r) => r.id);
}
