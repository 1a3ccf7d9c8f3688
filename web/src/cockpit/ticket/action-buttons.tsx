// The buttons of a set of available actions, in the catalogue's order.
import { Stack } from '@mantine/core';
import { ActionButton } from '../actions/action-button.tsx';
import { FOLDED_ACTIONS } from '../actions/action-forms.ts';
import type { DispatchAnswer as Dispatch, PartyAnswer as Party, TicketAnswer as Ticket } from '../../../../src/http/answers.ts';

interface Props {
  actions: string[];
  ticket: Ticket;
  dispatch?: Dispatch;
  party?: Party;
  label: string;
}

/** A vertical group of buttons; nothing when no action is available. */
export function ActionButtons({ actions: offered, ticket, dispatch, party, label }: Props) {
  const actions = offered.filter((action) => !FOLDED_ACTIONS.includes(action));
  if (actions.length === 0) return null;
  return (
    <Stack gap={4} role="group" aria-label={label} className="gardien-no-print">
      {actions.map((action) => (
        <ActionButton key={action} action={action} ticket={ticket} dispatch={dispatch} party={party} />
      ))}
    </Stack>
  );
}
