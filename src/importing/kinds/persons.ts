// Importing persons (residents, owners, council members): their own fields only; their relations
// to units and co-ownerships come in a relations file, which names them by external_ref.
import { PersonInput } from '../../masterdata/person-input.ts';
import { LANGUAGES } from '../../domain/master-data.ts';
import { personsRepository } from '../../db/repositories/master-data.ts';
import { cellOf, joinList, loadAll, plainFields, type ColumnSpec, type ImportKind, findByExternalRef } from '../import-kind.ts';

const columns: ColumnSpec[] = [
  { name: 'external_ref', field: 'externalRef', required: true, help: "the person's reference in the accounting software (the key)" },
  { name: 'name', field: 'name', help: 'full name, or company name (required for a new person)' },
  { name: 'emails', field: 'emails', list: 'ordered', help: 'emails separated by |, the first one first' },
  { name: 'phones', field: 'phones', list: 'ordered', help: 'mobile phones separated by |' },
  { name: 'language', field: 'language', help: `${LANGUAGES.join(' | ')} (fr when new and empty)` },
];

/** Persons: one row per person, matched by external_ref. */
export const personsImport: ImportKind = {
  name: 'persons',
  noun: 'person',
  columns,
  schema: PersonInput,
  keyOf: (cells) => cells.external_ref,

  async open(db, organizationId) {
    const rows = await loadAll((limit, cursor) => personsRepository.list(db, organizationId, limit, cursor));
    return {
      find: findByExternalRef(rows, (row) => ({
        external_ref: cellOf(row.externalRef), name: row.name, emails: joinList(row.emails), phones: joinList(row.phones),
        language: row.language,
      })),
      prepare: async (cells) => ({ input: plainFields(cells, columns) }),
    };
  },

  async write(ctx, organizationId, { action, id, values }) {
    if (action === 'create') return (await personsRepository.insert(ctx.db, { ...values, organizationId })).id;
    await personsRepository.update(ctx.db, organizationId, id!, values);
  },
};
