// One event of the history as a step of a timeline: the initials of who acted, what happened in
// one sentence, when, by whom and through which channel, then its details and files. Received
// items and the manager's own read apart; internal notes say so.
import { Anchor, Avatar, Badge, Group, Stack, Text, Typography } from '@mantine/core';
import { IconPaperclip, IconRobot } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useLabels } from '../shared/labels.ts';
import type { TicketAnswer as Ticket, TicketEventAnswer as TicketEvent } from '../../../../src/http/answers.ts';
import { deliveryTitle } from './delivery-title.ts';
import { eventDetails } from './event-details.ts';
import { eventActor, eventSentence, type EventParties } from './event-sentence.ts';
import { ReceivedMessageLinks } from './received-message-links.tsx';

const timeFormats = new Map<string, Intl.DateTimeFormat>();
const timeOf = (iso: string, locale: string) => {
  let format = timeFormats.get(locale);
  if (!format) timeFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { timeStyle: 'short' })));
  return format.format(new Date(iso));
};

/** The actor's initials; the system has an icon instead. */
function ActorAvatar({ event, name }: { event: TicketEvent; name: string }) {
  if (event.actorType === 'system' && event.direction === 'out') {
    return (
      <Avatar size={30} radius="xl" color="gray" variant="light" aria-hidden="true" className="gardien-history-avatar">
        <IconRobot size={16} stroke={1.6} />
      </Avatar>
    );
  }
  return (
    <Avatar
      size={30}
      radius="xl"
      name={name}
      color={event.direction === 'in' ? 'blue' : 'gardien'}
      variant={event.direction === 'in' ? 'light' : 'filled'}
      aria-hidden="true"
      className="gardien-history-avatar"
    />
  );
}

interface Props {
  event: TicketEvent;
  currency: string;
  parties: EventParties;
  /** The ticket, for what a received message offers (its original, "Saisir comme…"). */
  ticket?: Ticket;
}

/** A timeline entry, placed in the "received" or the "done" column by its direction. */
export function HistoryItem({ event, currency, parties, ticket }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const sentence = eventSentence(event, t, format, labels, currency, parties);
  const said = deliveryTitle(event, sentence.text, t, sentence.values);
  const details = eventDetails(event, t, format, labels, currency, sentence.covered);
  const html = typeof event.payload?.html === 'string' ? event.payload.html : null;
  const actor = eventActor(event, parties);
  const channel = t(`codes.eventChannel.${event.channel}`, { defaultValue: event.channel });

  return (
    <li className="gardien-history-item" data-direction={event.direction} data-type={event.type} data-internal={event.internal}>
      <div className="gardien-history-entry" data-direction={event.direction} data-internal={event.internal}>
        <ActorAvatar event={event} name={actor} />
        <Stack gap={2} className="gardien-history-body">
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Text size="sm" fw={500} lh={1.35} className="gardien-wrap" data-testid="history-sentence">
              {said}
            </Text>
            {event.internal && (
              <Badge size="xs" color="yellow.3" style={{ flexShrink: 0 }} data-testid="internal-badge">
                {t('history.internal')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" className="gardien-wrap">
            {t(event.direction === 'in' ? 'history.receivedAt' : 'history.doneAt', { time: timeOf(event.createdAt, format.locale), name: actor, channel })}
          </Text>
          {html && (
            <Typography fz="sm" className="gardien-wrap">
              {/* Sanitized by the server (sanitize-html) before it was stored. */}
              <div dangerouslySetInnerHTML={{ __html: html }} />
            </Typography>
          )}
          {details.map((detail) => (
            <Text key={detail.key} size="sm" className="gardien-wrap" style={detail.block ? { whiteSpace: 'pre-wrap' } : undefined}>
              <Text span size="sm" c="dimmed">
                {t('common.labelled', { label: detail.label })}{' '}
              </Text>
              {detail.value}
            </Text>
          ))}
          {event.attachments.length > 0 && (
            <Group gap="xs">
              {event.attachments.map((file) => (
                <Anchor key={file.id} href={file.url} target="_blank" rel="noopener" size="sm" className="gardien-wrap">
                  <IconPaperclip size={14} stroke={1.6} aria-hidden="true" style={{ verticalAlign: '-2px', marginRight: 2 }} />
                  {file.filename}
                </Anchor>
              ))}
            </Group>
          )}
          {ticket && <ReceivedMessageLinks ticket={ticket} event={event} />}
        </Stack>
      </div>
    </li>
  );
}
