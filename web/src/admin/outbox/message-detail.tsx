// One message of the outbox: who it went to, when, its state and — for a failed one — why; then
// its content.
import type { ReactNode } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../i18n/format.ts';
import type { OutboxMessageAnswer as OutboxMessage } from '../../../../src/http/answers.ts';
import { MessageContent } from './message-content.tsx';
import { StateBadge } from './state-badge.tsx';
import { WarningAlert } from '../shared/warning-alert.tsx';
import { FactsTable } from '../shared/facts-table.tsx';

interface Props {
  message: OutboxMessage;
  /** Whether the user may open tickets (the link is useless to others). */
  ticketLinks: boolean;
}

/** A table of the message's facts, the error or hold reason, and the content. */
export function MessageDetail({ message, ticketLinks }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: [string, ReactNode][] = [
    [t('admin.outbox.state'), <StateBadge key="state" state={message.state} />],
    [t('admin.outbox.template'), `${t(`admin.templates.names.${message.template}`, { defaultValue: message.template })} (${t(`codes.channel.${message.channel}`, { defaultValue: message.channel })}, ${t(`admin.languages.${message.language}`, { defaultValue: message.language })})`],
    [t('admin.outbox.recipient'), `${message.recipientName} — ${message.recipients.join(', ')}`],
    ...(message.subject ? [[t('admin.outbox.subject'), message.subject] as [string, string]] : []),
    [
      t('admin.outbox.ticket'),
      message.ticketNumber === null ? '—' : ticketLinks ? <Link key="ticket" href={`/tickets/${message.ticketNumber}`}>{`n°${message.ticketNumber}`}</Link> : `n°${message.ticketNumber}`,
    ],
    [t('admin.outbox.createdAt'), format.dateTime(message.createdAt)],
    [t('admin.outbox.sentAt'), message.sentAt ? format.dateTime(message.sentAt) : '—'],
    [t('admin.outbox.attempts'), format.number(message.attempts)],
    ...(message.hasInvitation ? [[t('admin.outbox.invitation'), t('admin.outbox.invitationYes')] as [string, string]] : []),
  ];
  const explanation = t(`admin.outbox.explain.${message.state}`, { defaultValue: '' });
  return (
    <Stack gap="md">
      {message.state === 'failed' && (
        <Alert role="alert" color="red" variant="light" title={t('admin.outbox.failedTitle')} data-testid="outbox-error">
          {message.lastError ?? t('admin.outbox.noError')}
        </Alert>
      )}
      {message.state !== 'failed' && message.lastError && (
        <WarningAlert title={t('admin.outbox.lastError')}>{message.lastError}</WarningAlert>
      )}
      {explanation && message.state !== 'failed' && <Text size="sm">{explanation}</Text>}
      <FactsTable rows={rows} />
      <MessageContent message={message} />
    </Stack>
  );
}
