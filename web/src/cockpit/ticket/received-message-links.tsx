// Under a request or an answer that came by email: "Message complet" (the original as it came,
// to download), a note when quoted history or a signature was hidden, and — for a contractor's
// answer — "Saisir comme…", which opens the matching manual entry filled from the message.
import { useState } from 'react';
import { Anchor, Button, Group, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconFileDownload, IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TicketAnswer as Ticket, TicketEventAnswer as TicketEvent } from '../../../../src/http/answers.ts';
import { LazyActionDialog as ActionDialog } from '../actions/lazy-action-dialog.tsx';

/** The manual entries a contractor's email may stand for, in the order of the work. */
export const ENTRY_ACTIONS = ['enter_acceptance', 'enter_refusal', 'enter_appointment', 'enter_quote', 'enter_completion', 'enter_invoice'] as const;

/** The entries offered now for the dispatch of a received answer. */
export function entryActionsFor(ticket: Ticket, event: TicketEvent): string[] {
  if (event.type !== 'message_received' || !event.dispatchId || ticket.closedAt) return [];
  const available = ticket.nextSteps.dispatches.find((d) => d.dispatchId === event.dispatchId)?.actions ?? [];
  return ENTRY_ACTIONS.filter((action) => available.includes(action));
}

/** The links; nothing for an event that did not come from a received message. */
export function ReceivedMessageLinks({ ticket, event }: { ticket: Ticket; event: TicketEvent }) {
  const { t } = useTranslation();
  const [entry, setEntry] = useState<string | null>(null);
  const payload = event.payload as Record<string, unknown> | null;
  const inboundId = typeof payload?.inboundMessageId === 'string' ? payload.inboundMessageId : null;
  const trimmed = payload?.trimmed === true;
  const entries = entryActionsFor(ticket, event);
  const dispatch = ticket.dispatches.find((d) => d.id === event.dispatchId);
  if (!inboundId && !trimmed && entries.length === 0) return null;
  return (
    <Group gap="sm" className="gardien-no-print">
      {trimmed && (
        <Text size="xs" c="dimmed" fs="italic" data-testid="quoted-hidden">
          {t('history.inbound.trimmed')}
        </Text>
      )}
      {inboundId && (
        <Anchor href={`/api/v1/tickets/${ticket.number}/inbound-messages/${inboundId}/raw`} download size="sm" data-testid="full-message">
          <IconFileDownload size={14} stroke={1.6} aria-hidden="true" style={{ verticalAlign: '-2px', marginRight: 2 }} />
          {t('history.inbound.full')}
        </Anchor>
      )}
      {entries.length > 0 && dispatch && (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button size="compact-xs" variant="default" leftSection={<IconPencilPlus size={14} stroke={1.6} aria-hidden="true" />} rightSection={<IconChevronDown size={12} aria-hidden="true" />}>
              {t('history.inbound.enterAs')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown aria-label={t('history.inbound.enterAsLabel', { name: dispatch.contractorName })}>
            {entries.map((action) => (
              <Menu.Item key={action} data-action={action} onClick={() => setEntry(action)}>
                {t(`actions.${action}.button`, { defaultValue: action })}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      {entry && dispatch && (
        <ActionDialog
          action={entry}
          ticket={ticket}
          dispatch={dispatch}
          from={{ text: typeof payload?.body === 'string' ? payload.body : '', files: event.attachments }}
          onClose={() => setEntry(null)}
        />
      )}
    </Group>
  );
}
