// Importing properties: keyed by their reference in the accounting software; their manager and
// assistant are named by email, since exports know people by email, not by our ids.
import { PropertyInput } from '../../masterdata/property-input.ts';
import { PROPERTY_KINDS, MODULES } from '../../domain/master-data.ts';
import { propertiesRepository, referenceIndex } from '../../db/repositories/master-data.ts';
import { cellOf, loadAll, plainFields, PLACEHOLDER_ID, type ColumnSpec, type ImportKind, findByExternalRef } from '../import-kind.ts';
import { PHRASES } from '../import-phrases.ts';

const forNew = '(required for a new property)';

const columns: ColumnSpec[] = [
  { name: 'external_ref', field: 'externalRef', required: true, help: "the property's reference in the accounting software (the key)" },
  { name: 'name', field: 'name', help: `name ${forNew}` },
  { name: 'kind', field: 'kind', help: `${PROPERTY_KINDS.join(' | ')} ${forNew}` },
  { name: 'module', field: 'module', help: `${MODULES.join(' | ')} ${forNew}` },
  { name: 'address_line', field: 'addressLine', help: `street address ${forNew}` },
  { name: 'postal_code', field: 'postalCode', help: `postal code ${forNew}` },
  { name: 'city', field: 'city', help: `city ${forNew}` },
  { name: 'country', field: 'country', help: 'two-letter country code (FR when new and empty)' },
  { name: 'manager_email', field: 'managerId', ignoreCase: true, help: 'email of the user of the agency who manages it' },
  { name: 'assistant_email', field: 'assistantId', ignoreCase: true, help: 'email of the user of the agency who assists' },
];

const STAFF_COLUMNS = [
  ['manager_email', 'managerId'],
  ['assistant_email', 'assistantId'],
] as const;

/** Properties: one row per property, matched by external_ref. */
export const propertiesImport: ImportKind = {
  name: 'properties',
  noun: 'property',
  columns,
  schema: PropertyInput,
  keyOf: (cells) => cells.external_ref,

  async open(db, organizationId) {
    const [rows, index] = await Promise.all([
      loadAll((limit, cursor) => propertiesRepository.list(db, organizationId, limit, cursor)),
      referenceIndex(db, organizationId),
    ]);
    const emailOf = new Map(index.userRows.map((user) => [user.id, user.email]));
    const userIdOf = new Map(index.userRows.map((user) => [user.email.toLowerCase(), user.id]));
    return {
      find: findByExternalRef(rows, (row) => ({
        external_ref: cellOf(row.externalRef), name: row.name, kind: row.kind, module: row.module,
        address_line: row.addressLine, postal_code: row.postalCode, city: row.city, country: row.country,
        manager_email: cellOf(row.managerId && emailOf.get(row.managerId)),
        assistant_email: cellOf(row.assistantId && emailOf.get(row.assistantId)),
      })),
      async prepare(cells, problems) {
        const input = plainFields(cells, columns, ['manager_email', 'assistant_email']);
        for (const [column, field] of STAFF_COLUMNS) {
          const email = cells[column];
          if (email === undefined) continue;
          const id = userIdOf.get(email.toLowerCase());
          if (!id) problems.push({ column, message: PHRASES.notUserEmail(email) });
          input[field] = id ?? PLACEHOLDER_ID;
        }
        return { input };
      },
    };
  },

  async write(ctx, organizationId, { action, id, values }) {
    if (action === 'create') await propertiesRepository.insert(ctx.db, { ...values, organizationId });
    else await propertiesRepository.update(ctx.db, organizationId, id!, values);
  },
};
