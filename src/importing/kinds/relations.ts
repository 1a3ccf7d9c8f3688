// Importing relations of persons to units (tenant, owner, co-owner) and to co-ownerships
// (council seats), with their periods. A relation has no reference of its own: it is found
// again by person, kind, unit or property, and start date; only its end date can then change,
// which is how a tenancy that ends or an owner who sells arrives from the accounting software.
import { RelationInput, type RelationInputT } from '../../masterdata/relation-input.ts';
import { PROPERTY_RELATIONS, RELATION_KINDS, type RelationKind } from '../../domain/master-data.ts';
import { propertiesRepository, relationsRepository, referenceIndex } from '../../db/repositories/master-data.ts';
import { addRelation, updateRelationPeriod } from '../../masterdata/relations.ts';
import { cellOf, loadAll, PLACEHOLDER_ID, type Cells, type ColumnSpec, type ImportKind, type Problem } from '../import-kind.ts';
import { PHRASES } from '../import-phrases.ts';

const columns: ColumnSpec[] = [
  { name: 'person_ref', required: true, help: 'external_ref of the person (part of the key)' },
  { name: 'kind', field: 'kind', required: true, help: `${RELATION_KINDS.join(' | ')} (part of the key)` },
  { name: 'property_ref', field: 'propertyId', required: true, help: 'external_ref of the property (part of the key)' },
  { name: 'unit_reference', field: 'unitId', help: 'reference of the unit in that property: required for tenant, owner, co_owner; empty for council seats' },
  { name: 'starts_on', field: 'startsOn', help: 'start of the period, YYYY-MM-DD (part of the key)' },
  { name: 'ends_on', field: 'endsOn', help: 'end of the period, YYYY-MM-DD; a new end date updates the relation' },
];

const isCouncil = (kind: string | undefined) => PROPERTY_RELATIONS.includes(kind as RelationKind);
const isUnitKind = (kind: string | undefined) => RELATION_KINDS.includes(kind as RelationKind) && !isCouncil(kind);
const isDate = (value: string | undefined): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
const relationKey = (personId: string, kind: string, propertyId: string, unitId: string | null | undefined, startsOn: string | null | undefined) =>
  [personId, kind, propertyId, unitId ?? '', startsOn ?? ''].join('\n');

function checkPeriod(cells: Cells, problems: Problem[]) {
  if (isDate(cells.starts_on) && isDate(cells.ends_on) && cells.ends_on < cells.starts_on) {
    problems.push({ column: 'ends_on', message: PHRASES.endsBeforeStart(cells.ends_on, cells.starts_on) });
  }
}

/** Relations: one row per relation of a person to a unit or a co-ownership, over a period. */
export const relationsImport: ImportKind = {
  name: 'relations',
  noun: 'relation',
  columns,
  schema: RelationInput,
  keyOf: (cells) => {
    if (!cells.person_ref || !cells.kind || !cells.property_ref) return undefined;
    const place = cells.unit_reference ? `${cells.property_ref}/${cells.unit_reference}` : cells.property_ref;
    return `${cells.person_ref} ${cells.kind} ${place}${cells.starts_on ? ` from ${cells.starts_on}` : ''}`;
  },

  async open(db, organizationId) {
    const [index, properties, relations] = await Promise.all([
      referenceIndex(db, organizationId),
      loadAll((limit, cursor) => propertiesRepository.list(db, organizationId, limit, cursor)),
      loadAll((limit, cursor) => relationsRepository.list(db, organizationId, limit, cursor)),
    ]);
    const personIdOf = new Map(index.personRows.flatMap((p) => (p.ref ? [[p.ref, p.id] as const] : [])));
    const propertyOf = new Map(properties.flatMap((p) => (p.externalRef ? [[p.externalRef, p] as const] : [])));
    const unitIdOf = new Map(index.unitRows.map((u) => [`${u.propertyId}\n${u.reference}`, u.id]));
    // Several stored relations may share a key (nothing forbids it); the first one is the one updated.
    const byKey = new Map<string, (typeof relations)[number]>();
    for (const r of relations) {
      const key = relationKey(r.personId, r.kind, r.propertyId, r.unitId, r.startsOn);
      if (!byKey.has(key)) byKey.set(key, r);
    }
    const resolve = (cells: Cells) => {
      const personId = personIdOf.get(cells.person_ref ?? '');
      const property = propertyOf.get(cells.property_ref ?? '');
      const unitId = property && cells.unit_reference ? unitIdOf.get(`${property.id}\n${cells.unit_reference}`) : undefined;
      return { personId, property, unitId };
    };

    return {
      find(cells) {
        const { personId, property, unitId } = resolve(cells);
        if (!personId || !property || !cells.kind || (cells.unit_reference && !unitId)) return undefined;
        const row = byKey.get(relationKey(personId, cells.kind, property.id, unitId, cells.starts_on));
        if (!row) return undefined;
        return {
          id: row.id,
          cells: {
            person_ref: cells.person_ref, kind: row.kind, property_ref: cells.property_ref, unit_reference: cells.unit_reference,
            starts_on: cellOf(row.startsOn), ends_on: cellOf(row.endsOn),
          },
        };
      },
      async prepare(cells, problems) {
        const { personId, property, unitId } = resolve(cells);
        const { person_ref: personRef, property_ref: propertyRef, unit_reference: unitRef, kind } = cells;
        if (personRef && !personId) problems.push({ column: 'person_ref', message: PHRASES.noPerson(personRef) });
        if (propertyRef && !property) problems.push({ column: 'property_ref', message: PHRASES.noProperty(propertyRef) });
        const input: Record<string, unknown> = { kind, propertyId: property?.id ?? PLACEHOLDER_ID };
        if (isCouncil(kind)) {
          if (unitRef) problems.push({ column: 'unit_reference', message: PHRASES.councilWithUnit(String(kind)) });
          if (property && property.kind !== 'coownership') {
            problems.push({ column: 'property_ref', message: PHRASES.notCoownership(String(propertyRef)) });
          }
          input.unitId = null;
        } else if (isUnitKind(kind)) {
          if (!unitRef) problems.push({ column: 'unit_reference', message: PHRASES.unitRequired(String(kind)) });
          else if (property && !unitId) problems.push({ column: 'unit_reference', message: PHRASES.noUnit(String(propertyRef), unitRef) });
          if (unitRef) input.unitId = unitId ?? PLACEHOLDER_ID;
        }
        if (cells.starts_on !== undefined) input.startsOn = cells.starts_on;
        if (cells.ends_on !== undefined) input.endsOn = cells.ends_on;
        checkPeriod(cells, problems);
        return { input, parentId: personId };
      },
    };
  },

  async write(ctx, organizationId, { action, id, values, parentId }) {
    if (action === 'create') {
      await addRelation(ctx.db, organizationId, parentId!, values as RelationInputT);
      return parentId!;
    }
    await updateRelationPeriod(ctx.db, organizationId, parentId!, id!, values);
  },
};
