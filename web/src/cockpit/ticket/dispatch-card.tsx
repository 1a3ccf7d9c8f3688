// One contractor on the ticket: its dispatch's state, appointment, quote, invoice, contact
// details, and the buttons of what can be done with it now.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { InfoItem, InfoList } from '../../ui/info-list.tsx';
import { useLabels } from '../shared/labels.ts';
import type { DispatchAnswer as Dispatch, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import type { PartyFilter } from '../shared/party-filter.ts';
import { ActionButtons } from './action-buttons.tsx';
import { PartyFilterSwitch } from './party-filter-switch.tsx';
import { DeliveryProblems } from './delivery-problems.tsx';

interface Props {
  ticket: Ticket;
  dispatch: Dispatch;
  filter: PartyFilter;
  onFilter: (filter: PartyFilter) => void;
}

/** A card per dispatch. */
export function DispatchCard({ ticket, dispatch, filter, onFilter }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const actions = ticket.nextSteps.dispatches.find((d) => d.dispatchId === dispatch.id)?.actions ?? [];
  const ended = ['refused', 'not_retained', 'cancelled'].includes(dispatch.state);

  return (
    <Paper withBorder p="sm" data-testid="dispatch-card" data-dispatch={dispatch.id} data-state={dispatch.state} opacity={ended ? 0.85 : 1}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={700}>{dispatch.contractorName}</Text>
          <Badge variant="outline" color="gray.8" size="sm">
            {labels.dispatchKind(dispatch.kind)}
          </Badge>
        </Group>
        <Text size="sm" fw={600} c={ended ? 'red.9' : ticket.closedAt ? 'gray.7' : 'blue.9'} data-testid="dispatch-state">
          {labels.dispatchState(dispatch.state)}
        </Text>
        <InfoList>
          <InfoItem label={t('dispatch.appointment')}>
            {dispatch.appointment
              ? `${format.dateTime(dispatch.appointment.startsAt)}${dispatch.appointment.durationMinutes ? ` (${format.minutes(dispatch.appointment.durationMinutes)})` : ''}`
              : null}
          </InfoItem>
          <InfoItem label={t('dispatch.quote')}>
            {dispatch.quote
              ? `${format.money(dispatch.quote.amountCents, ticket.currency)}${dispatch.quote.validUntil ? ` — ${t('dispatch.validUntil', { date: format.calendarDate(dispatch.quote.validUntil) })}` : ''}`
              : null}
          </InfoItem>
          <InfoItem label={t('dispatch.invoice')}>
            {dispatch.invoiceAmountCents !== null ? format.money(dispatch.invoiceAmountCents, ticket.currency) : null}
          </InfoItem>
          <InfoItem label={t('dispatch.completion')}>
            {dispatch.completion ? `${format.dateTime(dispatch.completion.at)}${dispatch.completion.comment ? ` — ${dispatch.completion.comment}` : ''}` : null}
          </InfoItem>
          <InfoItem label={t('dispatch.refusal')}>{dispatch.refusalReason}</InfoItem>
          <InfoItem label={t('fields.emails')}>{dispatch.emails.join(', ')}</InfoItem>
          <InfoItem label={t('fields.phones')}>{dispatch.phones.join(', ')}</InfoItem>
          <InfoItem label={t('fields.channels')}>{format.list(dispatch.channels.map(labels.channel))}</InfoItem>
          <InfoItem label={t('contractor.instructions')}>{dispatch.instructions}</InfoItem>
        </InfoList>
        <DeliveryProblems ticket={ticket} dispatchId={dispatch.id} />
        <PartyFilterSwitch name={dispatch.contractorName} target={{ dispatchId: dispatch.id }} filter={filter} onFilter={onFilter} />
        <ActionButtons actions={actions} ticket={ticket} dispatch={dispatch} label={t('ticket.actionsFor', { name: dispatch.contractorName })} />
      </Stack>
    </Paper>
  );
}
