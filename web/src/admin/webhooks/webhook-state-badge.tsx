// A webhook's state as a badge with an icon: active, switched off by an admin, or switched off
// after failing tries in a row (with the date).
import { IconCircleCheck, IconHandStop, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { StatusBadge } from '../shared/status-badge.tsx';
import type { Webhook } from './webhook-types.ts';

const ICON = { size: 14, stroke: 1.8, 'aria-hidden': true } as const;

/** The badge; its words say the date a switched-off webhook stopped. */
export function WebhookStateBadge({ webhook }: { webhook: Webhook }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (webhook.active) {
    return (
      <StatusBadge tone="ok" leftSection={<IconCircleCheck {...ICON} />} data-testid="webhook-state">
        {t('webhooks.state.active')}
      </StatusBadge>
    );
  }
  const date = webhook.disabledAt ? format.dateTime(webhook.disabledAt) : '—';
  if (webhook.disabledReason === 'failures') {
    return (
      <StatusBadge tone="bad" leftSection={<IconPlugConnectedX {...ICON} />} data-testid="webhook-state">
        {t('webhooks.state.failures', { date })}
      </StatusBadge>
    );
  }
  return (
    <StatusBadge tone="neutral" leftSection={<IconHandStop {...ICON} />} data-testid="webhook-state">
      {t('webhooks.state.admin', { date })}
    </StatusBadge>
  );
}
