// /contractors/{id}: a contractor as the managers see it — its trades and contacts, then its
// "Fiche de performance".
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api.ts';
import { AdminPage } from '../../admin/shared/admin-page.tsx';
import { ErrorAlert } from '../../admin/shared/error-alert.tsx';
import { Loading } from '../../admin/shared/loading.tsx';
import type { ContractorAnswer as Contractor } from '../../../../src/http/answers.ts';
import { ScorecardSection } from './scorecard-section.tsx';

/** The page of one contractor. */
export default function ContractorPage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const contractor = useQuery({ queryKey: ['contractor', params.id], queryFn: () => api.get<Contractor>(`/api/v1/contractors/${params.id}`) });
  const c = contractor.data;
  return (
    <AdminPage title={c?.name ?? t('scorecard.listTitle')}>
      <Anchor component={Link} href="/contractors" size="sm">
        {t('scorecard.back')}
      </Anchor>
      {contractor.isPending && <Loading />}
      {contractor.error && <ErrorAlert error={contractor.error} />}
      {c && (
        <Stack gap="lg">
          <Stack gap={4}>
            <Group gap="xs">
              {c.trades.map((code) => (
                <Badge key={code} variant="light">
                  {t(`codes.trade.${code}`, { defaultValue: code })}
                </Badge>
              ))}
              {!c.active && <Badge color="gray">{t('scorecard.inactive')}</Badge>}
            </Group>
            <Text size="sm">{[...c.emails, ...c.phones].join(' · ') || '—'}</Text>
          </Stack>
          <ScorecardSection contractorId={c.id} />
        </Stack>
      )}
    </AdminPage>
  );
}
