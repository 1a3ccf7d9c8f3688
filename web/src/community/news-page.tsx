// /news: the agency's wall, newest first, with each post's state in words and its counts; a
// filter for what to moderate (reported or hidden); the residents stopped from posting, whom a
// manager lets post again. "Nouvelle publication" opens the editor.
import { useState } from 'react';
import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../api.ts';
import { useFormat } from '../i18n/format.ts';
import { usePagedList } from '../admin/shared/queries.ts';
import { LoadMore } from '../admin/shared/load-more.tsx';
import { NewsStateBadge } from './news-state-badge.tsx';
import type { NewsBan, NewsPost } from './news-types.ts';

export const NEWS_BANS_KEY = ['news-bans'];

function Bans() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const bans = useQuery({ queryKey: NEWS_BANS_KEY, queryFn: () => api.get<{ items: NewsBan[] }>('/api/v1/news/bans') });
  const unban = useMutation({
    mutationFn: (personId: string) => api.delete(`/api/v1/news/bans/${personId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NEWS_BANS_KEY }),
  });
  const items = bans.data?.items ?? [];
  return (
    <Stack gap="xs" aria-labelledby="news-bans">
      <Title order={3} size="h4" id="news-bans">{t('news.bans.title')}</Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">{t('news.bans.none')}</Text>
      ) : (
        <Table verticalSpacing={4} data-testid="news-bans">
          <Table.Tbody>
            {items.map((ban) => (
              <Table.Tr key={ban.personId}>
                <Table.Td>{ban.name}</Table.Td>
                <Table.Td c="dimmed">{ban.reason ?? ''}</Table.Td>
                <Table.Td>{format.date(ban.createdAt)}</Table.Td>
                <Table.Td><Button size="compact-xs" variant="subtle" loading={unban.isPending && unban.variables === ban.personId} onClick={() => unban.mutate(ban.personId)}>{t('news.bans.unban')}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export default function NewsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [view, setView] = useState<'all' | 'moderation'>('all');
  const list = usePagedList<NewsPost>('news', '/api/v1/news', view === 'moderation' ? { moderation: 'true' } : {});

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} id="page-title">{t('news.title')}</Title>
        <Button component={Link} href="/news/new" leftSection={<IconPlus size={16} />}>{t('news.new')}</Button>
      </Group>
      <SegmentedControl w={320} value={view} onChange={(v) => setView(v as 'all' | 'moderation')} data={[{ value: 'all', label: t('news.views.all') }, { value: 'moderation', label: t('news.views.moderation') }]} />
      {list.items.length === 0 && !list.isLoading ? (
        <Text c="dimmed">{t(view === 'moderation' ? 'news.nothingToModerate' : 'news.empty')}</Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing={6} data-testid="news-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('news.fields.title')}</Table.Th>
              <Table.Th>{t('news.author')}</Table.Th>
              <Table.Th>{t('news.state')}</Table.Th>
              <Table.Th>{t('news.counts')}</Table.Th>
              <Table.Th>{t('news.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((post) => (
              <Table.Tr key={post.id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {post.kind === 'urgent' && <Badge color="orange" size="sm" leftSection={<IconAlertTriangle size={12} />}>{t('news.kinds.urgent')}</Badge>}
                    <Anchor component={Link} href={`/news/${post.id}`}>{post.title}</Anchor>
                  </Group>
                </Table.Td>
                <Table.Td>{post.author.name}</Table.Td>
                <Table.Td><NewsStateBadge post={post} /></Table.Td>
                <Table.Td>
                  <Text size="sm">{t('news.countsLine', { likes: format.number(post.likeCount), comments: format.number(post.commentCount) })}</Text>
                  {post.reportCount > 0 && <Text size="sm" c="red.8">{t('news.reportCount', { count: post.reportCount })}</Text>}
                </Table.Td>
                <Table.Td>{format.dateTime(post.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <LoadMore hasMore={!!list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={list.items.length} />
      <Bans />
    </Stack>
  );
}
