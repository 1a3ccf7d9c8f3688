// "API tokens": a user's tokens (their name, when made, until when, last used) with a revoke
// button each. The same section shows on one's own account page and in the admin's user drawer.
import { Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { useFormat } from '../../i18n/format.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { ListTable } from '../shared/list-table.tsx';
import { StatusBadge } from '../shared/status-badge.tsx';

interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** `path` is /api/v1/me/tokens, or /api/v1/users/{id}/tokens for an administrator. */
export function ApiTokensSection({ path }: { path: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['api-tokens', path], queryFn: () => api.get<{ data: ApiToken[] }>(path) });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`${path}/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-tokens', path] }),
  });
  const now = Date.now();
  const state = (token: ApiToken) =>
    token.revokedAt ? (
      <StatusBadge tone="neutral" size="sm">{t('apiTokens.revoked', { date: format.date(token.revokedAt) })}</StatusBadge>
    ) : new Date(token.expiresAt).getTime() <= now ? (
      <StatusBadge tone="neutral" size="sm">{t('apiTokens.expired')}</StatusBadge>
    ) : (
      <StatusBadge tone="ok" size="sm">{t('apiTokens.active')}</StatusBadge>
    );

  return (
    <Stack gap="sm" data-testid="api-tokens">
      <Title order={3} size="h4">{t('apiTokens.title')}</Title>
      <Text size="sm" c="dimmed">{t('apiTokens.intro')}</Text>
      <ListTable
        pending={list.isPending}
        error={list.error}
        emptyText={t('apiTokens.empty')}
        items={list.data?.data ?? []}
        columns={[
          { header: t('apiTokens.name'), rowHeader: 'medium', cell: (token) => token.name },
          { header: t('apiTokens.prefix'), cell: (token) => <Text size="sm" ff="monospace">{token.prefix}…</Text> },
          { header: t('apiTokens.created'), cell: (token) => format.date(token.createdAt) },
          { header: t('apiTokens.expires'), cell: (token) => format.date(token.expiresAt) },
          { header: t('apiTokens.lastUsed'), cell: (token) => (token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('apiTokens.never')) },
          { header: t('apiTokens.state'), cell: state },
        ]}
        actions={(token) =>
          token.revokedAt || new Date(token.expiresAt).getTime() <= now ? null : (
            <ConfirmButton
              variant="default"
              color="red.9"
              size="compact-sm"
              loading={revoke.isPending && revoke.variables === token.id}
              label={t('apiTokens.revoke')}
              ariaLabel={t('apiTokens.revokeNamed', { name: token.name })}
              title={t('apiTokens.revokeTitle')}
              question={t('apiTokens.revokeQuestion', { name: token.name })}
              confirmLabel={t('apiTokens.revokeConfirm')}
              onConfirm={() => revoke.mutate(token.id)}
            />
          )
        }
      />
      <ErrorAlert error={revoke.error} />
    </Stack>
  );
}
