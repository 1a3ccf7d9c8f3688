// The "next step" panel (DOMAIN.md §6): what can be done now on the ticket, then each party
// with its own actions. A closed ticket offers none: it reads only.
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import type { PartyFilter } from '../shared/party-filter.ts';
import { primaryStep, SECONDARY } from './action-groups.ts';
import { ActionButtons } from './action-buttons.tsx';
import { DispatchCard } from './dispatch-card.tsx';
import { PartyCard } from './party-card.tsx';
import { FeedbackCard } from './feedback-card.tsx';

/** Offered elsewhere: per party (message, contact details) or in the header (silent, reminders). */
const NOT_IN_PANEL = ['send_message', 'update_party', 'set_silent', 'set_reminders'];

interface Props {
  ticket: Ticket;
  filter: PartyFilter;
  onFilter: (filter: PartyFilter) => void;
}

/** The left column of the ticket's body. */
export function NextStepsPanel({ ticket, filter, onFilter }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const ticketActions = ticket.nextSteps.ticket.filter((action) => !NOT_IN_PANEL.includes(action));
  const primary = primaryStep(ticket);

  return (
    <Stack gap="md" component="section" aria-labelledby="next-steps-title" style={{ minWidth: 0 }} data-tour="ticket-actions">
      <Title order={3} size="h4" id="next-steps-title">
        {t('ticket.nextSteps')}
      </Title>
      {ticket.closedAt ? (
        <Alert color="red" variant="light" data-testid="no-actions">
          <Text size="sm" c="red.9">
            {t('ticket.closedReadOnly')}
          </Text>
        </Alert>
      ) : (
        <ActionButtons
          actions={ticketActions}
          ticket={ticket}
          label={t('ticket.ticketActions')}
          secondary={SECONDARY.ticket}
          primary={primary && primary.dispatchId === null ? primary.action : null}
          pagePrimary={!!primary && primary.dispatchId === null}
        />
      )}

      <FeedbackCard ticket={ticket} />

      {ticket.dispatches.length > 0 && (
        <Stack gap="xs" data-tour="ticket-contractors">
          <Title order={4} size="h5">
            {t('ticket.contractors')}
          </Title>
          {ticket.dispatches.map((dispatch) => (
            <DispatchCard key={dispatch.id} ticket={ticket} dispatch={dispatch} filter={filter} onFilter={onFilter} pagePrimary={primary} />
          ))}
        </Stack>
      )}
      {ticket.approvers.length > 0 && (
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('ticket.approvers')}
          </Title>
          {ticket.approvers.map((party) => (
            <PartyCard key={party.id} ticket={ticket} party={party} filter={filter} onFilter={onFilter} />
          ))}
          {ticket.councilInformed.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('ticket.councilInformed', { names: format.list(ticket.councilInformed.map((p) => p.name)) })}
            </Text>
          )}
        </Stack>
      )}
      {ticket.contactPerson && (
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('ticket.contactPerson')}
          </Title>
          <PartyCard ticket={ticket} party={ticket.contactPerson} filter={filter} onFilter={onFilter} />
        </Stack>
      )}
      {ticket.watchers.length > 0 && (
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('ticket.watchers')}
          </Title>
          {ticket.watchers.map((party) => (
            <PartyCard key={party.id} ticket={ticket} party={party} filter={filter} onFilter={onFilter} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
