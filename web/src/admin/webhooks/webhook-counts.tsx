// A webhook's deliveries counted by state, in one dense line ("3 en file · 120 livrées · 1 en échec").
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { Webhook } from './webhook-types.ts';

/** Queued (with those being sent), delivered and failed. */
export function WebhookCounts({ counts }: { counts: Webhook['counts'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="webhook-counts">
      {t('webhooks.counts.queued', { n: format.number(counts.queued + counts.sending) })} · {t('webhooks.counts.delivered', { count: counts.delivered, n: format.number(counts.delivered) })} ·{' '}
      <Text span size="sm" c={counts.failed > 0 ? 'red.9' : undefined} fw={counts.failed > 0 ? 600 : undefined}>
        {t('webhooks.counts.failed', { n: format.number(counts.failed) })}
      </Text>
    </Text>
  );
}
