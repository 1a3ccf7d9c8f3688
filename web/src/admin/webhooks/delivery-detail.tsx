// One delivery: its facts, the body that was signed and sent (pretty JSON), every try with the
// receiver's status or why it failed, its duration and the receiver's answer; and "send again".
import { useState, type ReactNode } from 'react';
import { Alert, Button, Code, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { SavedNotice } from '../shared/saved-notice.tsx';
import { WarningAlert } from '../shared/warning-alert.tsx';
import { DeliveryStateBadge } from './delivery-state-badge.tsx';
import { eventTypeLabel, tryErrorText } from './webhook-labels.ts';
import { webhookKeys, type Delivery, type DeliveryTry } from './webhook-types.ts';
import { FactsTable } from '../shared/facts-table.tsx';

interface Props {
  webhookId: string;
  /** The delivery as the list read it; it is read again while on its way. */
  delivery: Delivery;
  /** Whether its webhook is on (a switched-off one's deliveries wait: not read again). */
  active: boolean;
}

/** The detail, in the drawer of the deliveries' panel. */
export function DeliveryDetail({ webhookId, delivery: listed, active }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const path = `/api/v1/webhooks/${webhookId}/deliveries/${listed.id}`;
  const query = useQuery({
    queryKey: [...webhookKeys.deliveries(webhookId), 'one', listed.id],
    queryFn: () => api.get<Delivery>(path),
    initialData: listed,
    refetchInterval: (q) => (active && (q.state.data?.state === 'queued' || q.state.data?.state === 'sending') ? 3000 : false),
  });
  const replay = useMutation({
    mutationFn: () => api.post<Delivery>(`${path}/replay`),
    onMutate: () => setNotice(null),
    onSuccess: async () => {
      setNotice(t('webhooks.delivery.replayed'));
      await queryClient.invalidateQueries({ queryKey: webhookKeys.all });
    },
  });
  const d = query.data;
  const rows: [string, ReactNode][] = [
    [t('webhooks.stateLabel'), <DeliveryStateBadge key="state" state={d.state} />],
    [t('webhooks.delivery.eventType'), `${eventTypeLabel(t, d.eventType)} (${d.eventType})`],
    [t('webhooks.delivery.eventId'), <Text key="event" size="sm" ff="monospace">{d.eventId}</Text>],
    [t('webhooks.delivery.createdAt'), format.dateTime(d.createdAt)],
    [t('webhooks.delivery.deliveredAt'), d.deliveredAt ? format.dateTime(d.deliveredAt) : '—'],
    [t('webhooks.delivery.attempts'), format.number(d.attempts)],
    ...(d.nextAttemptAt ? [[t('webhooks.delivery.nextAttempt'), format.dateTime(d.nextAttemptAt)] as [string, string]] : []),
    ...(d.replayOf ? [[t('webhooks.delivery.replayOf'), <Text key="replay" size="sm" ff="monospace">{d.replayOf}</Text>] as [string, ReactNode]] : []),
  ];
  return (
    <Stack gap="md" data-testid="delivery-detail">
      {d.state === 'failed' && (
        <Alert role="alert" color="red" variant="light" title={t('webhooks.delivery.failedTitle')}>
          {d.lastError ? tryErrorText(t, d.lastError) : t('webhooks.delivery.noError')}
        </Alert>
      )}
      {d.state !== 'failed' && d.state !== 'delivered' && d.lastError && <WarningAlert title={t('webhooks.delivery.lastError')}>{tryErrorText(t, d.lastError)}</WarningAlert>}
      <FactsTable rows={rows} />
      <Group gap="sm">
        <Button variant="default" leftSection={<IconSend size={16} stroke={1.6} aria-hidden="true" />} loading={replay.isPending} onClick={() => replay.mutate()}>
          {t('webhooks.delivery.replayButton')}
        </Button>
        <SavedNotice message={notice} />
      </Group>
      <ErrorAlert error={replay.error} title={t('webhooks.delivery.notReplayed')} />
      <Title order={4} size="h5">
        {t('webhooks.delivery.body')}
      </Title>
      <ScrollArea.Autosize mah={320} type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': t('webhooks.delivery.body') }}>
        <Code block data-testid="delivery-body" style={{ whiteSpace: 'pre' }}>
          {JSON.stringify(d.payload, null, 2)}
        </Code>
      </ScrollArea.Autosize>
      <Title order={4} size="h5">
        {t('webhooks.delivery.tries')}
      </Title>
      {d.tries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('webhooks.delivery.noTry')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="delivery-tries">
          {d.tries.map((attempt, index) => (
            <TryItem key={`${attempt.attemptedAt}-${index}`} attempt={attempt} number={index + 1} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** One try: when, the outcome, how long it took, and what the receiver answered. */
function TryItem({ attempt, number }: { attempt: DeliveryTry; number: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ok = attempt.responseStatus !== null && attempt.responseStatus >= 200 && attempt.responseStatus < 300;
  const outcome =
    attempt.responseStatus !== null ? t('webhooks.delivery.status', { status: attempt.responseStatus }) : tryErrorText(t, attempt.error ?? '');
  return (
    <Stack gap={4} data-testid="delivery-try">
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('webhooks.delivery.tryN', { n: number })}
        </Text>
        <Text size="sm">{format.dateTime(attempt.attemptedAt)}</Text>
        <Text size="sm" c={ok ? 'teal.9' : 'red.9'} fw={600} data-testid="delivery-try-outcome">
          {outcome}
        </Text>
        <Text size="sm" c="dimmed">
          {t('webhooks.delivery.duration', { ms: format.number(attempt.durationMs) })}
        </Text>
      </Group>
      {attempt.responseBody !== null && attempt.responseBody !== '' && (
        <ScrollArea.Autosize mah={160} type="auto" viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': t('webhooks.delivery.answerN', { n: number }) }}>
          <Code block data-testid="delivery-try-answer">
            {attempt.responseBody}
          </Code>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
