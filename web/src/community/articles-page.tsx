// /articles: the agency's info articles, last changed first, with their state and view count;
// filters by state and words; "Nouvel article" opens the editor.
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../i18n/format.ts';
import { usePagedList } from '../admin/shared/queries.ts';
import { LoadMore } from '../admin/shared/load-more.tsx';
import { ARTICLE_STATES } from '../../../src/domain/community/articles.ts';
import { STATE_COLOURS, type Article } from './article-types.ts';
import { categoryLabel } from './article-categories.ts';

export default function ArticlesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, setState] = useState<string | null>(null);
  const [words, setWords] = useState('');
  const [q] = useDebouncedValue(words.trim(), 300);
  const list = usePagedList<Article>('articles', '/api/v1/articles', { ...(state ? { state } : {}), ...(q ? { q } : {}) });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} id="page-title">{t('articles.title')}</Title>
        <Button component={Link} href="/articles/new" leftSection={<IconPlus size={16} />}>{t('articles.new')}</Button>
      </Group>
      <Group align="end">
        <TextInput label={t('articles.search')} value={words} onChange={(e) => setWords(e.currentTarget.value)} w={280} />
        <Select
          label={t('articles.state')}
          placeholder={t('articles.allStates')}
          clearable
          data={ARTICLE_STATES.map((s) => ({ value: s, label: t(`articles.states.${s}`) }))}
          value={state}
          onChange={setState}
          w={200}
        />
      </Group>
      {list.items.length === 0 && !list.isLoading ? (
        <Text c="dimmed">{t('articles.empty')}</Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('articles.fields.title')}</Table.Th>
              <Table.Th>{t('articles.fields.category')}</Table.Th>
              <Table.Th>{t('articles.state')}</Table.Th>
              <Table.Th>{t('articles.views')}</Table.Th>
              <Table.Th>{t('articles.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((article) => (
              <Table.Tr key={article.id}>
                <Table.Td>
                  <Anchor component={Link} href={`/articles/${article.id}`}>{article.title}</Anchor>
                </Table.Td>
                <Table.Td>{categoryLabel(t, article.category)}</Table.Td>
                <Table.Td>
                  <Badge color={STATE_COLOURS[article.state]} variant="light">
                    {article.state === 'published' && article.publishAt && new Date(article.publishAt) > new Date()
                      ? t('articles.scheduled', { at: format.dateTime(article.publishAt) })
                      : t(`articles.states.${article.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{article.viewCount}</Table.Td>
                <Table.Td>{format.dateTime(article.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <LoadMore hasMore={!!list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} shown={list.items.length} />
    </Stack>
  );
}
