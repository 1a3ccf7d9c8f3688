// Use cases of contractors: list (optionally by trade), read, create, update.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { contractorsRepository as repo, contractorsPage } from '../db/repositories/master-data.ts';
import type { ContractorInputT } from './contractor-input.ts';

/** A page of the agency's contractors, by name, optionally only those of one trade. */
export function listContractors(ctx: AppContext, actor: Actor, limit: number, cursor?: string, trade?: string, q?: string) {
  return contractorsPage(ctx.db, actor.organizationId, limit, cursor, trade, q);
}

/** One contractor of the agency. */
export async function getContractor(ctx: AppContext, actor: Actor, id: string) {
  return (await repo.get(ctx.db, actor.organizationId, id)) ?? Promise.reject(notFound('Contractor'));
}

/** Adds a contractor. */
export function createContractor(ctx: AppContext, actor: Actor, input: ContractorInputT) {
  return repo.insert(ctx.db, { ...input, organizationId: actor.organizationId });
}

/** Changes a contractor. */
export async function updateContractor(ctx: AppContext, actor: Actor, id: string, patch: Partial<ContractorInputT>) {
  return (await repo.update(ctx.db, actor.organizationId, id, patch)) ?? Promise.reject(notFound('Contractor'));
}
