// The ticket settings routes: categories (every staff user reads them to file tickets; app admins
// write them) and routing rules (master-data readers read them; master-data admins write them).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import * as S from '../schemas/settings.ts';
import { CategoryInput, CategoryPatch } from '../../settings/category-input.ts';
import { RoutingRuleInput, RoutingRulePatch } from '../../settings/routing-rule-input.ts';
import { presentCategory, presentRoutingRule } from '../presenters.ts';
import { registerCrud } from './crud.ts';
import * as categories from '../../settings/categories.ts';
import * as routingRules from '../../settings/routing-rules.ts';

/** Registers the routes of categories and routing rules. */
export function settingsRoutes(app: FastifyInstance, ctx: AppContext) {
  registerCrud(app, {
    path: '/categories', tag: 'categories', noun: 'category', read: 'staff', write: 'categories:write',
    item: S.Category, input: CategoryInput, patch: CategoryPatch, present: presentCategory,
    filters: S.CategoryQuery,
    // The query string is coerced by its schema: `active` arrives as a boolean.
    list: (actor, limit, cursor, filters) => categories.listCategories(ctx, actor, limit, cursor, (filters as { active?: boolean }).active),
    get: (actor, id) => categories.getCategory(ctx, actor, id),
    create: (actor, input) => categories.createCategory(ctx, actor, input),
    update: (actor, id, patch) => categories.updateCategory(ctx, actor, id, patch),
  });

  registerCrud(app, {
    path: '/routing-rules', tag: 'routing-rules', noun: 'routing rule', read: 'masterdata:read', write: 'routing:write',
    item: S.RoutingRule, input: RoutingRuleInput, patch: RoutingRulePatch, present: presentRoutingRule,
    list: (actor, limit, cursor) => routingRules.listRoutingRules(ctx, actor, limit, cursor),
    get: (actor, id) => routingRules.getRoutingRule(ctx, actor, id),
    create: (actor, input) => routingRules.createRoutingRule(ctx, actor, input),
    update: (actor, id, patch) => routingRules.updateRoutingRule(ctx, actor, id, patch),
  });
}
