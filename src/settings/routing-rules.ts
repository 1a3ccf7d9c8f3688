// Use cases of routing rules (DOMAIN.md §11): property, category and/or source → the staff user
// who gets the new ticket. Ticket creation applies the first active matching rule by position
// (src/db/repositories/settings.ts, findRoutingRule) when no assignee is given.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/connection.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import type { Role } from '../domain/roles.ts';
import { routingRulesRepository as repo, categoriesRepository } from '../db/repositories/settings.ts';
import { findUser } from '../db/repositories/users.ts';
import { assertReference } from '../masterdata/references.ts';
import type { RoutingRuleInputT } from './routing-rule-input.ts';

/** The roles that work tickets, hence may receive them from a rule. */
const ASSIGNABLE_ROLES: readonly Role[] = ['manager', 'assistant', 'agent', 'external_agent'];

async function checkReferences(db: Db, organizationId: string, input: Partial<RoutingRuleInputT>) {
  await assertReference(db, organizationId, 'property', input.propertyId, 'propertyId');
  if (input.categoryId && !(await categoriesRepository.get(db, organizationId, input.categoryId))) {
    throw new DomainError('unknown_reference', 'categoryId does not name a category of this agency.', { field: 'categoryId' });
  }
  if (input.assigneeId) {
    const user = await findUser(db, organizationId, input.assigneeId);
    if (!user || !user.active || !user.roles.some((role) => (ASSIGNABLE_ROLES as readonly string[]).includes(role))) {
      throw new DomainError(
        'unknown_reference',
        'assigneeId does not name an active manager, assistant, agent or external agent of this agency.',
        { field: 'assigneeId' },
      );
    }
  }
}

/** Refuses a rule without any criterion: it would take every ticket of the agency. */
function checkCriteria(rule: { propertyId?: string | null; categoryId?: string | null; source?: string | null }) {
  if (rule.propertyId || rule.categoryId || rule.source) return;
  const message = 'set at least one of propertyId, categoryId, source';
  throw new DomainError(
    'validation_failed',
    'A routing rule needs at least one criterion (a property, a category or a source): a rule that matches every ticket is not allowed.',
    (['propertyId', 'categoryId', 'source'] as const).map((field) => ({ in: 'body', field, message })),
  );
}

/** A page of the agency's routing rules, by name. */
export function listRoutingRules(ctx: AppContext, actor: Actor, limit: number, cursor?: string) {
  return repo.list(ctx.db, actor.organizationId, limit, cursor);
}

/** One routing rule of the agency. */
export async function getRoutingRule(ctx: AppContext, actor: Actor, id: string) {
  return (await repo.get(ctx.db, actor.organizationId, id)) ?? Promise.reject(notFound('Routing rule'));
}

/** Adds a routing rule. */
export async function createRoutingRule(ctx: AppContext, actor: Actor, input: RoutingRuleInputT) {
  checkCriteria(input);
  await checkReferences(ctx.db, actor.organizationId, input);
  return repo.insert(ctx.db, {
    name: input.name,
    position: input.position ?? 0,
    propertyId: input.propertyId ?? null,
    categoryId: input.categoryId ?? null,
    source: input.source ?? null,
    assigneeId: input.assigneeId,
    active: input.active ?? true,
    organizationId: actor.organizationId,
  });
}

/** Changes a routing rule; the rule as changed must still have a criterion. */
export async function updateRoutingRule(ctx: AppContext, actor: Actor, id: string, patch: Partial<RoutingRuleInputT>) {
  return ctx.db.transaction(async (db) => {
    const existing = await repo.get(db, actor.organizationId, id);
    if (!existing) throw notFound('Routing rule');
    checkCriteria({ ...existing, ...patch });
    await checkReferences(db, actor.organizationId, patch);
    return (await repo.update(db, actor.organizationId, id, patch)) ?? Promise.reject(notFound('Routing rule'));
  });
}
