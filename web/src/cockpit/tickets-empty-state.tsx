// The tickets area while the organization has none.
import { EmptyState, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';

/** Says there are no tickets yet, and where they will come from. */
export function TicketsEmptyState() {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <Stack gap="lg">
      <div>
        <Title order={2} id="page-title">
          {t('tickets.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {format.date(new Date(), 'full')}
        </Text>
      </div>
      <EmptyState title={t('tickets.empty')} description={t('tickets.emptyHint')} withIndicatorBackground />
    </Stack>
  );
}
