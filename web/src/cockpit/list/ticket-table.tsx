// The ticket table: its header (with "select all") and its rows.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketListItemAnswer as TicketListItem } from '../../../../src/http/answers.ts';
import { TicketRow } from './ticket-row.tsx';

interface Props {
  tickets: TicketListItem[];
  selected: ReadonlySet<number>;
  /** The row the keyboard's j/k reached, if any. */
  highlighted: number | null;
  onSelect: (number: number, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
}

const COLUMNS = ['number', 'created', 'updated', 'status', 'property', 'subject', 'type', 'contractors', 'assignee'] as const;

/** The tickets as a table, newest change first (the server's order). */
export function TicketTable({ tickets, selected, highlighted, onSelect, onSelectAll }: Props) {
  const { t } = useTranslation();
  const selectedCount = tickets.filter((ticket) => selected.has(ticket.number)).length;
  const all = tickets.length > 0 && selectedCount === tickets.length;
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selectedCount > 0 && !all;
  }, [selectedCount, all]);

  return (
    <div className="gardien-table-scroll" data-tour="ticket-list">
      <table className="gardien-ticket-table" aria-label={t('list.tableLabel')}>
        <thead>
          <tr>
            <th className="gardien-no-print" scope="col">
              <input
                ref={selectAll}
                type="checkbox"
                className="gardien-check"
                aria-label={t('list.selectAll')}
                checked={all}
                onChange={(event) => onSelectAll(event.currentTarget.checked)}
              />
            </th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`list.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => (
            <TicketRow key={ticket.number} ticket={ticket} selected={selected.has(ticket.number)} highlighted={highlighted === ticket.number} onSelect={onSelect} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
