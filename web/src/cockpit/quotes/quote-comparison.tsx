// The quotes of a quote request side by side (DOMAIN.md §5): contractor, amount, validity, the
// quote's files and the dispatch's state, sortable by amount, the cheapest marked. Shown on the
// ticket page and in the approval request dialog.
import { useState } from 'react';
import { Anchor, Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useLabels } from '../shared/labels.ts';
import type { DispatchAnswer as Dispatch, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';

type Order = 'none' | 'ascending' | 'descending';

/** States in which a quote no longer competes (it is not marked the cheapest). */
const OUT = ['cancelled', 'refused', 'not_retained', 'disapproved'];

/** The quote dispatches worth comparing: every quote request not cancelled. */
export function comparableQuotes(ticket: Ticket): Dispatch[] {
  return ticket.dispatches.filter((d) => d.kind === 'quote' && d.state !== 'cancelled');
}

/** Whether the ticket page shows the comparison: at least two quote requests, one answered. */
export function showsComparison(ticket: Ticket): boolean {
  const quotes = comparableQuotes(ticket);
  return quotes.length >= 2 && quotes.some((d) => d.quote);
}

interface Props {
  ticket: Ticket;
  /** Only these dispatches (the approval dialog's); all comparable ones otherwise. */
  dispatches?: Dispatch[];
  caption?: string;
}

/** A table of the quotes; the amount header sorts. */
export function QuoteComparison({ ticket, dispatches, caption }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const [order, setOrder] = useState<Order>('none');
  const rows = dispatches ?? comparableQuotes(ticket);
  const competing = rows.filter((d) => d.quote && !OUT.includes(d.state));
  const cheapest = competing.length >= 2 ? Math.min(...competing.map((d) => d.quote!.amountCents)) : null;
  const amount = (d: Dispatch) => d.quote?.amountCents ?? Number.POSITIVE_INFINITY;
  const sorted = order === 'none' ? rows : [...rows].sort((a, b) => (order === 'ascending' ? amount(a) - amount(b) : amount(b) - amount(a)));
  const filesOf = (d: Dispatch) => ticket.documents.filter((f) => f.dispatchId === d.id && f.kind === 'quote');
  const next: Record<Order, Order> = { none: 'ascending', ascending: 'descending', descending: 'ascending' };
  const SortIcon = order === 'ascending' ? IconArrowUp : order === 'descending' ? IconArrowDown : IconArrowsSort;

  return (
    <Table.ScrollContainer minWidth={560} data-testid="quote-comparison">
      <Table verticalSpacing={6} striped highlightOnHover withTableBorder>
        <Table.Caption>{caption ?? t('quotes.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('quotes.contractor')}</Table.Th>
            <Table.Th scope="col" aria-sort={order} ta="right">
              <UnstyledButton onClick={() => setOrder(next[order])} aria-label={t('quotes.sortByAmount')} fw={700} fz="sm">
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  {t('quotes.amount')}
                  <SortIcon size={16} stroke={1.6} aria-hidden />
                </Group>
              </UnstyledButton>
            </Table.Th>
            <Table.Th scope="col">{t('quotes.validUntil')}</Table.Th>
            <Table.Th scope="col">{t('quotes.files')}</Table.Th>
            <Table.Th scope="col">{t('quotes.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((d) => {
            const files = filesOf(d);
            const isCheapest = cheapest !== null && d.quote?.amountCents === cheapest && !OUT.includes(d.state);
            return (
              <Table.Tr key={d.id} data-dispatch={d.id} data-cheapest={isCheapest || undefined}>
                <Table.Th scope="row" fw={600}>
                  {d.contractorName}
                </Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Stack gap={2} align="flex-end">
                    <Text size="sm" fw={isCheapest ? 700 : undefined} data-testid="quote-amount">
                      {d.quote ? format.money(d.quote.amountCents, ticket.currency) : <Text span c="dimmed" size="sm">{t('quotes.noQuote')}</Text>}
                    </Text>
                    {isCheapest && (
                      <Badge color="teal.9" variant="outline" size="sm">
                        {t('quotes.cheapest')}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>{d.quote?.validUntil ? format.calendarDate(d.quote.validUntil) : '—'}</Table.Td>
                <Table.Td>
                  {files.length === 0 ? (
                    '—'
                  ) : (
                    <Stack gap={2}>
                      {files.map((f) => (
                        <Anchor key={f.id} href={f.url} target="_blank" rel="noopener" size="sm">
                          <Group gap={4} wrap="nowrap">
                            <IconFileText size={16} stroke={1.6} aria-hidden />
                            {f.filename}
                          </Group>
                        </Anchor>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>{labels.dispatchState(d.state)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The ticket page's section: the comparison under its own heading, when there is one to make. */
export function QuoteComparisonSection({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  if (!showsComparison(ticket)) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="quote-comparison-title">
      <Text fw={700} size="lg" id="quote-comparison-title" component="h3" m={0}>
        {t('quotes.title')}
      </Text>
      <QuoteComparison ticket={ticket} />
    </Stack>
  );
}
