// "Avant de demander…": while the resident describes their problem, up to 3 articles matching
// their words (debounced GET /portal/articles?q=…&limit=3), each opening the article. Nothing
// shows when none matches, or when the agency has not switched articles on.
import { useEffect, useState } from 'react';
import { useTranslation } from '../light/light-i18n.ts';
import { portalApi, type PortalArticleItem } from './portal-api.ts';
import { ArticleLinks } from './article-list.tsx';

/** Fewer letters than this say too little to search on. */
const MIN_LETTERS = 4;

export function ArticleSuggestions({ text }: { text: string }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<PortalArticleItem[]>([]);
  const words = text.trim();
  useEffect(() => {
    if (words.length < MIN_LETTERS) {
      setItems([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      portalApi
        .articles({ q: words.slice(-200), limit: 3 })
        .then((answer) => current && setItems(answer.items))
        .catch(() => current && setItems([]));
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [words]);
  if (items.length === 0) return null;
  return (
    <section className="card stack-sm marked" aria-labelledby="portal-before-asking" aria-live="polite">
      <h2 id="portal-before-asking" className="h4">{t('portal.articles.beforeAsking')}</h2>
      <p className="sm">{t('portal.articles.beforeAskingIntro')}</p>
      <ArticleLinks items={items} testId="article-suggestions" />
    </section>
  );
}
