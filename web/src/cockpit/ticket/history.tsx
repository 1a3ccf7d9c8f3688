// The history (DOMAIN.md §10), newest first, day by day: what was received on one side, what
// the manager did on the other — or only what concerns one party.
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useTicketEvents } from '../shared/ticket-queries.ts';
import type { TicketAnswer as Ticket, TicketEventAnswer as TicketEvent } from '../../../../src/http/answers.ts';
import type { PartyFilter } from '../shared/party-filter.ts';
import type { EventParties } from './event-sentence.ts';
import { HistoryItem } from './history-item.tsx';
import './history.css';

interface Props {
  ticket: Ticket;
  filter: PartyFilter;
  onFilter: (filter: PartyFilter) => void;
}

function filterName(ticket: Ticket, filter: PartyFilter): string | null {
  if (!filter) return null;
  if ('dispatchId' in filter) return ticket.dispatches.find((d) => d.id === filter.dispatchId)?.contractorName ?? null;
  const parties = [ticket.contactPerson, ...ticket.watchers, ...ticket.approvers].filter((p) => p !== null);
  return parties.find((p) => p.id === filter.partyId)?.name ?? null;
}

/** The ticket's contractors and people, for the events that name them by id only. */
function partiesOf(ticket: Ticket): EventParties {
  const people = [ticket.contactPerson, ...ticket.watchers, ...ticket.approvers].filter((p) => p !== null);
  return {
    contractorOf: (dispatchId) => {
      const dispatch = ticket.dispatches.find((d) => d.id === dispatchId);
      return dispatch && { name: dispatch.contractorName, kind: dispatch.kind };
    },
    partyName: (partyId) => people.find((p) => p.id === partyId)?.name,
  };
}

/** Events grouped by calendar day, keeping the newest-first order. */
function byDay(events: TicketEvent[], day: (iso: string) => string) {
  const groups: { day: string; events: TicketEvent[] }[] = [];
  for (const event of events) {
    const key = day(event.createdAt);
    const last = groups[groups.length - 1];
    if (last && last.day === key) last.events.push(event);
    else groups.push({ day: key, events: [event] });
  }
  return groups;
}

/** The right column of the ticket's body. */
export function History({ ticket, filter, onFilter }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const events = useTicketEvents(ticket.number, filter);
  const only = filterName(ticket, filter);
  const parties = partiesOf(ticket);

  return (
    <Stack gap="sm" component="section" aria-labelledby="history-title" data-tour="ticket-history">
      <Group justify="space-between">
        <Title order={3} size="h4" id="history-title">
          {only ? t('history.titleOnly', { name: only }) : t('history.title')}
        </Title>
        {filter && (
          <Button variant="default" size="compact-sm" onClick={() => onFilter(null)} className="gardien-no-print">
            {t('history.showAll')}
          </Button>
        )}
      </Group>
      <div className="gardien-history-columns" aria-hidden="true">
        <Text size="xs" fw={700} c="blue.9">
          {t('history.received')}
        </Text>
        <Text size="xs" fw={700} c="teal.9">
          {t('history.done')}
        </Text>
      </div>
      {events.isPending && (
        <Center p="md">
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      )}
      {events.isError && (
        <Alert role="alert" color="red">
          {errorMessage(t, events.error)}
        </Alert>
      )}
      {events.data?.length === 0 && <Text c="dimmed">{t('history.empty')}</Text>}
      {events.data &&
        byDay(events.data, (iso) => format.date(iso, 'long')).map((group) => (
          <div key={group.day}>
            <Text fw={600} size="xs" tt="uppercase" c="dimmed" mb={4} component="h4" m={0} style={{ letterSpacing: '0.04em' }}>
              {group.day}
            </Text>
            <ol className="gardien-history" aria-label={group.day}>
              {group.events.map((event) => (
                <HistoryItem key={event.id} event={event} currency={ticket.currency} parties={parties} ticket={ticket} />
              ))}
            </ol>
          </div>
        ))}
    </Stack>
  );
}
