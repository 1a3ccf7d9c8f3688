// A person on the ticket (contact, watcher, approver): their details, a message or new contact
// details when the ticket allows, and "show only this party".
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useLabels } from '../shared/labels.ts';
import type { PartyAnswer as Party, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import type { PartyFilter } from '../shared/party-filter.ts';
import { ActionButtons } from './action-buttons.tsx';
import { PartyFilterSwitch } from './party-filter-switch.tsx';

const PARTY_ACTIONS = ['send_message', 'update_party'] as const;

interface Props {
  ticket: Ticket;
  party: Party;
  filter: PartyFilter;
  onFilter: (filter: PartyFilter) => void;
}

/** A card per person. */
export function PartyCard({ ticket, party, filter, onFilter }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const actions = PARTY_ACTIONS.filter((action) => ticket.nextSteps.ticket.includes(action));
  const details = [...party.emails, ...party.phones].join(', ');

  return (
    <Paper withBorder p="sm" data-testid="party-card">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={700}>{party.name}</Text>
          <Text size="xs" c="dimmed">
            {t(`party.role.${party.role}`)}
          </Text>
        </Group>
        {details && <Text size="sm">{details}</Text>}
        {party.channels.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('common.labelled', { label: t('fields.channels') })} {format.list(party.channels.map(labels.channel))}
          </Text>
        )}
        {party.comment && <Text size="sm">{party.comment}</Text>}
        {party.decision && (
          <Text size="sm" fw={600} c={party.decision === 'approve' ? 'teal.9' : 'red.9'}>
            {t(`party.decision.${party.decision}`)}
          </Text>
        )}
        <PartyFilterSwitch name={party.name} target={{ partyId: party.id }} filter={filter} onFilter={onFilter} />
        <ActionButtons actions={actions} ticket={ticket} party={party} label={t('ticket.actionsFor', { name: party.name })} />
      </Stack>
    </Paper>
  );
}
