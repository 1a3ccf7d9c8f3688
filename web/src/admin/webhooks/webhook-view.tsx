// One webhook's page (/admin/webhooks?webhook=<id>): a warning with "switch on again" when it is
// off, its facts, its actions (change, switch off or on, renew the secret, remove) and its
// deliveries.
import { useState, type ReactNode } from 'react';
import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { api } from '../../api.ts';
import { useFormat } from '../../i18n/format.ts';
import { AdminPage } from '../shared/admin-page.tsx';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { EditDrawer } from '../shared/edit-drawer.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { ListState } from '../shared/list-state.tsx';
import { SavedNotice } from '../shared/saved-notice.tsx';
import { WarningAlert } from '../shared/warning-alert.tsx';
import { DeliveriesPanel } from './deliveries-panel.tsx';
import { SecretReveal } from './secret-reveal.tsx';
import { useWebhookCalls } from './use-webhooks.ts';
import { WebhookCounts } from './webhook-counts.tsx';
import { WebhookForm } from './webhook-form.tsx';
import { eventTypeLabel } from './webhook-labels.ts';
import { WebhookStateBadge } from './webhook-state-badge.tsx';
import { webhookKeys, type Webhook } from './webhook-types.ts';
import { WEBHOOK_RULES } from '../../../../src/domain/webhooks/delivery-rules.ts';
import { FactsTable } from '../shared/facts-table.tsx';

/** The page of the webhook `id`. */
export function WebhookView({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: [...webhookKeys.all, 'one', id], queryFn: () => api.get<Webhook>(`/api/v1/webhooks/${id}`) });
  const back = (
    <Anchor component={Link} href="/admin/webhooks" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} stroke={1.8} aria-hidden="true" />
        {t('webhooks.back')}
      </Group>
    </Anchor>
  );
  if (!query.data) {
    return (
      <AdminPage title={t('webhooks.title')}>
        {back}
        <ListState pending={query.isPending} error={query.error} empty={false} emptyText="" />
      </AdminPage>
    );
  }
  return <WebhookLoaded webhook={query.data} back={back} />;
}

function WebhookLoaded({ webhook, back }: { webhook: Webhook; back: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const calls = useWebhookCalls();
  const [editing, setEditing] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const switchTo = (active: boolean) =>
    calls.switchTo.mutate({ id: webhook.id, active }, { onSuccess: () => setNotice(active ? t('webhooks.switchedOn') : t('webhooks.switchedOff')) });
  const rows: [string, ReactNode][] = [
    [t('webhooks.url'), <Text key="url" size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>{webhook.url}</Text>],
    [t('webhooks.form.description'), webhook.description || '—'],
    [t('webhooks.eventTypes'), webhook.eventTypes.map((type) => eventTypeLabel(t, type)).join(', ')],
    [t('webhooks.stateLabel'), <WebhookStateBadge key="state" webhook={webhook} />],
    [t('webhooks.deliveries'), <WebhookCounts key="counts" counts={webhook.counts} />],
    [t('webhooks.secretHint'), <Text key="hint" size="sm" ff="monospace">…{webhook.secretHint}</Text>],
    [t('webhooks.createdAt'), format.dateTime(webhook.createdAt)],
  ];
  const actions = (
    <>
      <Button variant="default" onClick={() => setEditing(true)}>
        {t('common.modify')}
      </Button>
      {webhook.active && (
        <Button variant="default" loading={calls.switchTo.isPending} onClick={() => switchTo(false)}>
          {t('webhooks.switchOff')}
        </Button>
      )}
      <ConfirmButton
        variant="default"
        loading={calls.renew.isPending}
        label={t('webhooks.renew')}
        title={t('webhooks.renewTitle')}
        question={t('webhooks.renewQuestion')}
        confirmLabel={t('webhooks.renewConfirm')}
        onConfirm={() => calls.renew.mutate(webhook.id, { onSuccess: (renewed) => setSecret(renewed.secret) })}
      />
      <ConfirmButton
        variant="default"
        color="red.9"
        loading={calls.remove.isPending}
        label={t('webhooks.remove')}
        title={t('webhooks.removeTitle')}
        question={t('webhooks.removeQuestion', { url: webhook.url })}
        confirmLabel={t('webhooks.removeConfirm')}
        onConfirm={() =>
          calls.remove.mutate(webhook.id, {
            onSuccess: () => {
              navigate('/admin/webhooks', { replace: true });
              void calls.refresh();
            },
          })
        }
      />
    </>
  );
  return (
    <AdminPage title={webhook.description || hostOf(webhook.url)} description={t('webhooks.viewIntro')} actions={actions}>
      {back}
      {!webhook.active && (
        <WarningAlert
          title={webhook.disabledReason === 'failures' ? t('webhooks.offFailuresTitle') : t('webhooks.offAdminTitle')}
          data-testid="webhook-off"
        >
          <Text size="sm" mb="xs">
            {webhook.disabledReason === 'failures'
              ? t('webhooks.offFailures', { count: WEBHOOK_RULES.disableAfterFailures, date: webhook.disabledAt ? format.dateTime(webhook.disabledAt) : '—' })
              : t('webhooks.offAdmin')}
          </Text>
          <Button size="compact-sm" loading={calls.switchTo.isPending} onClick={() => switchTo(true)}>
            {t('webhooks.switchOn')}
          </Button>
        </WarningAlert>
      )}
      <SavedNotice message={notice} />
      <ErrorAlert error={calls.switchTo.error ?? calls.renew.error ?? calls.remove.error} title={t('webhooks.notDone')} />
      <FactsTable rows={rows} labelWidth={200} testId="webhook-facts" />
      <DeliveriesPanel webhookId={webhook.id} active={webhook.active} />
      <EditDrawer opened={editing} title={t('webhooks.edit')} onClose={() => setEditing(false)} size="lg">
        <WebhookForm
          webhook={webhook}
          onSaved={(saved) => {
            setEditing(false);
            setNotice(t('webhooks.saved', { url: saved.url }));
          }}
          onCancel={() => setEditing(false)}
        />
      </EditDrawer>
      <SecretReveal secret={secret} created={false} onClose={() => setSecret(null)} />
    </AdminPage>
  );
}

/** The host a URL posts to, as the page's title of a webhook without a description. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
