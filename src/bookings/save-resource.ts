// A manager creates and edits a bookable resource of a property (DOMAIN.md §15): its name, kind,
// description, rules (domain/bookings/resource-rules.ts; what is not given keeps its default) and
// audience — within that property only (its units, narrowed by relation), or null for every
// resident of the property. Rule changes apply to bookings made from then on.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { audienceProblem, normalizeAudience, type Audience } from '../domain/community/audience.ts';
import { resourceRulesOf, resourceRulesProblem, type OpeningWindow, type ResourceKind, type ResourceRules } from '../domain/bookings/resource-rules.ts';
import type { Weekday } from '../domain/bookings/local-time.ts';
import * as repo from '../db/repositories/bookings.ts';
import { ownResource, staffAgency } from './booking-access.ts';

/** Rules as given: any of them, the opening hours of any days (the others keep theirs). */
export type RulesInput = Partial<Omit<ResourceRules, 'openingHours'>> & { openingHours?: Partial<Record<Weekday, OpeningWindow[]>> };

export interface ResourceInput {
  propertyId?: string;
  name?: string;
  kind?: ResourceKind;
  description?: string;
  rules?: RulesInput;
  audience?: Audience | null;
  active?: boolean;
}

function checkedRules(stored: Partial<ResourceRules>): Partial<ResourceRules> {
  const problem = resourceRulesProblem(resourceRulesOf(stored));
  if (problem) throw new DomainError('validation_failed', problem.message, [{ in: 'body', field: problem.field, message: problem.message }]);
  return stored;
}

/** The audience as stored: null (the whole property) or targets within the property. */
async function checkedAudience(ctx: AppContext, organizationId: string, propertyId: string, audience: Audience | null): Promise<Audience | null> {
  if (audience === null) return null;
  const problem = audienceProblem(audience);
  if (problem) throw new DomainError('validation_failed', problem.message, [{ in: 'body', field: problem.field, message: problem.message }]);
  const outside = new DomainError('unknown_reference', 'A resource’s audience names its own property or units of it only.');
  if (audience.agency || (audience.propertyIds ?? []).some((id) => id !== propertyId)) throw outside;
  const unitIds = audience.unitIds ?? [];
  if (unitIds.length > 0) {
    if ((await repo.unitsOfProperty(ctx.db, organizationId, propertyId, unitIds)).length !== new Set(unitIds).size) throw outside;
  }
  return normalizeAudience(audience);
}

export async function createResource(ctx: AppContext, actor: Actor, input: ResourceInput & { propertyId: string; name: string; kind: ResourceKind }): Promise<repo.ResourceRow> {
  await staffAgency(ctx, actor);
  const property = await repo.propertyOf(ctx.db, actor.organizationId, input.propertyId);
  if (!property) throw new DomainError('unknown_property', 'The property is not one of the agency’s.', { propertyId: input.propertyId });
  const now = ctx.clock.now();
  return repo.insertResource(ctx.db, {
    organizationId: actor.organizationId, propertyId: property.id, name: input.name.trim(), kind: input.kind, description: input.description?.trim() ?? '',
    rules: checkedRules((input.rules ?? {}) as Partial<ResourceRules>), audience: await checkedAudience(ctx, actor.organizationId, property.id, input.audience ?? null),
    active: input.active ?? true, createdAt: now, updatedAt: now,
  });
}

export async function updateResource(ctx: AppContext, actor: Actor, id: string, input: ResourceInput): Promise<repo.ResourceRow> {
  await staffAgency(ctx, actor);
  const before = await ownResource(ctx, actor.organizationId, id);
  if (input.propertyId !== undefined && input.propertyId !== before.propertyId) throw new DomainError('validation_failed', 'A resource stays in its property.', [{ in: 'body', field: 'propertyId', message: 'cannot change' }]);
  const rules = input.rules ? checkedRules({ ...before.rules, ...input.rules, openingHours: { ...before.rules.openingHours, ...input.rules.openingHours } as ResourceRules['openingHours'] }) : undefined;
  await repo.updateResource(ctx.db, actor.organizationId, id, {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.description !== undefined ? { description: input.description.trim() } : {}),
    ...(rules ? { rules } : {}),
    ...(input.audience !== undefined ? { audience: await checkedAudience(ctx, actor.organizationId, before.propertyId, input.audience) } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    updatedAt: ctx.clock.now(),
  });
  return ownResource(ctx, actor.organizationId, id);
}
