// /articles/new and /articles/:id: an article's title, rich text, category, audience, language,
// its publication (now, or at a set time) and its files. A new article is saved as a draft first;
// files join once it exists.
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, FileButton, Group, List, Loader, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { api } from '../api.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useFormat } from '../i18n/format.ts';
import { RichTextEditor } from '../ui/rich-text-editor.tsx';
import { DateTimeInput, fromLocalInput } from '../ui/date-time-input.tsx';
import type { Audience } from '../../../src/domain/community/audience.ts';
import { AudiencePicker } from './audience-picker.tsx';
import { categoryOptions } from './article-categories.ts';
import { STATE_COLOURS, type ArticleAnswer } from './article-types.ts';

interface Draft {
  title: string;
  body: string;
  category: string | null;
  audience: Audience;
  language: 'fr' | 'en';
}

function Editor({ answer }: { answer?: ArticleAnswer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const article = answer?.article;
  const [draft, setDraft] = useState<Draft>(() => ({
    title: article?.title ?? '', body: article?.body ?? '', category: article?.category ?? null, audience: article?.audience ?? { agency: true }, language: article?.language ?? 'fr',
  }));
  const [publishAt, setPublishAt] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: ['articles'] });
    await queryClient.invalidateQueries({ queryKey: ['article', id] });
  };

  const save = useMutation({
    mutationFn: async (then: 'draft' | 'publish' | 'schedule') => {
      const body = { ...draft, title: draft.title.trim() };
      const saved = article ? await api.patch<ArticleAnswer>(`/api/v1/articles/${article.id}`, body) : await api.post<ArticleAnswer>('/api/v1/articles', body);
      const id = saved.article.id;
      if (then === 'publish') await api.post(`/api/v1/articles/${id}/publish`, {});
      if (then === 'schedule') await api.post(`/api/v1/articles/${id}/publish`, { publishAt: fromLocalInput(publishAt) });
      return id;
    },
    onSuccess: async (id) => {
      setProblem(null);
      await refresh(id);
      if (!article) navigate(`/articles/${id}`);
    },
    onError: (error) => setProblem(errorMessage(t, error)),
  });
  const act = useMutation({
    mutationFn: async (action: 'archive' | 'delete') => {
      if (action === 'archive') await api.post(`/api/v1/articles/${article!.id}/archive`);
      else await api.delete(`/api/v1/articles/${article!.id}`);
      return action;
    },
    onSuccess: async (action) => {
      await refresh(article!.id);
      if (action === 'delete') navigate('/articles');
    },
    onError: (error) => setProblem(errorMessage(t, error)),
  });
  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      const form = new FormData();
      for (const file of files) form.append('files', file);
      await api.post(`/api/v1/articles/${article!.id}/files`, form);
    },
    onSuccess: () => refresh(article!.id),
    onError: (error) => setProblem(errorMessage(t, error)),
  });
  const removeFile = useMutation({
    mutationFn: (fileId: string) => api.delete(`/api/v1/articles/${article!.id}/files/${fileId}`),
    onSuccess: () => refresh(article!.id),
  });
  const busy = save.isPending || act.isPending;

  return (
    <Stack gap="md" maw={860}>
      <Anchor component={Link} href="/articles" size="sm">{t('articles.back')}</Anchor>
      <Group justify="space-between">
        <Title order={2} id="page-title">{article ? article.title : t('articles.new')}</Title>
        {article && (
          <Group gap="xs">
            <Badge color={STATE_COLOURS[article.state]} variant="light">{t(`articles.states.${article.state}`)}</Badge>
            <Text size="sm" c="dimmed">{t('articles.viewCount', { count: article.viewCount })}</Text>
          </Group>
        )}
      </Group>
      {article?.state === 'published' && article.publishAt && (
        <Text size="sm">{t('articles.publishedFrom', { at: format.dateTime(article.publishAt) })}</Text>
      )}
      {problem && <Alert color="red" role="alert">{problem}</Alert>}
      <TextInput label={t('articles.fields.title')} required value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
      <RichTextEditor label={t('articles.fields.body')} initialValue={draft.body} minHeight={220} onChange={(body) => setDraft((d) => ({ ...d, body }))} />
      <Group grow align="start">
        <Select label={t('articles.fields.category')} clearable data={categoryOptions(t)} value={draft.category} onChange={(category) => setDraft({ ...draft, category })} />
        <Stack gap={4}>
          <Text fw={500} size="sm">{t('articles.fields.language')}</Text>
          <SegmentedControl
            value={draft.language}
            onChange={(language) => setDraft({ ...draft, language: language as 'fr' | 'en' })}
            data={[{ value: 'fr', label: t('articles.languages.fr') }, { value: 'en', label: t('articles.languages.en') }]}
          />
        </Stack>
      </Group>
      <AudiencePicker value={draft.audience} onChange={(audience) => setDraft({ ...draft, audience })} />
      <Group align="end">
        <Button variant="default" loading={save.isPending && save.variables === 'draft'} disabled={busy} onClick={() => save.mutate('draft')}>
          {article && article.state !== 'draft' ? t('articles.save') : t('articles.saveDraft')}
        </Button>
        <Button loading={save.isPending && save.variables === 'publish'} disabled={busy} onClick={() => save.mutate('publish')}>{t('articles.publishNow')}</Button>
        <DateTimeInput label={t('articles.publishAt')} value={publishAt} onChange={setPublishAt} />
        <Button variant="light" disabled={busy || !fromLocalInput(publishAt)} onClick={() => save.mutate('schedule')}>{t('articles.schedule')}</Button>
      </Group>
      {article && (
        <Stack gap="xs">
          <Text fw={500} size="sm">{t('articles.files')}</Text>
          {answer.files.length === 0 ? (
            <Text size="sm" c="dimmed">{t('articles.noFiles')}</Text>
          ) : (
            <List size="sm">
              {answer.files.map((file) => (
                <List.Item key={file.id}>
                  <Group gap="xs">
                    <Anchor href={file.url} target="_blank">{file.filename}</Anchor>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => removeFile.mutate(file.id)}>{t('articles.removeFile')}</Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          <Group>
            <FileButton multiple onChange={(files) => files.length > 0 && upload.mutate(files)}>
              {(props) => <Button {...props} variant="default" leftSection={<IconPaperclip size={16} />} loading={upload.isPending}>{t('articles.addFiles')}</Button>}
            </FileButton>
          </Group>
          <Group mt="md">
            {article.state === 'published' && <Button variant="default" disabled={busy} onClick={() => act.mutate('archive')}>{t('articles.archive')}</Button>}
            <Button variant="subtle" color="red" disabled={busy} onClick={() => window.confirm(t('articles.confirmDelete')) && act.mutate('delete')}>{t('articles.delete')}</Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

export default function ArticleEditorPage({ params }: { params: Record<string, string | undefined> }) {
  const id = params.id === 'new' ? undefined : params.id;
  const query = useQuery({ queryKey: ['article', id], queryFn: () => api.get<ArticleAnswer>(`/api/v1/articles/${id}`), enabled: !!id });
  if (!id) return <Editor />;
  if (query.isLoading) return <Loader />;
  if (query.error) return <Alert color="red">{query.error.message}</Alert>;
  // One editor per article version loaded: the rich text starts from what was saved.
  return <Editor key={query.data!.article.updatedAt} answer={query.data!} />;
}
