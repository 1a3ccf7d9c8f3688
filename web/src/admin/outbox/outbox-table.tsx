// The messages, newest first: when, ticket, what, to whom, and the state; the subject opens the
// message.
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { OutboxMessageAnswer as OutboxMessage } from '../../../../src/http/answers.ts';
import { StateBadge } from './state-badge.tsx';

interface Props {
  messages: OutboxMessage[];
  onOpen: (message: OutboxMessage) => void;
}

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

/** The table. */
export function OutboxTable({ messages, onOpen }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="outbox-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.outbox.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('admin.outbox.ticket')}</Table.Th>
            <Table.Th scope="col">{t('admin.outbox.message')}</Table.Th>
            <Table.Th scope="col">{t('admin.outbox.recipient')}</Table.Th>
            <Table.Th scope="col">{t('admin.outbox.channel')}</Table.Th>
            <Table.Th scope="col">{t('admin.outbox.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((m) => (
            // The whole row opens the message for a mouse; the subject is the keyboard's way in.
            <Table.Tr key={m.id} data-message={m.id} data-ticket={m.ticketNumber ?? ''} onClick={() => onOpen(m)} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {format.dateTime(m.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>{m.ticketNumber ?? '—'}</Table.Td>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  ta="left"
                  fw={500}
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(m);
                  }}
                >
                  {m.subject ?? excerpt(m.text)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t(`admin.templates.names.${m.template}`, { defaultValue: m.template })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.recipientName}</Text>
                <Text size="xs" c="dimmed">
                  {m.recipients.join(', ')}
                </Text>
              </Table.Td>
              <Table.Td>{t(`codes.channel.${m.channel}`, { defaultValue: m.channel })}</Table.Td>
              <Table.Td>
                <StateBadge state={m.state} />
                {m.state === 'failed' && m.lastError && (
                  <Text size="xs" c="red.9" lineClamp={2} title={m.lastError}>
                    {m.lastError}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
