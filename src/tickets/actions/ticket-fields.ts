// Applies the editable fields of a ticket (edit, and validation of a pending request).
import type { Static, TObject } from '@sinclair/typebox';
import type { ticketFields } from '../action-inputs.ts';
import { checkPlace, checkCategory } from '../ticket-place.ts';
import { writeContactAndWatchers } from '../ticket-parties.ts';
import type { ActionScope } from '../action-scope.ts';
import { DomainError } from '../../domain/errors.ts';

type FieldsT = Static<TObject<typeof ticketFields>>;

const SIMPLE = ['subject', 'description', 'originalDescription', 'notifyReminders', 'visibility', 'sendOwnerName'] as const;

/** Writes the given fields into the ticket patch (checking place and category); returns the names changed. */
export async function applyTicketFields(scope: ActionScope, fields: FieldsT): Promise<string[]> {
  const changed: string[] = [];
  const patch: Record<string, unknown> = {};
  for (const key of SIMPLE) {
    if (fields[key] !== undefined && fields[key] !== scope.ticket[key]) {
      patch[key] = fields[key];
      changed.push(key);
    }
  }
  if (fields.presenceCheck !== undefined && scope.ticket.type === 'ODS' && fields.presenceCheck !== scope.ticket.presenceCheck) {
    patch.presenceCheck = fields.presenceCheck;
    changed.push('presenceCheck');
  }
  if (fields.propertyId !== undefined || fields.unitId !== undefined) {
    const propertyId = fields.propertyId ?? scope.ticket.propertyId;
    if (!propertyId) throw new DomainError('validation_failed', 'Choose the property this request is about.', [{ field: 'propertyId', message: 'is required' }]);
    const unitId = fields.unitId === undefined ? (fields.propertyId ? null : scope.ticket.unitId) : fields.unitId;
    const property = await checkPlace(scope.db, scope.organizationId, { propertyId, unitId });
    Object.assign(patch, { propertyId, unitId, module: property.module });
    changed.push('place');
  }
  if (fields.categoryId !== undefined || fields.categoryFields !== undefined) {
    const categoryId = fields.categoryId === undefined ? scope.ticket.categoryId : fields.categoryId;
    patch.categoryId = categoryId;
    patch.categoryFields = await checkCategory(scope.db, scope.organizationId, categoryId, fields.categoryFields ?? {});
    changed.push('category');
  }
  if (fields.contactPerson !== undefined || fields.watchers !== undefined) {
    await writeContactAndWatchers(scope.db, scope.ticket, scope.parties, fields, scope.now);
    if (fields.contactPerson !== undefined) changed.push('contactPerson');
    if (fields.watchers !== undefined) changed.push('watchers');
  }
  scope.ticketPatch = { ...scope.ticketPatch, ...patch };
  return changed;
}
