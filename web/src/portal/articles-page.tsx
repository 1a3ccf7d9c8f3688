// /portal/articles, "Infos pratiques": the agency's articles meant for the resident today, their
// language first, with a search box (French words, accents ignored).
import { useEffect, useState } from 'react';
import { Alert, Loading } from '../light/controls.tsx';
import { TextInput } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { portalApi, type PortalArticleItem } from './portal-api.ts';
import { ArticleLinks } from './article-list.tsx';

type List = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; items: PortalArticleItem[] };

export default function ArticlesPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.articles.title'));
  const [words, setWords] = useState('');
  const [list, setList] = useState<List>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      portalApi
        .articles({ q: words.trim() || undefined })
        .then((answer) => current && setList({ kind: 'loaded', items: answer.items }))
        .catch((error: unknown) => current && setList({ kind: 'failed', message: errorText(t, error) }));
    }, words ? 300 : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [words, t]);

  return (
    <div className="stack page-top">
      <h1 className="h3">{t('portal.articles.title')}</h1>
      <TextInput label={t('portal.articles.search')} value={words} onChange={setWords} type="search" />
      {list.kind === 'loading' && <Loading label={t('portal.loading')} />}
      {list.kind === 'failed' && <Alert title={t('portal.errors.title')}>{list.message}</Alert>}
      {list.kind === 'loaded' && list.items.length === 0 && <p className="dimmed">{t(words.trim() ? 'portal.articles.noMatch' : 'portal.articles.none')}</p>}
      {list.kind === 'loaded' && list.items.length > 0 && <ArticleLinks items={list.items} testId="portal-articles" />}
    </div>
  );
}
