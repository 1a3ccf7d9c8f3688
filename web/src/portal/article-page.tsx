// /portal/articles/:id: one article (its text as the agency wrote it, sanitized by the server)
// and its files. One that is not the resident's is "not found", like one that does not exist.
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { Alert, Loading } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { portalApi, type PortalArticle } from './portal-api.ts';

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; answer: PortalArticle };

export default function ArticlePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  usePageTitle(state.kind === 'loaded' ? state.answer.article.title : t('portal.articles.title'));
  useEffect(() => {
    portalApi
      .article(id)
      .then((answer) => setState({ kind: 'loaded', answer }))
      .catch((error: unknown) => setState({ kind: 'failed', message: errorText(t, error) }));
  }, [id, t]);

  return (
    <div className="stack page-top">
      <Link href="/articles" className="link">{t('portal.articles.back')}</Link>
      {state.kind === 'loading' && <Loading label={t('portal.loading')} />}
      {state.kind === 'failed' && <Alert title={t('portal.errors.title')}>{state.message}</Alert>}
      {state.kind === 'loaded' && (
        <article className="stack-sm">
          <h1 className="h3">{state.answer.article.title}</h1>
          {/* The server keeps only harmless formatting (src/tickets/sanitize.ts). */}
          <div className="p-article-body" dangerouslySetInnerHTML={{ __html: state.answer.article.body }} />
          {state.answer.files.length > 0 && (
            <section className="stack-xs" aria-labelledby="portal-article-files">
              <h2 id="portal-article-files" className="h4">{t('portal.articles.files')}</h2>
              <ul className="plain-list stack-xs">
                {state.answer.files.map((file) => (
                  <li key={file.id}>
                    {file.contentType.startsWith('image/') ? (
                      <img src={file.url} alt={file.filename} className="p-article-image" />
                    ) : (
                      <a className="link" href={file.url} target="_blank" rel="noreferrer">{file.filename}</a>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>
      )}
    </div>
  );
}
