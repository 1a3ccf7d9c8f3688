// The ticket page at `/tickets/:number` (DOMAIN.md §10): header, next steps with the parties,
// and the history, read newest first.
import { useEffect, useState } from 'react';
import { Alert, Anchor, Center, Grid, Group, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiError } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { lastListHref } from '../shared/last-list-search.ts';
import { useTicket } from '../shared/ticket-queries.ts';
import type { PartyFilter } from '../shared/party-filter.ts';
import type { TicketFlash } from '../create/submit-ticket.ts';
import { QuoteComparisonSection } from '../quotes/quote-comparison.tsx';
import { History } from './history.tsx';
import { IncidentPanel } from '../incident/incident-panel.tsx';
import { NewsTicketLink } from '../../community/news-ticket-link.tsx';
import { NextStepsPanel } from './next-steps-panel.tsx';
import { TicketHeader } from './ticket-header.tsx';
import { useMarkRead } from './use-mark-read.ts';
import { useTimeSpent } from './use-time-spent.ts';
import { HelpButton } from '../../tour/help-button.tsx';
import './ticket-page.css';

function TicketView({ number }: { number: number }) {
  const { t } = useTranslation();
  const ticket = useTicket(number);
  const [filter, setFilter] = useState<PartyFilter>(null);
  const timeSpent = useTimeSpent(number, ticket.data?.timeSpentSeconds);
  useMarkRead(ticket.data);

  useEffect(() => {
    document.title = `${t('ticket.documentTitle', { number })} — ${t('app.name')}`;
  }, [number, t]);

  if (ticket.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (ticket.isError) {
    const missing = ticket.error instanceof ApiError && ticket.error.status === 404;
    return (
      <Alert role="alert" color="red" title={missing ? t('ticket.notFound', { number }) : t('ticket.loadFailed')}>
        <h2 id="page-title" style={{ fontSize: 'inherit', margin: 0 }}>
          {missing ? t('ticket.notFoundText') : errorMessage(t, ticket.error)}
        </h2>
      </Alert>
    );
  }
  const data = ticket.data;
  const flash = (window.history.state as { flash?: TicketFlash } | null)?.flash;
  return (
    <Stack gap="md" data-testid="ticket-page" data-ticket={data.number}>
      {flash?.uploadFailed && (
        <Alert role="alert" color="red" title={t('create.uploadFailed')}>
          {flash.uploadFailed}
        </Alert>
      )}
      <TicketHeader ticket={data} timeSpent={timeSpent} />
      <IncidentPanel ticket={data} />
      <NewsTicketLink number={data.number} />
      <QuoteComparisonSection ticket={data} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }} miw={0}>
          <NextStepsPanel ticket={data} filter={filter} onFilter={setFilter} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }} miw={0}>
          <History ticket={data} filter={filter} onFilter={setFilter} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The page; a number that is not one reads as not found. */
export default function TicketPage({ params }: { params: { number?: string } }) {
  const { t } = useTranslation();
  const number = Number(params.number);
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Anchor component={Link} href={lastListHref()} size="sm" className="gardien-no-print">
          {t('ticket.backToList')}
        </Anchor>
        <HelpButton screen="ticket" />
      </Group>
      {Number.isInteger(number) && number > 0 ? (
        <TicketView key={number} number={number} />
      ) : (
        <Alert role="alert" color="red" title={t('ticket.notFoundText')} />
      )}
    </Stack>
  );
}
