// The ticket's reminder delays in words ("every 7 days, at most 3 times").
import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { ReminderDelay, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';

/** The delays of the ticket's kind. */
export function RemindersSummary({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const format = useFormat();
  const quote = ticket.type === 'DS' || ticket.type === 'DM';
  const describe = (delay: ReminderDelay) =>
    delay.every === 0 || delay.max === 0 ? t('reminders.never') : t('reminders.summary', { every: format.period(delay.every, delay.unit), max: delay.max });
  const { reminders } = ticket;
  return (
    <List size="sm" listStyleType="none" spacing={0}>
      {quote ? (
        <List.Item>
          {t('common.labelled', { label: t('reminders.quote') })} {describe(reminders.quote)}
        </List.Item>
      ) : (
        <List.Item>
          {t('common.labelled', { label: t('reminders.workOrder') })} {describe(reminders.workOrder)}
        </List.Item>
      )}
      <List.Item>
        {t('common.labelled', { label: t('reminders.invoice') })} {describe(reminders.invoice)}
      </List.Item>
      {quote && (
        <List.Item>
          {t('common.labelled', { label: t('reminders.appointmentHours') })}{' '}
          {reminders.appointmentHours ? format.period(reminders.appointmentHours, 'hours') : t('reminders.never')}
        </List.Item>
      )}
    </List>
  );
}
