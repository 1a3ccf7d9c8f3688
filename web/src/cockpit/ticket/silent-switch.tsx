// Silent mode: no automatic email or SMS while on; it can be switched at any step.
import { useState } from 'react';
import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePerformAction } from '../shared/ticket-queries.ts';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';

/** The switch sends `set_silent`; it is read-only when the action is not offered (closed). */
export function SilentSwitch({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const perform = usePerformAction(ticket.number);
  const available = ticket.nextSteps.ticket.includes('set_silent');
  // The position asked for shows at once (a controlled switch would snap back until the request
  // starts), and gives way to the ticket's own once the server answered.
  const [asked, setAsked] = useState<boolean | null>(null);
  return (
    <Switch
      label={t('ticket.silent')}
      description={t('options.silentHint')}
      checked={asked ?? ticket.silent}
      disabled={!available || perform.isPending}
      onChange={(event) => {
        const silent = event.currentTarget.checked;
        setAsked(silent);
        perform.mutate({ body: { action: 'set_silent', silent } }, { onSettled: () => setAsked(null) });
      }}
      error={perform.isError ? t('ticket.silentFailed') : undefined}
    />
  );
}
