// A person's relations to units (tenant, owner, co-owner) and co-ownerships (council), with periods.
import type { Db } from '../db/connection.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { PROPERTY_RELATIONS } from '../domain/master-data.ts';
import { relationsRepository, unitsRepository, propertiesRepository } from '../db/repositories/master-data.ts';
import type { RelationInputT } from './relation-input.ts';

function checkPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw new DomainError('invalid_period', 'The end of a period cannot come before its start.', { field: 'endsOn' });
  }
}

/** Validates a relation and resolves its property; returns the row to store. */
async function resolveRelation(db: Db, organizationId: string, input: RelationInputT) {
  checkPeriod(input.startsOn, input.endsOn);
  const kind = input.kind;
  if (PROPERTY_RELATIONS.includes(kind)) {
    if (!input.propertyId || input.unitId) {
      throw new DomainError('unknown_reference', `A ${kind} relation names a co-ownership (propertyId) and no unit.`, { field: 'propertyId' });
    }
    const property = await propertiesRepository.get(db, organizationId, input.propertyId);
    if (!property) throw new DomainError('unknown_reference', 'propertyId does not name a property of this agency.', { field: 'propertyId' });
    if (property.kind !== 'coownership') {
      throw new DomainError('unknown_reference', 'Only a co-ownership has an owners\u2019 council.', { field: 'propertyId' });
    }
    return { kind, propertyId: property.id, unitId: null };
  }
  if (!input.unitId) throw new DomainError('unknown_reference', `A ${kind} relation names a unit (unitId).`, { field: 'unitId' });
  const unit = await unitsRepository.get(db, organizationId, input.unitId);
  if (!unit) throw new DomainError('unknown_reference', 'unitId does not name a unit of this agency.', { field: 'unitId' });
  if (input.propertyId && input.propertyId !== unit.propertyId) {
    throw new DomainError('unknown_reference', 'propertyId is not the property of that unit.', { field: 'propertyId' });
  }
  return { kind, propertyId: unit.propertyId, unitId: unit.id };
}

/** Adds a relation to a person (who must already be known to belong to the organization). */
export async function addRelation(db: Db, organizationId: string, personId: string, input: RelationInputT) {
  const resolved = await resolveRelation(db, organizationId, input);
  return relationsRepository.insert(db, {
    ...resolved,
    organizationId,
    personId,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
  });
}

/** Changes a relation's period (a tenancy ends, an owner sells). */
export async function updateRelationPeriod(
  db: Db,
  organizationId: string,
  personId: string,
  relationId: string,
  patch: { startsOn?: string | null; endsOn?: string | null },
) {
  const current = await relationsRepository.get(db, organizationId, relationId);
  if (!current || current.personId !== personId) throw notFound('Relation');
  const startsOn = patch.startsOn === undefined ? current.startsOn : patch.startsOn;
  const endsOn = patch.endsOn === undefined ? current.endsOn : patch.endsOn;
  checkPeriod(startsOn, endsOn);
  return (await relationsRepository.update(db, organizationId, relationId, { startsOn, endsOn }))!;
}
