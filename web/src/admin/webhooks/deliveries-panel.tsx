// A webhook's deliveries, newest first: event type in words, when, state, tries, the last status
// and the next try of a queued one; filtered by state, read page by page, refreshed while some
// are on their way; a row opens the delivery's detail.
import { useState } from 'react';
import { ActionIcon, Anchor, Group, SegmentedControl, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { useFormat } from '../../i18n/format.ts';
import type { PageAnswer } from '../../../../src/http/answers.ts';
import { WEBHOOK_DELIVERY_STATES } from '../../../../src/domain/webhooks/delivery-rules.ts';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ListState } from '../shared/list-state.tsx';
import { LoadMore } from '../shared/load-more.tsx';
import { PAGE_SIZE } from '../shared/queries.ts';
import { DeliveryDetail } from './delivery-detail.tsx';
import { DeliveryStateBadge } from './delivery-state-badge.tsx';
import { eventTypeLabel } from './webhook-labels.ts';
import { webhookKeys, type Delivery } from './webhook-types.ts';

/** How often the list is read again while a delivery is queued or being sent. */
const REFRESH_MS = 3000;

/** The panel of the webhook `webhookId`. */
export function DeliveriesPanel({ webhookId, active }: { webhookId: string; /** A switched-off webhook's deliveries wait: nothing to watch. */ active: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, setState] = useState('');
  const [open, setOpen] = useState<Delivery | null>(null);
  const list = useInfiniteQuery({
    queryKey: [...webhookKeys.deliveries(webhookId), state],
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (state) query.set('state', state);
      if (pageParam) query.set('cursor', pageParam);
      return api.get<PageAnswer<Delivery>>(`/api/v1/webhooks/${webhookId}/deliveries?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: (query) =>
      active && query.state.data?.pages.some((page) => page.items.some((d) => d.state === 'queued' || d.state === 'sending')) ? REFRESH_MS : false,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="webhook-deliveries-title">
      <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap">
        <Group gap="xs" align="center">
          <Title order={3} size="h4" id="webhook-deliveries-title">
            {t('webhooks.deliveries')}
          </Title>
          <Tooltip label={t('webhooks.refresh')} withArrow>
            <ActionIcon variant="subtle" color="gray.7" aria-label={t('webhooks.refresh')} loading={list.isRefetching} onClick={() => void list.refetch()}>
              <IconRefresh size={16} stroke={1.6} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        </Group>
        <SegmentedControl
          size="xs"
          aria-label={t('webhooks.filterState')}
          value={state}
          onChange={setState}
          data={[{ value: '', label: t('webhooks.allStates') }, ...WEBHOOK_DELIVERY_STATES.map((code) => ({ value: code, label: t(`webhooks.deliveryStates.${code}`) }))]}
        />
      </Group>
      <ListState pending={list.isPending} error={list.error} empty={list.isSuccess && items.length === 0} emptyText={state ? t('webhooks.noDeliveryInState') : t('webhooks.noDelivery')} />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="webhook-deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('webhooks.delivery.createdAt')}</Table.Th>
                <Table.Th scope="col">{t('webhooks.delivery.eventType')}</Table.Th>
                <Table.Th scope="col">{t('webhooks.stateLabel')}</Table.Th>
                <Table.Th scope="col">{t('webhooks.delivery.attempts')}</Table.Th>
                <Table.Th scope="col">{t('webhooks.delivery.lastStatus')}</Table.Th>
                <Table.Th scope="col">{t('webhooks.delivery.nextAttempt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                // The whole row opens the delivery for a mouse; the time is the keyboard's way in.
                <Table.Tr key={d.id} data-delivery={d.id} onClick={() => setOpen(d)} style={{ cursor: 'pointer' }}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      style={{ whiteSpace: 'nowrap' }}
                      onClick={(event) => {
                        event.stopPropagation();
                        setOpen(d);
                      }}
                    >
                      {format.dateTime(d.createdAt)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{eventTypeLabel(t, d.eventType)}</Text>
                    {d.replayOf && (
                      <Text size="xs" c="dimmed">
                        {t('webhooks.delivery.replay')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <DeliveryStateBadge state={d.state} />
                  </Table.Td>
                  <Table.Td>{format.number(d.attempts)}</Table.Td>
                  <Table.Td>{d.lastStatus ?? '—'}</Table.Td>
                  <Table.Td>{d.nextAttemptAt ? format.dateTime(d.nextAttemptAt) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.isSuccess && items.length > 0 && (
        <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={items.length} />
      )}
      <EditDrawer opened={open !== null} title={open ? eventTypeLabel(t, open.eventType) : ''} onClose={() => setOpen(null)}>
        {open && <DeliveryDetail webhookId={webhookId} delivery={open} active={active} />}
      </EditDrawer>
    </section>
  );
}
