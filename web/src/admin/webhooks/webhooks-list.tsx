// The agency's webhooks as a table: where each posts, what it receives (in words), its state,
// its deliveries by state and its secret's hint; each row opens the webhook or its form.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EditButton } from '../shared/edit-button.tsx';
import { ListTable } from '../shared/list-table.tsx';
import { eventTypeLabel } from './webhook-labels.ts';
import { WebhookCounts } from './webhook-counts.tsx';
import { WebhookStateBadge } from './webhook-state-badge.tsx';
import type { Webhook } from './webhook-types.ts';

interface Props {
  list: { isPending: boolean; error: unknown; data: Webhook[] | undefined };
  onEdit: (webhook: Webhook) => void;
}

/** The link to one webhook's page (its deliveries and actions). */
export const webhookHref = (id: string) => `/admin/webhooks?webhook=${id}`;

/** The table, or why there is none. */
export function WebhooksList({ list, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <ListTable
      pending={list.isPending}
      error={list.error}
      emptyText={t('webhooks.empty')}
      items={list.data ?? []}
      minWidth={1000}
      data-testid="webhooks-table"
      columns={[
        {
          header: t('webhooks.url'),
          rowHeader: 'plain',
          cell: (w) => (
            <Stack gap={0} maw={360}>
              <Anchor component={Link} href={webhookHref(w.id)} size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                {w.url}
              </Anchor>
              {w.description && (
                <Text size="xs" c="dimmed">
                  {w.description}
                </Text>
              )}
            </Stack>
          ),
        },
        { header: t('webhooks.eventTypes'), cell: (w) => <Text size="sm">{w.eventTypes.map((type) => eventTypeLabel(t, type)).join(', ')}</Text> },
        { header: t('webhooks.stateLabel'), cell: (w) => <WebhookStateBadge webhook={w} /> },
        { header: t('webhooks.deliveries'), cell: (w) => <WebhookCounts counts={w.counts} /> },
        { header: t('webhooks.secretHint'), cell: (w) => <Text size="sm" ff="monospace">…{w.secretHint}</Text> },
      ]}
      actions={(w) => (
        <Group gap="xs" wrap="nowrap">
          <Button component={Link} href={webhookHref(w.id)} size="compact-sm" variant="default" aria-label={t('webhooks.openNamed', { url: w.url })}>
            {t('webhooks.open')}
          </Button>
          <EditButton name={w.url} onClick={() => onEdit(w)} />
        </Group>
      )}
    />
  );
}
