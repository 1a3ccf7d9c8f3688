// Importing contractors: keyed by their supplier reference in the accounting software. Trades are
// read as codes or as their labels in French or English (any case, accents or not), as the app shows them.
import { ContractorInput } from '../../masterdata/contractor-input.ts';
import { CHANNELS, LANGUAGES } from '../../domain/master-data.ts';
import { contractorsRepository } from '../../db/repositories/master-data.ts';
import { tradeNamed } from '../../domain/trade-labels.ts';
import { cellOf, joinList, loadAll, plainFields, splitList, type Cells, type ColumnSpec, type ImportKind, findByExternalRef } from '../import-kind.ts';

const columns: ColumnSpec[] = [
  { name: 'external_ref', field: 'externalRef', required: true, help: "the contractor's supplier reference (the key)" },
  { name: 'name', field: 'name', help: 'company name (required for a new contractor)' },
  { name: 'trades', field: 'trades', list: 'set', help: 'trades separated by |, as codes or labels in French or English (required for a new contractor; see below)' },
  { name: 'emails', field: 'emails', list: 'ordered', help: 'emails separated by |' },
  { name: 'phones', field: 'phones', list: 'ordered', help: 'phones separated by |' },
  { name: 'preferred_channels', field: 'preferredChannels', list: 'set', help: `${CHANNELS.join(' | ')}, or both as email|sms (email when new and empty)` },
  { name: 'language', field: 'language', help: `${LANGUAGES.join(' | ')} (fr when new and empty)` },
  { name: 'notes', field: 'notes', help: 'free notes for the managers' },
];

/** Contractors: one row per contractor, matched by external_ref. */
export const contractorsImport: ImportKind = {
  name: 'contractors',
  noun: 'contractor',
  columns,
  schema: ContractorInput,
  keyOf: (cells) => cells.external_ref,
  /** "Plomberie|électricité" → "plumbing|electricity"; a trade not recognised stays as typed, for the check to name. */
  canonical: (cells: Cells) => (cells.trades === undefined ? cells : { ...cells, trades: splitList(cells.trades).map((t) => tradeNamed(t) ?? t).join('|') }),

  async open(db, organizationId) {
    const rows = await loadAll((limit, cursor) => contractorsRepository.list(db, organizationId, limit, cursor));
    return {
      find: findByExternalRef(rows, (row) => ({
        external_ref: cellOf(row.externalRef), name: row.name, trades: joinList(row.trades), emails: joinList(row.emails),
        phones: joinList(row.phones), preferred_channels: joinList(row.preferredChannels), language: row.language,
        notes: cellOf(row.notes),
      })),
      prepare: async (cells) => ({ input: plainFields(cells, columns) }),
    };
  },

  async write(ctx, organizationId, { action, id, values }) {
    if (action === 'create') await contractorsRepository.insert(ctx.db, { ...values, organizationId });
    else await contractorsRepository.update(ctx.db, organizationId, id!, values);
  },
};
