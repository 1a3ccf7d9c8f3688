// /news/new and /news/:id: a post's kind (info or urgent), title, rich text, audience, end date
// (required for urgent: pinned until then; any post leaves the wall then), comments and likes,
// its publication (now, or at a set time: an urgent post is then emailed to its audience, and
// texted to who chose SMS) and its files; then what residents did with it: comments (remove,
// restore), reports, restore or remove the post, stop an author from posting. /news/new?ticket=N
// writes the post of ticket N (for its building; its incident updates come under it).
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, FileButton, Group, Image, List, Loader, Paper, SegmentedControl, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconBan, IconPaperclip } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { api } from '../api.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useFormat } from '../i18n/format.ts';
import { RichTextEditor } from '../ui/rich-text-editor.tsx';
import { DateTimeInput, fromLocalInput, toLocalInput } from '../ui/date-time-input.tsx';
import type { Audience } from '../../../src/domain/community/audience.ts';
import type { NewsKind } from '../../../src/domain/community/news.ts';
import { AudiencePicker } from './audience-picker.tsx';
import { NewsStateBadge } from './news-state-badge.tsx';
import { NEWS_BANS_KEY } from './news-page.tsx';
import type { NewsAnswer, NewsAuthor, NewsComment } from './news-types.ts';

interface Draft {
  kind: NewsKind;
  title: string;
  body: string;
  audience: Audience;
  endsAt: string;
  commentsAllowed: boolean;
  likesAllowed: boolean;
}

function BanButton({ author }: { author: NewsAuthor }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const ban = useMutation({
    mutationFn: () => api.put(`/api/v1/news/bans/${author.personId}`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NEWS_BANS_KEY }),
  });
  if (author.kind !== 'resident' || !author.personId) return null;
  if (ban.isSuccess) return <Text size="xs" c="dimmed">{t('news.bans.done', { name: author.name })}</Text>;
  return (
    <Button size="compact-xs" variant="subtle" color="red" leftSection={<IconBan size={12} />} loading={ban.isPending} onClick={() => window.confirm(t('news.bans.confirm', { name: author.name })) && ban.mutate()}>
      {t('news.bans.ban')}
    </Button>
  );
}

function Comments({ answer, refresh }: { answer: NewsAnswer; refresh: () => Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState('');
  const postId = answer.post.id;
  const change = useMutation({
    mutationFn: async ({ comment, action }: { comment: NewsComment; action: 'remove' | 'restore' }) =>
      action === 'remove' ? api.delete(`/api/v1/news/${postId}/comments/${comment.id}`) : api.post(`/api/v1/news/${postId}/comments/${comment.id}/restore`),
    onSuccess: refresh,
  });
  const add = useMutation({
    mutationFn: () => api.post(`/api/v1/news/${postId}/comments`, { body: text.trim() }),
    onSuccess: async () => { setText(''); await refresh(); },
  });
  const reportsOf = (commentId: string | null) => answer.reports.filter((r) => r.commentId === commentId);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">{t('news.comments.title', { count: answer.comments.length })}</Title>
      {answer.comments.length === 0 && <Text size="sm" c="dimmed">{t('news.comments.none')}</Text>}
      {answer.comments.map((comment) => (
        <Paper key={comment.id} withBorder p="xs" data-testid="news-comment" opacity={comment.removedAt ? 0.6 : 1}>
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <Text size="sm" fw={500}>{comment.author.name}</Text>
              <Text size="xs" c="dimmed">{format.dateTime(comment.createdAt)}</Text>
              {comment.hiddenAt && !comment.removedAt && <Badge color="red" variant="light" size="sm">{t('news.states.hidden')}</Badge>}
              {comment.removedAt && <Badge color="dark" variant="light" size="sm">{t('news.states.removed')}</Badge>}
              {comment.reportCount > 0 && <Text size="xs" c="red.8">{t('news.reportCount', { count: comment.reportCount })}</Text>}
            </Group>
            <Group gap={4}>
              {(comment.hiddenAt || comment.removedAt) && <Button size="compact-xs" variant="subtle" onClick={() => change.mutate({ comment, action: 'restore' })}>{t('news.restore')}</Button>}
              {!comment.removedAt && <Button size="compact-xs" variant="subtle" color="red" onClick={() => change.mutate({ comment, action: 'remove' })}>{t('news.comments.remove')}</Button>}
              <BanButton author={comment.author} />
            </Group>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{comment.body}</Text>
          {reportsOf(comment.id).map((r) => <Text key={r.id} size="xs" c="dimmed">{t('news.reportedBy', { name: r.personName, at: format.dateTime(r.createdAt) })}{r.reason ? ` — ${r.reason}` : ''}</Text>)}
        </Paper>
      ))}
      <Group align="end">
        <TextInput flex={1} label={t('news.comments.asAgency')} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={4000} />
        <Button variant="default" disabled={!text.trim()} loading={add.isPending} onClick={() => add.mutate()}>{t('news.comments.send')}</Button>
      </Group>
    </Stack>
  );
}

function Editor({ answer, ticketNumber }: { answer?: NewsAnswer; ticketNumber?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const post = answer?.post;
  const [draft, setDraft] = useState<Draft>(() => ({
    kind: post?.kind ?? 'info', title: post?.title ?? '', body: post?.body ?? '', audience: post?.audience ?? { agency: true },
    endsAt: toLocalInput(post?.endsAt), commentsAllowed: post?.commentsAllowed ?? true, likesAllowed: post?.likesAllowed ?? true,
  }));
  // A ticket's post is for its building unless the manager picks another audience.
  const [ownAudience, setOwnAudience] = useState(!ticketNumber);
  const [publishAt, setPublishAt] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = async (id: string) => {
    await queryClient.invalidateQueries({ queryKey: ['news'] });
    await queryClient.invalidateQueries({ queryKey: ['news-post', id] });
  };
  const editable = !post || post.author.kind === 'agency';

  const save = useMutation({
    mutationFn: async (then: 'draft' | 'publish' | 'schedule') => {
      const fields = {
        kind: draft.kind, title: draft.title.trim(), body: draft.body, endsAt: fromLocalInput(draft.endsAt) ?? null,
        commentsAllowed: draft.commentsAllowed, likesAllowed: draft.likesAllowed, ...(ownAudience ? { audience: draft.audience } : {}),
      };
      const saved = post
        ? await api.patch<NewsAnswer>(`/api/v1/news/${post.id}`, fields)
        : await api.post<NewsAnswer>('/api/v1/news', { ...fields, ...(ticketNumber ? { ticketNumber } : {}) });
      const id = saved.post.id;
      if (then === 'publish') await api.post(`/api/v1/news/${id}/publish`, {});
      if (then === 'schedule') await api.post(`/api/v1/news/${id}/publish`, { publishAt: fromLocalInput(publishAt) });
      return id;
    },
    onSuccess: async (id) => {
      setProblem(null);
      await refresh(id);
      if (!post) navigate(`/news/${id}`);
    },
    onError: (error) => setProblem(errorMessage(t, error)),
  });
  const act = useMutation({
    mutationFn: async (action: 'restore' | 'remove' | 'unpublish' | 'delete') => {
      if (action === 'delete') await api.delete(`/api/v1/news/${post!.id}`);
      else await api.post(`/api/v1/news/${post!.id}/${action}`);
      return action;
    },
    onSuccess: async (action) => {
      await refresh(post!.id);
      if (action === 'delete') navigate('/news');
    },
    onError: (error) => setProblem(errorMessage(t, error)),
  });
  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      const form = new FormData();
      for (const file of files) form.append('files', file);
      await api.post(`/api/v1/news/${post!.id}/files`, form);
    },
    onSuccess: () => refresh(post!.id),
    onError: (error) => setProblem(errorMessage(t, error)),
  });
  const removeFile = useMutation({
    mutationFn: (fileId: string) => api.delete(`/api/v1/news/${post!.id}/files/${fileId}`),
    onSuccess: () => refresh(post!.id),
  });
  const busy = save.isPending || act.isPending;
  const urgentSent = !!post?.fannedOutAt;

  return (
    <Stack gap="md" maw={860}>
      <Anchor component={Link} href="/news" size="sm">{t('news.back')}</Anchor>
      <Group justify="space-between">
        <Title order={2} id="page-title">{post ? post.title : t('news.new')}</Title>
        {post && (
          <Group gap="xs">
            <NewsStateBadge post={post} />
            <Text size="sm" c="dimmed">{t('news.countsLine', { likes: format.number(post.likeCount), comments: format.number(post.commentCount) })}</Text>
          </Group>
        )}
      </Group>
      {(ticketNumber ?? post?.ticketNumber) && (
        <Text size="sm">
          {t('news.ticket.carries')}{' '}
          <Anchor component={Link} href={`/tickets/${ticketNumber ?? post?.ticketNumber}`}>{t('news.ticket.number', { number: ticketNumber ?? post?.ticketNumber })}</Anchor>
        </Text>
      )}
      {post && <Text size="sm" c="dimmed">{t('news.writtenBy', { name: post.author.name })}</Text>}
      {urgentSent && <Alert color="orange" variant="light">{t('news.sentAt', { at: format.dateTime(post!.fannedOutAt!) })}</Alert>}
      {problem && <Alert color="red" role="alert">{problem}</Alert>}
      {editable ? (
        <>
          <SegmentedControl
            w={320}
            value={draft.kind}
            onChange={(kind) => setDraft({ ...draft, kind: kind as NewsKind })}
            data={[{ value: 'info', label: t('news.kinds.info') }, { value: 'urgent', label: t('news.kinds.urgent') }]}
            disabled={urgentSent}
          />
          <Text size="sm" c="dimmed">{t(draft.kind === 'urgent' ? 'news.kindHelp.urgent' : 'news.kindHelp.info')}</Text>
          <TextInput label={t('news.fields.title')} required value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
          <RichTextEditor label={t('news.fields.body')} initialValue={draft.body} minHeight={180} onChange={(body) => setDraft((d) => ({ ...d, body }))} />
          {ownAudience ? (
            <AudiencePicker value={draft.audience} onChange={(audience) => setDraft({ ...draft, audience })} />
          ) : (
            <Group gap="xs">
              <Text size="sm">{t('news.ticket.audience')}</Text>
              <Button size="compact-xs" variant="subtle" onClick={() => setOwnAudience(true)}>{t('news.ticket.otherAudience')}</Button>
            </Group>
          )}
          <Group align="end">
            <DateTimeInput label={t('news.fields.endsAt')} required={draft.kind === 'urgent'} description={t(draft.kind === 'urgent' ? 'news.endsAtHelp.urgent' : 'news.endsAtHelp.info')} value={draft.endsAt} onChange={(endsAt) => setDraft({ ...draft, endsAt })} />
            <Switch label={t('news.fields.commentsAllowed')} checked={draft.commentsAllowed} onChange={(e) => setDraft({ ...draft, commentsAllowed: e.currentTarget.checked })} />
            <Switch label={t('news.fields.likesAllowed')} checked={draft.likesAllowed} onChange={(e) => setDraft({ ...draft, likesAllowed: e.currentTarget.checked })} />
          </Group>
          <Group align="end">
            <Button variant="default" loading={save.isPending && save.variables === 'draft'} disabled={busy} onClick={() => save.mutate('draft')}>
              {post && post.state !== 'draft' ? t('news.save') : t('news.saveDraft')}
            </Button>
            {(!urgentSent || post?.state === 'draft') && (
              <>
                <Button loading={save.isPending && save.variables === 'publish'} disabled={busy} onClick={() => save.mutate('publish')}>
                  {t(draft.kind === 'urgent' && !urgentSent ? 'news.publishAndSend' : 'news.publishNow')}
                </Button>
                <DateTimeInput label={t('news.publishAt')} value={publishAt} onChange={setPublishAt} />
                <Button variant="light" disabled={busy || !fromLocalInput(publishAt)} onClick={() => save.mutate('schedule')}>{t('news.schedule')}</Button>
              </>
            )}
          </Group>
        </>
      ) : (
        // A resident's post: read as written; the manager moderates it.
        <Paper withBorder p="md">
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: post!.body }} />
        </Paper>
      )}
      {post && (
        <Stack gap="xs">
          <Text fw={500} size="sm">{t('news.files')}</Text>
          {answer!.files.length === 0 ? (
            <Text size="sm" c="dimmed">{t('news.noFiles')}</Text>
          ) : (
            <List size="sm" listStyleType="none">
              {answer!.files.map((file) => (
                <List.Item key={file.id}>
                  <Group gap="xs">
                    {file.contentType.startsWith('image/') && <Image src={file.url} alt={file.filename} h={64} w="auto" radius="sm" />}
                    <Anchor href={file.url} target="_blank">{file.filename}</Anchor>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => removeFile.mutate(file.id)}>{t('news.removeFile')}</Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          {editable && (
            <Group>
              <FileButton multiple onChange={(files) => files.length > 0 && upload.mutate(files)}>
                {(props) => <Button {...props} variant="default" leftSection={<IconPaperclip size={16} />} loading={upload.isPending}>{t('news.addFiles')}</Button>}
              </FileButton>
            </Group>
          )}
          {answer!.reports.filter((r) => r.commentId === null).length > 0 && (
            <Stack gap={2}>
              <Text fw={500} size="sm">{t('news.reports')}</Text>
              {answer!.reports.filter((r) => r.commentId === null).map((r) => (
                <Text key={r.id} size="sm">{t('news.reportedBy', { name: r.personName, at: format.dateTime(r.createdAt) })}{r.reason ? ` — ${r.reason}` : ''}</Text>
              ))}
            </Stack>
          )}
          <Group mt="md">
            {(post.state === 'hidden' || post.state === 'removed') && <Button variant="default" disabled={busy} onClick={() => act.mutate('restore')}>{t('news.restore')}</Button>}
            {post.state !== 'removed' && post.state !== 'draft' && <Button variant="default" color="red" disabled={busy} onClick={() => act.mutate('remove')}>{t('news.remove')}</Button>}
            {(post.state === 'published' || post.state === 'scheduled' || post.state === 'pinned') && <Button variant="subtle" disabled={busy} onClick={() => act.mutate('unpublish')}>{t('news.unpublish')}</Button>}
            <BanButton author={post.author} />
            <Button variant="subtle" color="red" disabled={busy} onClick={() => window.confirm(t('news.confirmDelete')) && act.mutate('delete')}>{t('news.delete')}</Button>
          </Group>
          <Comments answer={answer!} refresh={() => refresh(post.id)} />
        </Stack>
      )}
    </Stack>
  );
}

export default function NewsEditorPage({ params }: { params: Record<string, string | undefined> }) {
  const id = params.id === 'new' ? undefined : params.id;
  const search = new URLSearchParams(useSearch());
  const ticket = Number(search.get('ticket'));
  const query = useQuery({ queryKey: ['news-post', id], queryFn: () => api.get<NewsAnswer>(`/api/v1/news/${id}`), enabled: !!id });
  if (!id) return <Editor ticketNumber={Number.isInteger(ticket) && ticket > 0 ? ticket : undefined} />;
  if (query.isLoading) return <Loader />;
  if (query.error) return <Alert color="red">{query.error.message}</Alert>;
  // One editor per post version loaded: the rich text starts from what was saved.
  return <Editor key={query.data!.post.updatedAt} answer={query.data!} />;
}
