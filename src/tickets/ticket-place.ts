// Checks a ticket's place (a property of the agency, a unit of that property) and its category
// with the structured fields the category asks for.
import type { Db } from '../db/connection.ts';
import { DomainError } from '../domain/errors.ts';
import { categoryFieldProblems } from '../domain/category-fields.ts';
import { propertiesRepository, unitsRepository } from '../db/repositories/master-data.ts';
import { categoriesRepository } from '../db/repositories/settings.ts';

/** Returns the property; throws `unknown_reference` or `validation_failed` naming the field. */
export async function checkPlace(db: Db, organizationId: string, place: { propertyId: string; unitId?: string | null }) {
  const property = await propertiesRepository.get(db, organizationId, place.propertyId);
  if (!property) throw new DomainError('unknown_reference', 'propertyId does not name a property of this agency.', { field: 'propertyId' });
  if (place.unitId) {
    const unit = await unitsRepository.get(db, organizationId, place.unitId);
    if (!unit || unit.propertyId !== property.id) {
      throw new DomainError('unknown_reference', 'unitId does not name a unit of that property.', { field: 'unitId' });
    }
  }
  return property;
}

/** Checks the category and its fields; returns the fields to store. */
export async function checkCategory(db: Db, organizationId: string, categoryId: string | null | undefined, values: Record<string, unknown> = {}) {
  if (!categoryId) {
    if (Object.keys(values).length) throw new DomainError('validation_failed', 'Structured fields need a category.', [{ field: 'categoryFields', message: 'needs a category' }]);
    return {};
  }
  const category = await categoriesRepository.get(db, organizationId, categoryId);
  if (!category || !category.active) throw new DomainError('unknown_reference', 'categoryId does not name an active category of this agency.', { field: 'categoryId' });
  const problems = categoryFieldProblems(category.fields, values);
  if (problems.length) throw new DomainError('validation_failed', `${problems[0]!.field} ${problems[0]!.message}.`, problems);
  return values;
}
