// A button for one available action; it opens the action's form.
import { useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DispatchAnswer as Dispatch, PartyAnswer as Party, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { LazyActionDialog as ActionDialog } from './lazy-action-dialog.tsx';

interface Props {
  action: string;
  ticket: Ticket;
  dispatch?: Dispatch;
  party?: Party;
}

const DANGER = ['close', 'cancel_request', 'cancel_intervention', 'replace_contractor'];

/** The action's button; `validate` goes to the creation form, pre-filled, instead of a dialog. */
export function ActionButton({ action, ticket, dispatch, party }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const label = t(`actions.${action}.button`, { defaultValue: action });
  const danger = DANGER.includes(action);
  const common = {
    size: 'compact-sm',
    // Outlined dark red for what cancels or ends; plain buttons for the rest (both read at 5:1).
    variant: danger ? 'outline' : 'default',
    color: danger ? 'red.9' : undefined,
    justify: 'flex-start',
    'data-action': action,
  } as const;

  if (action === 'validate') {
    return (
      <Button {...common} variant="filled" component={Link} href={`/tickets/${ticket.number}/validate`}>
        {label}
      </Button>
    );
  }
  return (
    <>
      <Button {...common} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && <ActionDialog action={action} ticket={ticket} dispatch={dispatch} party={party} onClose={() => setOpen(false)} />}
    </>
  );
}
