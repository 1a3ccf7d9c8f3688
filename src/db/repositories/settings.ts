// SQL of categories and routing rules.
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { categories, routingRules, users } from '../schema/index.ts';
import { orgScopedRepository } from './org-scoped.ts';
import type { Source } from '../../domain/tickets/codes.ts';

export const categoriesRepository = orgScopedRepository(categories, categories.name, (r) => r.name);
export const routingRulesRepository = orgScopedRepository(routingRules, routingRules.name, (r) => r.name);

/** A page of the agency's categories, by name; `active` keeps only the active (or inactive) ones. */
export function categoriesPage(db: Db, organizationId: string, limit: number, cursor?: string, active?: boolean) {
  return categoriesRepository.list(db, organizationId, limit, cursor, active === undefined ? undefined : eq(categories.active, active));
}

/** The first active rule (by position) whose criteria all match; a criterion left empty matches all. */
export async function findRoutingRule(db: Db, organizationId: string, on: { propertyId: string | null; categoryId: string | null; source: Source }) {
  // A rule whose assignee has left (deactivated) no longer routes anything.
  const [row] = await db
    .select({ rule: routingRules })
    .from(routingRules)
    .innerJoin(users, and(eq(users.id, routingRules.assigneeId), eq(users.active, true)))
    .where(
      and(
        eq(routingRules.organizationId, organizationId),
        eq(routingRules.active, true),
        on.propertyId ? or(isNull(routingRules.propertyId), eq(routingRules.propertyId, on.propertyId)) : isNull(routingRules.propertyId),
        on.categoryId ? or(isNull(routingRules.categoryId), eq(routingRules.categoryId, on.categoryId)) : isNull(routingRules.categoryId),
        or(isNull(routingRules.source), eq(routingRules.source, on.source)),
      ),
    )
    .orderBy(asc(routingRules.position), asc(routingRules.createdAt))
    .limit(1);
  return row?.rule;
}
