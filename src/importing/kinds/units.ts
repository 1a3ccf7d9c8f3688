// Importing units: a unit is found again by its property's reference and its own reference,
// which together are unique (the units_property_ref_key index).
import { UnitInput } from '../../masterdata/unit-input.ts';
import { unitsRepository, referenceIndex } from '../../db/repositories/master-data.ts';
import { cellOf, loadAll, plainFields, PLACEHOLDER_ID, type ColumnSpec, type ImportKind } from '../import-kind.ts';
import { PHRASES } from '../import-phrases.ts';

const columns: ColumnSpec[] = [
  { name: 'property_ref', field: 'propertyId', required: true, help: 'external_ref of the property the unit belongs to (part of the key)' },
  { name: 'reference', field: 'reference', required: true, help: "the unit's reference within its property (part of the key)" },
  { name: 'floor', field: 'floor', help: 'floor, as text ("RDC", "2e")' },
  { name: 'description', field: 'description', help: 'free description ("T3 traversant")' },
];

const unitKey = (propertyId: string, reference: string) => `${propertyId}\n${reference}`;

/** Units: one row per unit, matched by property_ref and reference. */
export const unitsImport: ImportKind = {
  name: 'units',
  noun: 'unit',
  columns,
  schema: UnitInput,
  keyOf: (cells) => (cells.property_ref && cells.reference ? `${cells.property_ref}/${cells.reference}` : undefined),

  async open(db, organizationId) {
    const [rows, index] = await Promise.all([
      loadAll((limit, cursor) => unitsRepository.list(db, organizationId, limit, cursor)),
      referenceIndex(db, organizationId),
    ]);
    const propertyIdOf = new Map(index.props.flatMap((p) => (p.ref ? [[p.ref, p.id] as const] : [])));
    const byKey = new Map(rows.map((row) => [unitKey(row.propertyId, row.reference), row]));
    return {
      find(cells) {
        const propertyId = propertyIdOf.get(cells.property_ref ?? '');
        const row = propertyId && cells.reference ? byKey.get(unitKey(propertyId, cells.reference)) : undefined;
        if (!row) return undefined;
        return {
          id: row.id,
          cells: { property_ref: cells.property_ref, reference: row.reference, floor: cellOf(row.floor), description: cellOf(row.description) },
        };
      },
      async prepare(cells, problems) {
        const input = plainFields(cells, columns, ['property_ref']);
        const ref = cells.property_ref;
        if (ref !== undefined) {
          const propertyId = propertyIdOf.get(ref);
          if (!propertyId) problems.push({ column: 'property_ref', message: PHRASES.noProperty(ref) });
          input.propertyId = propertyId ?? PLACEHOLDER_ID;
        }
        return { input };
      },
    };
  },

  async write(ctx, organizationId, { action, id, values }) {
    if (action === 'create') await unitsRepository.insert(ctx.db, { ...values, organizationId });
    else await unitsRepository.update(ctx.db, organizationId, id!, values);
  },
};
