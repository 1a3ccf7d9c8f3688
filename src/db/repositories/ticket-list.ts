// The ticket list's query: scopes, "mine", filters, French full-text search, newest change
// first, keyset pages on (updated_at, id).
import { and, desc, eq, gte, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { tickets, dispatches, users, properties, units, attachments } from '../schema/index.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Source, TicketStatus, TicketType, WaitingOn } from '../../domain/tickets/codes.ts';
import { searchMatches } from './ticket-search.ts';
import { delegatorsOf } from './users.ts';
import type { TicketScope } from '../../tickets/ticket-access.ts';

/** Characters of the description the list shows. */
export const EXCERPT_LENGTH = 300;
/** How many photos a pending request's row shows as thumbnails. */
export const LIST_PHOTOS = 3;
/** Photos a browser shows as they are (HEIC/HEIF is counted, not shown). */
const SHOWN_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

/** How many of the newest tickets (of the view, after the cursor) a search reads first. */
const SEARCH_WINDOW = 2000;

export interface TicketListQuery {
  organizationId: string;
  scope: 'open' | 'today' | 'closed' | 'all';
  /** The tickets the staff member may see at all (src/tickets/ticket-access.ts). */
  access: TicketScope;
  /** Only tickets assigned to these users (me and those who delegated to me). */
  assigneeIds?: string[];
  status?: TicketStatus[];
  type?: TicketType[];
  propertyId?: string;
  unitId?: string;
  contractorId?: string;
  assigneeId?: string;
  source?: Source;
  categoryId?: string;
  waitingOn?: WaitingOn;
  needsAction?: boolean;
  unregisteredSender?: boolean;
  unassigned?: boolean;
  /** A tsquery already built from the search box, and the number typed, if any. */
  search?: { tsquery: string; number?: number };
  /** Start of "today" in the agency's time zone (scope "today" only). */
  todayStart?: Date;
  limit: number;
  cursor?: string;
}

function decode(cursor: string): { u: string; id: string } {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { u?: unknown; id?: unknown };
    if (typeof key.u === 'string' && typeof key.id === 'string' && !Number.isNaN(Date.parse(key.u))) return { u: key.u, id: key.id };
  } catch {
    // below
  }
  throw new DomainError('invalid_cursor', 'The cursor is not one this server gave out; start again from the first page.');
}

// What a row of the list shows, and no more: not the search vector (the biggest column by far),
// not the original description, and the description cut to what the excerpt can use. `left()`
// counts characters, which are never fewer than the UTF-16 units the excerpt is cut at.
const listColumns = {
  id: tickets.id,
  number: tickets.number,
  type: tickets.type,
  status: tickets.status,
  needsAction: tickets.needsAction,
  waitingOn: tickets.waitingOn,
  subject: tickets.subject,
  source: tickets.source,
  amountCents: tickets.amountCents,
  unreadCount: tickets.unreadCount,
  lastHandledAt: tickets.lastHandledAt,
  firstRespondedAt: tickets.firstRespondedAt,
  firstResponseDueAt: tickets.firstResponseDueAt,
  closedAt: tickets.closedAt,
  createdAt: tickets.createdAt,
  updatedAt: tickets.updatedAt,
  incidentReportCount: tickets.incidentReportCount,
  propertyId: tickets.propertyId,
  assigneeId: tickets.assigneeId,
  descriptionStart: sql<string>`left(${tickets.description}, ${EXCERPT_LENGTH})`,
};

/** The access policy's scope as a where clause on `tickets`: the same rule as `inTicketScope`. */
export function accessCondition(access: TicketScope): SQL | undefined {
  switch (access.kind) {
    case 'all':
      return undefined;
    case 'none':
      return sql`false`;
    case 'assigned':
      return inArray(tickets.assigneeId, [...access.userIds]);
    case 'assisted':
      return access.propertyIds.length > 0
        ? or(inArray(tickets.assigneeId, [...access.userIds]), inArray(tickets.propertyId, [...access.propertyIds]))
        : inArray(tickets.assigneeId, [...access.userIds]);
  }
}

/** One page of the list, and the cursor of the next. */
export async function listTickets(db: Db, q: TicketListQuery) {
  const where: (SQL | undefined)[] = [eq(tickets.organizationId, q.organizationId), accessCondition(q.access)];
  if (q.scope === 'open') where.push(isNull(tickets.closedAt));
  if (q.scope === 'closed') where.push(isNotNull(tickets.closedAt));
  if (q.scope === 'today') {
    if (!q.todayStart) throw new Error('scope "today" needs todayStart');
    where.push(gte(tickets.updatedAt, q.todayStart));
  }
  if (q.assigneeIds) where.push(inArray(tickets.assigneeId, q.assigneeIds));
  if (q.status?.length) where.push(inArray(tickets.status, q.status));
  if (q.type?.length) where.push(inArray(tickets.type, q.type));
  if (q.propertyId) where.push(eq(tickets.propertyId, q.propertyId));
  if (q.unitId) where.push(eq(tickets.unitId, q.unitId));
  if (q.assigneeId) where.push(eq(tickets.assigneeId, q.assigneeId));
  if (q.unassigned) where.push(isNull(tickets.assigneeId));
  if (q.source) where.push(eq(tickets.source, q.source));
  if (q.categoryId) where.push(eq(tickets.categoryId, q.categoryId));
  if (q.waitingOn) where.push(eq(tickets.waitingOn, q.waitingOn));
  if (q.needsAction !== undefined) where.push(eq(tickets.needsAction, q.needsAction));
  if (q.unregisteredSender !== undefined) where.push(eq(tickets.unregisteredSender, q.unregisteredSender));
  if (q.contractorId) {
    where.push(sql`exists (select 1 from ${dispatches} where ${dispatches.ticketId} = ${tickets.id} and ${dispatches.contractorId} = ${q.contractorId})`);
  }
  if (q.cursor) {
    const key = decode(q.cursor);
    const at = new Date(key.u);
    // A row comparison lets the index seek straight to the cursor (an OR would be a filter).
    where.push(sql`(${tickets.updatedAt}, ${tickets.id}) < (${at.toISOString()}::timestamptz, ${key.id}::uuid)`);
  }
  const pageOf = (conditions: (SQL | undefined)[], recent?: ReturnType<typeof recentWindow>) => {
    const query = db
      .select({
        ticket: listColumns,
        propertyName: properties.name,
        unitReference: units.reference,
        assigneeName: users.name,
        // A linked report's incident, by number (the row says "Rattaché à l'incident n° X").
        incidentNumber: sql<number | null>`(select i.number from ${tickets} i where i.id = ${tickets.incidentId})`,
        // The contractors still on the ticket, in the order they were added: in the same statement
        // (one round trip less per page), for the page's rows only.
        contractors: sql<string[]>`coalesce((select array_agg(${dispatches.contractorName} order by ${dispatches.position})
          from ${dispatches} where ${dispatches.ticketId} = ${tickets.id} and ${dispatches.state} not in ('cancelled', 'not_retained')), '{}')`,
        // A pending request's photos (inspection notes, web form, email), for validation at a
        // glance: the first few shown, all counted. Other rows need none, and read none.
        photoIds: sql<string[]>`case when ${tickets.type} = 'PENDING' then coalesce((select array_agg(p.id order by p.created_at, p.id) from (
            select ${attachments.id} as id, ${attachments.createdAt} as created_at from ${attachments}
            where ${attachments.ticketId} = ${tickets.id} and ${attachments.kind} = 'photo' and not ${attachments.internal}
              and ${attachments.contentType} in (${sql.join(SHOWN_IMAGE_TYPES.map((type) => sql`${type}`), sql`, `)})
            order by ${attachments.createdAt}, ${attachments.id} limit ${LIST_PHOTOS}) p), '{}') else '{}' end`,
        photoCount: sql<number>`case when ${tickets.type} = 'PENDING' then (select count(*)::int from ${attachments}
            where ${attachments.ticketId} = ${tickets.id} and ${attachments.kind} = 'photo' and not ${attachments.internal}) else 0 end`,
      })
      .from(tickets);
    return (recent ? query.innerJoin(recent, eq(recent.id, tickets.id)) : query)
      .leftJoin(properties, eq(properties.id, tickets.propertyId))
      .leftJoin(units, eq(units.id, tickets.unitId))
      .leftJoin(users, eq(users.id, tickets.assigneeId))
      .where(and(...conditions))
      // Over the window, its own order: rows stream in it and the page stops at its last row.
      .orderBy(...(recent ? [desc(recent.updatedAt), desc(recent.id)] : [desc(tickets.updatedAt), desc(tickets.id)]))
      .limit(q.limit + 1);
  };
  const recentWindow = () =>
    db
      .select({ id: tickets.id, updatedAt: tickets.updatedAt, number: tickets.number, search: tickets.search })
      .from(tickets)
      .where(and(...where))
      .orderBy(desc(tickets.updatedAt), desc(tickets.id))
      .limit(SEARCH_WINDOW)
      .as('recent');
  const searchPage = async (search: NonNullable<TicketListQuery['search']>) => {
    const { tsquery, number } = search;
    const matches = (vector: SQL, ticketNumber: SQL) => {
      const text = searchMatches(vector, q.organizationId, tsquery);
      return number !== undefined ? or(text, sql`${ticketNumber} = ${number}`) : text;
    };
    // Words found often fill a page from the newest tickets alone: look there first (the list's
    // own index, newest first, the words checked row by row until the page is full, on at most
    // SEARCH_WINDOW rows). When that window holds less than a page, the full-text index finds the
    // rarer words wherever they are. The planner alone cannot tell the two cases apart (it counts
    // the agency twice: in the words' tags and in organization_id).
    // A number typed finds one ticket and the few that mention it: straight to the indexes.
    if (number === undefined) {
      const recent = recentWindow();
      const fromRecent = await pageOf([matches(sql`${recent.search}`, sql`${recent.number}`)], recent);
      if (fromRecent.length > q.limit) return fromRecent;
    }
    return pageOf([...where, matches(sql`${tickets.search}`, sql`${tickets.number}`)]);
  };
  const rows = q.search ? await searchPage(q.search) : await pageOf(where);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor:
      rows.length > q.limit && last ? Buffer.from(JSON.stringify({ u: last.ticket.updatedAt.toISOString(), id: last.ticket.id })).toString('base64url') : null,
  };
}

/** Ids of the users whose tickets also show as "mine" for `userId`: themselves and those who
 * delegated to them, until a date not yet passed or until they are back. */
export async function mineAssigneeIds(db: Db, organizationId: string, userId: string, now: Date): Promise<string[]> {
  const delegators = await delegatorsOf(db, organizationId, userId, now);
  return [userId, ...delegators.map((d) => d.id)];
}

/** Ids of the agency's properties `userId` assists (property.assistantId). */
export async function assistedPropertyIds(db: Db, organizationId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: properties.id })
    .from(properties)
    .where(and(eq(properties.organizationId, organizationId), eq(properties.assistantId, userId)));
  return rows.map((p) => p.id);
}
