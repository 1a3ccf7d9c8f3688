// Use cases of units: list (optionally of one property), read, create, update.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { unitsRepository as repo, unitsPage } from '../db/repositories/master-data.ts';
import type { UnitInputT } from './unit-input.ts';
import { assertReference } from './references.ts';

/** A page of the agency's units, by reference, optionally of one property. */
export function listUnits(ctx: AppContext, actor: Actor, limit: number, cursor?: string, propertyId?: string) {
  return unitsPage(ctx.db, actor.organizationId, limit, cursor, propertyId);
}

/** One unit of the agency. */
export async function getUnit(ctx: AppContext, actor: Actor, id: string) {
  return (await repo.get(ctx.db, actor.organizationId, id)) ?? Promise.reject(notFound('Unit'));
}

/** Adds a unit to a property of the agency. */
export async function createUnit(ctx: AppContext, actor: Actor, input: UnitInputT) {
  await assertReference(ctx.db, actor.organizationId, 'property', input.propertyId, 'propertyId');
  return repo.insert(ctx.db, { ...input, organizationId: actor.organizationId });
}

/** Changes a unit. */
export async function updateUnit(ctx: AppContext, actor: Actor, id: string, patch: Partial<UnitInputT>) {
  await assertReference(ctx.db, actor.organizationId, 'property', patch.propertyId, 'propertyId');
  const updated = await repo.update(ctx.db, actor.organizationId, id, patch);
  return updated ?? Promise.reject(notFound('Unit'));
}
