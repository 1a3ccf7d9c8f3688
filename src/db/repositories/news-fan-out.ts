// SQL of an urgent post's fan-out: the audience's residents of today in one statement (the
// audience rule read from the relations' side: audience-sql.ts), and the scheduled posts whose
// time has come, claimed with SKIP LOCKED for an agency that has the wall on.
import { and, eq, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { newsPosts, persons, portalAccounts } from '../schema/index.ts';
import { currentRelationsTable, relationInAudience } from './audience-sql.ts';
import { toolOnCondition } from './tool-on-sql.ts';
import type { Audience } from '../../domain/community/audience.ts';
import type { ResidentPreferences } from '../../domain/portal/portal-codes.ts';
import type { NewsPostRow } from './news.ts';

export interface AudienceRecipient {
  personId: string;
  name: string;
  emails: string[];
  phones: string[];
  language: string;
  accountEmail: string | null;
  accountLanguage: string | null;
  preferences: ResidentPreferences | null;
}

/** Every person holding, on `today`, a relation the audience includes — one row each, in one
 * statement (the audience rule of audience.ts read from the other side: from the relations). */
export async function audienceRecipients(db: Db, organizationId: string, audience: Audience, today: string): Promise<AudienceRecipient[]> {
  return db.select({
    personId: persons.id, name: persons.name, emails: persons.emails, phones: persons.phones, language: persons.language,
    accountEmail: portalAccounts.email, accountLanguage: portalAccounts.language, preferences: portalAccounts.preferences,
  }).from(persons)
    .leftJoin(portalAccounts, and(eq(portalAccounts.personId, persons.id), isNull(portalAccounts.deactivatedAt)))
    .where(and(eq(persons.organizationId, organizationId), sql`exists (select 1 from ${currentRelationsTable(organizationId, today)} r where r.person_id = ${persons.id}
      and ${relationInAudience(audience, sql`r`)})`))
    .orderBy(persons.id);
}

/** Urgent posts whose time has come and whose fan-out is still to do, locked (others skip them). */
export async function lockDueFanOuts(db: Db, now: Date, limit: number): Promise<NewsPostRow[]> {
  return db.select().from(newsPosts)
    .where(and(eq(newsPosts.kind, 'urgent'), isNull(newsPosts.fannedOutAt), isNotNull(newsPosts.publishAt), lte(newsPosts.publishAt, now), toolOnCondition(newsPosts.organizationId, 'news')))
    .orderBy(newsPosts.publishAt).limit(limit).for('update', { skipLocked: true });
}
