// Tenant companies and their members (DOMAIN.md §15), always within one agency.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { companies, companyMembers, persons, properties, tickets, units } from '../schema/index.ts';

export type CompanyRow = typeof companies.$inferSelect;
export type CompanyInsert = typeof companies.$inferInsert;

/** The agency's companies by name, each with its premises' names and how many members. */
export async function listCompanies(db: Db, organizationId: string, q?: string) {
  const members = db.select({ companyId: companyMembers.companyId, n: count().as('n') }).from(companyMembers).groupBy(companyMembers.companyId).as('members');
  return db
    .select({ company: companies, propertyName: properties.name, unitReference: units.reference, memberCount: sql<number>`coalesce(${members.n}, 0)::int` })
    .from(companies)
    .leftJoin(properties, eq(properties.id, companies.propertyId))
    .leftJoin(units, eq(units.id, companies.unitId))
    .leftJoin(members, eq(members.companyId, companies.id))
    .where(and(eq(companies.organizationId, organizationId), q ? sql`${companies.name} ilike ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined))
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(500);
}

export async function findCompany(db: Db, organizationId: string, id: string): Promise<CompanyRow | undefined> {
  const [row] = await db.select().from(companies).where(and(eq(companies.organizationId, organizationId), eq(companies.id, id)));
  return row;
}

export async function companiesByIds(db: Db, organizationId: string, ids: readonly string[]): Promise<CompanyRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(companies).where(and(eq(companies.organizationId, organizationId), inArray(companies.id, [...ids])));
}

export async function insertCompany(db: Db, values: CompanyInsert): Promise<CompanyRow> {
  const [row] = await db.insert(companies).values(values).returning();
  return row!;
}

export async function updateCompany(db: Db, organizationId: string, id: string, patch: Partial<CompanyInsert>): Promise<void> {
  await db.update(companies).set(patch).where(and(eq(companies.organizationId, organizationId), eq(companies.id, id)));
}

export async function deleteCompany(db: Db, organizationId: string, id: string): Promise<void> {
  await db.delete(companies).where(and(eq(companies.organizationId, organizationId), eq(companies.id, id)));
}

export async function countCompanyTickets(db: Db, organizationId: string, id: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(tickets).where(and(eq(tickets.organizationId, organizationId), eq(tickets.companyId, id)));
  return Number(row?.n ?? 0);
}

/** The members of a company with what staff need of each person. */
export function membersOf(db: Db, organizationId: string, companyId: string) {
  return db
    .select({ personId: persons.id, name: persons.name, emails: persons.emails, phones: persons.phones, portalStatus: persons.portalStatus, isAdmin: companyMembers.isAdmin, since: companyMembers.createdAt })
    .from(companyMembers)
    .innerJoin(persons, eq(persons.id, companyMembers.personId))
    .where(and(eq(companyMembers.organizationId, organizationId), eq(companyMembers.companyId, companyId)))
    .orderBy(asc(persons.name), asc(persons.id));
}

export async function findMembership(db: Db, companyId: string, personId: string) {
  const [row] = await db.select().from(companyMembers).where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.personId, personId)));
  return row;
}

/** Adds the member, or changes their admin flag if they are one already. */
export async function upsertMember(db: Db, values: { organizationId: string; companyId: string; personId: string; isAdmin: boolean; createdAt: Date }): Promise<void> {
  await db.insert(companyMembers).values(values).onConflictDoUpdate({ target: [companyMembers.companyId, companyMembers.personId], set: { isAdmin: values.isAdmin } });
}

export async function setMemberAdmin(db: Db, companyId: string, personId: string, isAdmin: boolean): Promise<void> {
  await db.update(companyMembers).set({ isAdmin }).where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.personId, personId)));
}

export async function deleteMember(db: Db, companyId: string, personId: string): Promise<void> {
  await db.delete(companyMembers).where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.personId, personId)));
}

/** The companies a person works for, with whether they are its admin. */
export function companiesOfPerson(db: Db, organizationId: string, personId: string) {
  return db
    .select({ company: companies, isAdmin: companyMembers.isAdmin })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(and(eq(companyMembers.organizationId, organizationId), eq(companyMembers.personId, personId)))
    .orderBy(asc(companies.name));
}
