// The header's left part: type and number, who created it and from where, the requester, the
// amount, the contact person, the watchers, the reminder delays and silent mode.
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { InfoItem, InfoList } from '../../ui/info-list.tsx';
import { ActionButton } from '../actions/action-button.tsx';
import { useLabels } from '../shared/labels.ts';
import { StatusLabel } from '../shared/status-label.tsx';
import type { PartyAnswer as Party, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { RemindersSummary } from './reminders-summary.tsx';
import { SilentSwitch } from './silent-switch.tsx';
import { FailingAddresses } from './failing-addresses.tsx';

const contactOf = (p: { emails: string[]; phones: string[] }) => [...p.emails, ...p.phones].join(', ');

function PartyLine({ party }: { party: Party }) {
  const details = contactOf(party);
  return (
    <span>
      {party.name}
      {details && <Text span size="xs" c="dimmed">{` — ${details}`}</Text>}
    </span>
  );
}

/** Left column of the header. */
export function HeaderSummary({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const requester = ticket.requester;
  const requesterDetails = requester ? [requester.email, requester.phone].filter(Boolean).join(', ') : '';

  return (
    <Stack gap="sm">
      <div>
        <Title order={2} id="page-title" data-testid="ticket-title">
          {t('ticket.title', { type: labels.typeLong(ticket.type), number: ticket.number })}
        </Title>
        <StatusLabel status={ticket.status} kind={ticket.statusKind} size="md" />
      </div>
      <InfoList>
        <InfoItem label={t('ticket.createdBy')}>{ticket.createdBy?.name ?? t('ticket.system')}</InfoItem>
        <InfoItem label={t('ticket.requester')}>
          {requester ? `${requester.name ?? ''}${requesterDetails ? ` (${requesterDetails})` : ''}` : null}
          {requester && (requester.email || requester.phone || requester.personId) && ticket.nextSteps.ticket.includes('send_message') && (
            <div className="gardien-no-print">
              <ActionButton action="send_message" ticket={ticket} />
            </div>
          )}
        </InfoItem>
        {ticket.company && <InfoItem label={t('ticket.company')} testId="ticket-company">{ticket.company.name}</InfoItem>}
        <InfoItem label={t('ticket.source')}>{labels.source(ticket.source)}</InfoItem>
        <InfoItem label={t('ticket.assignee')}>{ticket.assignee?.name ?? t('list.unassignedShort')}</InfoItem>
        <InfoItem label={t('ticket.amount')} testId="ticket-amount">
          {ticket.amountCents === null ? t('ticket.amountUnknown') : format.money(ticket.amountCents, ticket.currency)}
        </InfoItem>
        <InfoItem label={t('ticket.contactPerson')}>{ticket.contactPerson ? <PartyLine party={ticket.contactPerson} /> : t('ticket.none')}</InfoItem>
        <InfoItem label={t('ticket.watchers')}>
          {ticket.watchers.length ? format.list(ticket.watchers.map((w) => w.name)) : t('ticket.none')}
        </InfoItem>
        <InfoItem label={t('ticket.presenceCheck')}>{ticket.presenceCheck ? t('common.yes') : t('common.no')}</InfoItem>
      </InfoList>
      <FailingAddresses ticket={ticket} emails={[requester?.email]} />
      <div>
        <Group gap="xs" justify="space-between">
          <Text size="sm" fw={600}>
            {t('reminders.legend')}
          </Text>
          {ticket.nextSteps.ticket.includes('set_reminders') && <ActionButton action="set_reminders" ticket={ticket} />}
        </Group>
        <RemindersSummary ticket={ticket} />
      </div>
      <SilentSwitch ticket={ticket} />
    </Stack>
  );
}
