// Silent mode: no automatic email or SMS while on; it can be switched at any step.
import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePerformAction } from '../shared/ticket-queries.ts';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';

/** The switch sends `set_silent`; it is read-only when the action is not offered (closed). */
export function SilentSwitch({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const perform = usePerformAction(ticket.number);
  const available = ticket.nextSteps.ticket.includes('set_silent');
  return (
    <Switch
      label={t('ticket.silent')}
      description={t('options.silentHint')}
      checked={perform.isPending ? !ticket.silent : ticket.silent}
      disabled={!available || perform.isPending}
      onChange={(event) => perform.mutate({ body: { action: 'set_silent', silent: event.currentTarget.checked } })}
      error={perform.isError ? t('ticket.silentFailed') : undefined}
    />
  );
}
