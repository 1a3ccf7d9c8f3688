// Creates or changes a tenant company: its name, registration number and premises (a property of
// the agency and, optionally, one of its units — its employees are occupants there).
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { DomainError } from '../../domain/errors.ts';
import { propertiesRepository, unitsRepository } from '../../db/repositories/master-data.ts';
import { insertCompany, updateCompany } from '../../db/repositories/companies.ts';
import { assertCompaniesTool, ownCompany } from './company-tool.ts';
import { getCompany } from './get-company.ts';

export interface CompanyInput {
  name?: string;
  propertyId?: string | null;
  unitId?: string | null;
  registrationNumber?: string | null;
}

/** The premises as given, checked against the agency's properties and units. */
async function checkedPremises(ctx: AppContext, organizationId: string, propertyId: string | null, unitId: string | null) {
  if (propertyId && !(await propertiesRepository.get(ctx.db, organizationId, propertyId))) {
    throw new DomainError('unknown_reference', 'propertyId does not name a property of this agency.', { field: 'propertyId' });
  }
  if (unitId) {
    const unit = await unitsRepository.get(ctx.db, organizationId, unitId);
    if (!unit) throw new DomainError('unknown_reference', 'unitId does not name a unit of this agency.', { field: 'unitId' });
    if (propertyId && unit.propertyId !== propertyId) throw new DomainError('validation_failed', 'The unit is not in the property given.', [{ in: 'body', field: 'unitId', message: 'is not in propertyId' }]);
    return { propertyId: unit.propertyId, unitId };
  }
  return { propertyId, unitId: null };
}

export async function createCompany(ctx: AppContext, actor: Actor, input: Required<Pick<CompanyInput, 'name'>> & CompanyInput) {
  await assertCompaniesTool(ctx, actor);
  const premises = await checkedPremises(ctx, actor.organizationId, input.propertyId ?? null, input.unitId ?? null);
  const now = ctx.clock.now();
  const company = await insertCompany(ctx.db, {
    organizationId: actor.organizationId, name: input.name.trim(), registrationNumber: input.registrationNumber?.trim() || null, ...premises, createdAt: now, updatedAt: now,
  });
  return getCompany(ctx, actor, company.id);
}

export async function changeCompany(ctx: AppContext, actor: Actor, id: string, input: CompanyInput) {
  await assertCompaniesTool(ctx, actor);
  const before = await ownCompany(ctx, actor, id);
  const premisesGiven = input.propertyId !== undefined || input.unitId !== undefined;
  const premises = premisesGiven
    ? await checkedPremises(ctx, actor.organizationId, input.propertyId === undefined ? before.propertyId : input.propertyId, input.unitId === undefined ? (input.propertyId === undefined ? before.unitId : null) : input.unitId)
    : {};
  await updateCompany(ctx.db, actor.organizationId, id, {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.registrationNumber !== undefined ? { registrationNumber: input.registrationNumber?.trim() || null } : {}),
    ...premises,
    updatedAt: ctx.clock.now(),
  });
  return getCompany(ctx, actor, id);
}
