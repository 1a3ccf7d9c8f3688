// Whether a person may still use the portal: an account not deactivated, and a relation current
// on the agency's calendar day (a tenant whose tenancy ended is told their access ended).
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { DomainError } from '../domain/errors.ts';
import { calendarDay } from '../domain/time-zone.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { residentRelations } from '../db/repositories/portal-tickets.ts';

/** The agency's calendar day now (what relations' dates compare to). */
export async function agencyToday(ctx: AppContext, organizationId: string, db: Db = ctx.db): Promise<string> {
  const organization = await findOrganization(db, organizationId);
  return calendarDay(ctx.clock.now(), organization?.timezone ?? 'Europe/Paris');
}

export async function hasCurrentRelation(ctx: AppContext, organizationId: string, personId: string, db: Db = ctx.db): Promise<boolean> {
  return (await residentRelations(db, organizationId, personId, await agencyToday(ctx, organizationId, db))).length > 0;
}

/** Throws portal_access_ended when the person holds no place any more. */
export async function requireCurrentRelation(ctx: AppContext, organizationId: string, personId: string, db: Db = ctx.db): Promise<void> {
  if (!(await hasCurrentRelation(ctx, organizationId, personId, db))) {
    throw new DomainError('portal_access_ended', 'Your access to the portal has ended: you no longer hold a home or a property managed by this agency. Contact the agency if this is a mistake.');
  }
}
