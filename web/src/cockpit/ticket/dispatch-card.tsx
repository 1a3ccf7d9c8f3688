// One contractor on the ticket: its dispatch's state, appointment, quote, invoice, contact
// details, and the buttons of what can be done with it now (its next step first).
import { Anchor, Avatar, Badge, Box, Group, Paper, Spoiler, Stack, Text } from '@mantine/core';
import { IconBan, IconCalendarEvent, IconChecks, IconFileDollar, IconInfoCircle, IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../../session.ts';
import { can } from '../../../../src/domain/roles.ts';
import { useFormat } from '../../i18n/format.ts';
import { useLabels } from '../shared/labels.ts';
import type { DispatchAnswer as Dispatch, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import type { PartyFilter } from '../shared/party-filter.ts';
import { dispatchPrimary, SECONDARY, type PrimaryStep } from './action-groups.ts';
import { ActionButtons } from './action-buttons.tsx';
import { CardFact, ContactFacts } from './card-facts.tsx';
import { DISPATCH_STATE_ICONS } from './dispatch-state-icons.ts';
import { PartyFilterSwitch } from './party-filter-switch.tsx';
import { DeliveryProblems } from './delivery-problems.tsx';
import { FailingAddresses } from './failing-addresses.tsx';

interface Props {
  ticket: Ticket;
  dispatch: Dispatch;
  filter: PartyFilter;
  onFilter: (filter: PartyFilter) => void;
  /** The page's next step, which may be this dispatch's. */
  pagePrimary: PrimaryStep | null;
}

/** A card per dispatch. */
export function DispatchCard({ ticket, dispatch, filter, onFilter, pagePrimary }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const actions = ticket.nextSteps.dispatches.find((d) => d.dispatchId === dispatch.id)?.actions ?? [];
  const ended = ['refused', 'not_retained', 'cancelled'].includes(dispatch.state);
  const mine = pagePrimary?.dispatchId === dispatch.id;
  const primary = mine ? pagePrimary.action : dispatchPrimary(actions);
  const StateIcon = DISPATCH_STATE_ICONS[dispatch.state as keyof typeof DISPATCH_STATE_ICONS];
  // A contractor of the agency's list opens its page (its scorecard) for those who read them.
  const readsScorecards = can(useSession().data?.user.roles ?? [], 'reports:read');

  return (
    <Paper withBorder p="sm" radius="md" data-testid="dispatch-card" data-dispatch={dispatch.id} data-state={dispatch.state} opacity={ended ? 0.85 : 1} className="gardien-card">
      <Stack gap={8}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Avatar name={dispatch.contractorName} color="blue" variant="light" size={34} radius="xl" aria-hidden="true" />
          <Box style={{ flex: 1, minWidth: 0 }}>
            <Text fw={600} size="sm" lineClamp={2} title={dispatch.contractorName} className="gardien-wrap">
              {dispatch.contractorId && readsScorecards ? (
                <Anchor component={Link} href={`/contractors/${dispatch.contractorId}`} inherit c="inherit">
                  {dispatch.contractorName}
                </Anchor>
              ) : (
                dispatch.contractorName
              )}
            </Text>
            <Group gap={6} mt={2} wrap="wrap">
              <Badge variant="light" color="gray" size="xs" style={{ flexShrink: 0 }}>
                {labels.dispatchKind(dispatch.kind)}
              </Badge>
              <Group gap={4} wrap="nowrap" c={ended ? 'red.9' : ticket.closedAt ? 'gray.7' : 'blue.9'}>
                {StateIcon && <StateIcon size={14} stroke={1.8} aria-hidden="true" style={{ flexShrink: 0 }} />}
                <Text size="xs" fw={600} c="inherit" data-testid="dispatch-state">
                  {labels.dispatchState(dispatch.state)}
                </Text>
              </Group>
            </Group>
          </Box>
        </Group>
        <Stack gap={4}>
          <CardFact icon={IconCalendarEvent} label={t('dispatch.appointment')} testId="dispatch-appointment">
            {dispatch.appointment
              ? `${format.dateTime(dispatch.appointment.startsAt)}${dispatch.appointment.durationMinutes ? ` (${format.minutes(dispatch.appointment.durationMinutes)})` : ''}`
              : null}
          </CardFact>
          <CardFact icon={IconFileDollar} label={t('dispatch.quote')}>
            {dispatch.quote
              ? `${format.money(dispatch.quote.amountCents, ticket.currency)}${dispatch.quote.validUntil ? ` — ${t('dispatch.validUntil', { date: format.calendarDate(dispatch.quote.validUntil) })}` : ''}`
              : null}
          </CardFact>
          <CardFact icon={IconReceipt} label={t('dispatch.invoice')}>
            {dispatch.invoiceAmountCents !== null ? format.money(dispatch.invoiceAmountCents, ticket.currency) : null}
          </CardFact>
          <CardFact icon={IconChecks} label={t('dispatch.completion')}>
            {dispatch.completion && (
              <Text size="sm" className="gardien-wrap">
                {`${format.dateTime(dispatch.completion.at)}${dispatch.completion.comment ? ` — ${dispatch.completion.comment}` : ''}`}
              </Text>
            )}
          </CardFact>
          <CardFact icon={IconBan} label={t('dispatch.refusal')}>
            {dispatch.refusalReason && (
              <Text size="sm" className="gardien-wrap">
                {dispatch.refusalReason}
              </Text>
            )}
          </CardFact>
          <ContactFacts emails={dispatch.emails} phones={dispatch.phones} />
          {dispatch.channels.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('history.detail', { label: t('fields.channels') })} {format.list(dispatch.channels.map(labels.channel))}
            </Text>
          )}
          <CardFact icon={IconInfoCircle} label={t('contractor.instructions')} testId="dispatch-instructions">
            {dispatch.instructions && (
              <Spoiler maxHeight={42} showLabel={t('common.showMore')} hideLabel={t('common.showLess')} fz="sm">
                <Text size="sm" className="gardien-wrap" style={{ whiteSpace: 'pre-wrap' }} title={t('contractor.instructions')}>
                  {dispatch.instructions}
                </Text>
              </Spoiler>
            )}
          </CardFact>
        </Stack>
        <FailingAddresses ticket={ticket} emails={dispatch.emails} />
        <DeliveryProblems ticket={ticket} dispatchId={dispatch.id} />
        <PartyFilterSwitch name={dispatch.contractorName} target={{ dispatchId: dispatch.id }} filter={filter} onFilter={onFilter} />
        <ActionButtons
          actions={actions}
          ticket={ticket}
          dispatch={dispatch}
          label={t('ticket.actionsFor', { name: dispatch.contractorName })}
          secondary={SECONDARY.dispatch}
          primary={primary}
          pagePrimary={mine}
        />
      </Stack>
    </Paper>
  );
}
