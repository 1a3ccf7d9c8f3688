// /portal/news/:id: one post of the wall — its text (sanitized by the server), its images shown
// and its files listed, the likes (one per person) and the comments when the post takes them,
// and "Signaler" on the post and on each comment (once per person; enough reports hide it until
// a manager looks). A post that is not the resident's is "not found", like a missing one.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { Alert, Button, Loading } from '../light/controls.tsx';
import { TextArea } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { Icon } from './icons.tsx';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { usePortalFormat } from './portal-format.ts';
import { portalApi, type PortalNewsPost } from './portal-api.ts';
import { ReadOnly } from './preview-banner.tsx';

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; answer: PortalNewsPost };

function ReportButton({ postId, commentId }: { postId: string; commentId?: string }) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  if (done) return <span className="sm dimmed" role="status">{t('news.portal.reported')}</span>;
  const report = async () => {
    if (!window.confirm(t(commentId ? 'news.portal.confirmReportComment' : 'news.portal.confirmReport'))) return;
    setBusy(true);
    try {
      await portalApi.reportNews(postId, commentId);
      setDone(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="sm" variant="subtle" loading={busy} onClick={() => void report()}>
      {t('news.portal.report')}
    </Button>
  );
}

function Comments({ answer, onChange }: { answer: PortalNewsPost; onChange: (answer: PortalNewsPost) => void }) {
  const { t } = useTranslation();
  const format = usePortalFormat();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      onChange(await portalApi.commentNews(answer.post.id, text.trim()));
      setText('');
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="stack-sm" aria-labelledby="portal-news-comments">
      <h2 id="portal-news-comments" className="h4">{t('news.portal.commentsTitle')}</h2>
      {answer.comments.length === 0 && <p className="sm dimmed">{t('news.portal.noComments')}</p>}
      <ul className="plain-list stack-xs" data-testid="portal-news-comments">
        {answer.comments.map((comment) => (
          <li key={comment.id} className="card stack-xs">
            <div className="row-between">
              <span className="sm strong">{comment.author.name}</span>
              <span className="sm dimmed">{format.dateTime(comment.createdAt)}</span>
            </div>
            <p className="wrap" style={{ whiteSpace: 'pre-wrap' }}>{comment.body}</p>
            {!comment.mine && comment.author.kind === 'resident' && (
              <ReadOnly>
                <ReportButton postId={answer.post.id} commentId={comment.id} />
              </ReadOnly>
            )}
          </li>
        ))}
      </ul>
      <ReadOnly>
        <form className="stack-sm" noValidate onSubmit={(event) => void send(event)}>
          <TextArea label={t('news.portal.comment')} value={text} onChange={setText} />
          {problem && <Alert title={t('portal.errors.title')}>{problem}</Alert>}
          <Button type="submit" variant="default" loading={busy} disabled={!text.trim()}>
            {t('news.portal.send')}
          </Button>
        </form>
      </ReadOnly>
    </section>
  );
}

export default function NewsPostPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = usePortalFormat();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [liking, setLiking] = useState(false);
  usePageTitle(state.kind === 'loaded' ? state.answer.post.title : t('news.portal.title'));
  const load = useCallback(() => {
    portalApi
      .newsPost(id)
      .then((answer) => setState({ kind: 'loaded', answer }))
      .catch((error: unknown) => setState({ kind: 'failed', message: errorText(t, error) }));
  }, [id, t]);
  useEffect(load, [load]);

  const toggleLike = async (answer: PortalNewsPost) => {
    setLiking(true);
    try {
      const liked = !answer.post.liked;
      const result = await portalApi.likeNews(answer.post.id, liked);
      setState({ kind: 'loaded', answer: { ...answer, post: { ...answer.post, liked: result.liked, likeCount: result.likeCount } } });
    } finally {
      setLiking(false);
    }
  };

  return (
    <div className="stack page-top">
      <Link href="/news" className="link">{t('news.portal.back')}</Link>
      {state.kind === 'loading' && <Loading label={t('portal.loading')} />}
      {state.kind === 'failed' && <Alert title={t('portal.errors.title')}>{state.message}</Alert>}
      {state.kind === 'loaded' && (() => {
        const { post, files } = state.answer;
        return (
          <article className="stack" data-testid="portal-news-post">
            <div className={`stack-sm${post.pinned ? ' card marked marked-orange' : ''}`}>
              {post.pinned && (
                <span className="sm strong">
                  <Icon name="pin" size={16} /> {post.endsAt ? t('news.portal.pinnedUntil', { date: format.date(post.endsAt) }) : t('news.portal.pinned')}
                </span>
              )}
              <h1 className="h3 wrap">{post.title}</h1>
              <p className="sm dimmed">{t('news.portal.byline', { name: post.author.name, date: format.dateTime(post.publishedAt) })}</p>
              {/* The server keeps only harmless formatting (src/tickets/sanitize.ts). */}
              <div className="p-article-body" dangerouslySetInnerHTML={{ __html: post.body }} />
            </div>
            {files.length > 0 && (
              <section className="stack-xs" aria-labelledby="portal-news-files">
                <h2 id="portal-news-files" className="h4">{t('news.portal.files')}</h2>
                <ul className="plain-list stack-xs">
                  {files.map((file) => (
                    <li key={file.id}>
                      {file.contentType.startsWith('image/') ? (
                        <img src={file.url} alt={file.filename} className="p-article-image" />
                      ) : (
                        <a className="link" href={file.url} target="_blank" rel="noreferrer">
                          <Icon name="file" size={16} /> {file.filename} ({format.bytes(file.sizeBytes)})
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <ReadOnly>
              <div className="row-between">
                {post.likesAllowed ? (
                  <Button size="sm" variant={post.liked ? 'filled' : 'default'} loading={liking} aria-pressed={post.liked} onClick={() => void toggleLike(state.answer)}>
                    {t(post.liked ? 'news.portal.liked' : 'news.portal.like', { count: post.likeCount })}
                  </Button>
                ) : <span />}
                {!post.mine && post.author.kind === 'resident' && <ReportButton postId={post.id} />}
              </div>
            </ReadOnly>
            {post.commentsAllowed ? (
              <Comments answer={state.answer} onChange={(answer) => setState({ kind: 'loaded', answer })} />
            ) : (
              <p className="sm dimmed">{t('news.portal.commentsOff')}</p>
            )}
          </article>
        );
      })()}
    </div>
  );
}
