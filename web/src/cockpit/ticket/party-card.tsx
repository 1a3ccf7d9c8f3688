// A person on the ticket (contact, watcher, approver): their details, a message or new contact
// details when the ticket allows, and "show only this party".
import { Avatar, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useLabels } from '../shared/labels.ts';
import type { PartyAnswer as Party, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import type { PartyFilter } from '../shared/party-filter.ts';
import { SECONDARY } from './action-groups.ts';
import { ActionButtons } from './action-buttons.tsx';
import { ContactFacts } from './card-facts.tsx';
import { PartyFilterSwitch } from './party-filter-switch.tsx';
import { DeliveryProblems } from './delivery-problems.tsx';
import { FailingAddresses } from './failing-addresses.tsx';

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

  return (
    <Paper withBorder p="sm" radius="md" data-testid="party-card" className="gardien-card">
      <Stack gap={8}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Avatar name={party.name} color="blue" variant="light" size={34} radius="xl" aria-hidden="true" />
          <Box style={{ flex: 1, minWidth: 0 }}>
            <Text fw={600} size="sm" lineClamp={2} title={party.name} className="gardien-wrap">
              {party.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`party.role.${party.role}`)}
            </Text>
          </Box>
        </Group>
        <Stack gap={4}>
          <ContactFacts emails={party.emails} phones={party.phones} />
          {party.channels.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('history.detail', { label: t('fields.channels') })} {format.list(party.channels.map(labels.channel))}
            </Text>
          )}
          {party.comment && (
            <Text size="sm" className="gardien-wrap">
              {party.comment}
            </Text>
          )}
          {party.decision && (
            <Text size="sm" fw={600} c={party.decision === 'approve' ? 'teal.9' : 'red.9'}>
              {t(`party.decision.${party.decision}`)}
            </Text>
          )}
        </Stack>
        <FailingAddresses ticket={ticket} emails={party.emails} />
        <DeliveryProblems ticket={ticket} partyId={party.id} />
        <PartyFilterSwitch name={party.name} target={{ partyId: party.id }} filter={filter} onFilter={onFilter} />
        <ActionButtons actions={actions} ticket={ticket} party={party} label={t('ticket.actionsFor', { name: party.name })} secondary={SECONDARY.party} />
      </Stack>
    </Paper>
  );
}
