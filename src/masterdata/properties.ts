// Use cases of properties: list, read, create, update.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { propertiesRepository as repo, propertiesPage } from '../db/repositories/master-data.ts';
import type { PropertyInputT } from './property-input.ts';
import { assertReference } from './references.ts';

async function checkStaff(ctx: AppContext, actor: Actor, input: Partial<PropertyInputT>) {
  await assertReference(ctx.db, actor.organizationId, 'user', input.managerId, 'managerId');
  await assertReference(ctx.db, actor.organizationId, 'user', input.assistantId, 'assistantId');
}

/** A page of the agency's properties, by name, optionally those whose name, reference or city contains `q`. */
export function listProperties(ctx: AppContext, actor: Actor, limit: number, cursor?: string, q?: string) {
  return propertiesPage(ctx.db, actor.organizationId, limit, cursor, q);
}

/** One property of the agency. */
export async function getProperty(ctx: AppContext, actor: Actor, id: string) {
  return (await repo.get(ctx.db, actor.organizationId, id)) ?? Promise.reject(notFound('Property'));
}

/** Adds a property. */
export async function createProperty(ctx: AppContext, actor: Actor, input: PropertyInputT) {
  await checkStaff(ctx, actor, input);
  return repo.insert(ctx.db, { ...input, organizationId: actor.organizationId });
}

/** Changes a property. */
export async function updateProperty(ctx: AppContext, actor: Actor, id: string, patch: Partial<PropertyInputT>) {
  await checkStaff(ctx, actor, patch);
  return (await repo.update(ctx.db, actor.organizationId, id, patch)) ?? Promise.reject(notFound('Property'));
}
