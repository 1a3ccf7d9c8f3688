// One event of the history: what happened, when, by or from whom, through which channel, its
// details and files. Received items and the manager's own read apart; internal notes say so.
import { Anchor, Badge, Group, Paper, Stack, Text, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useLabels } from '../shared/labels.ts';
import type { TicketEventAnswer as TicketEvent } from '../../../../src/http/answers.ts';
import { eventDetails } from './event-details.ts';

/** A card, placed in the "received" or the "done" column by its direction. */
export function HistoryItem({ event, currency }: { event: TicketEvent; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const received = event.direction === 'in';
  const title = labels.event(event.type);
  const details = eventDetails(event, t, format, labels, currency);
  const html = typeof event.payload?.html === 'string' ? event.payload.html : null;

  return (
    <li className="gardien-history-item" data-direction={event.direction} data-type={event.type} data-internal={event.internal}>
      <Paper
        withBorder
        p="sm"
        bg={event.internal ? 'yellow.0' : received ? 'blue.0' : undefined}
        style={{ borderLeft: `4px solid var(--mantine-color-${event.internal ? 'yellow-7' : received ? 'blue-7' : 'teal-7'})` }}
      >
        <Stack gap={4}>
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Text fw={700} size="sm">
              {title}
            </Text>
            <Group gap={4}>
              {event.internal && (
                <Badge size="xs" color="yellow.3" data-testid="internal-badge">
                  {t('history.internal')}
                </Badge>
              )}
              <Badge size="xs" variant="outline" color="gray.8">
                {t(`codes.eventChannel.${event.channel}`, { defaultValue: event.channel })}
              </Badge>
            </Group>
          </Group>
          <Text size="xs" c="dimmed">
            {t(received ? 'history.receivedAt' : 'history.doneAt', { date: format.dateTime(event.createdAt), name: event.actorName })}
          </Text>
          {html && (
            <Typography fz="sm">
              {/* Sanitized by the server (sanitize-html) before it was stored. */}
              <div dangerouslySetInnerHTML={{ __html: html }} />
            </Typography>
          )}
          {details.map((detail) => (
            <Text key={detail.key} size="sm" style={detail.block ? { whiteSpace: 'pre-wrap' } : undefined}>
              <Text span size="sm" c="dimmed">
                {t('common.labelled', { label: detail.label })}{' '}
              </Text>
              {detail.value}
            </Text>
          ))}
          {event.attachments.length > 0 && (
            <Group gap="xs">
              {event.attachments.map((file) => (
                <Anchor key={file.id} href={file.url} target="_blank" rel="noopener" size="sm">
                  {file.filename}
                </Anchor>
              ))}
            </Group>
          )}
        </Stack>
      </Paper>
    </li>
  );
}
