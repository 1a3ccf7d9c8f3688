// The rules of info articles (DOMAIN.md §15): their states, categories and the words the search
// reads. What a resident sees (published, its time reached, their audience) is SQL: db/repositories/articles.ts.
import sanitizeHtml from 'sanitize-html';
import { foldText } from '../search-text.ts';

export const ARTICLE_STATES = ['draft', 'published', 'archived'] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

/** The categories the editor offers; any other text is taken as well. */
export const ARTICLE_CATEGORIES = ['heating', 'waste', 'common_parts', 'water', 'security', 'works', 'practical'] as const;

/** The words the search reads: title, category and the body's text, folded (accents, case). */
export function articleSearchDocument(article: { title: string; category: string | null; body: string }): string {
  const text = sanitizeHtml(article.body, { allowedTags: [], allowedAttributes: {} });
  return foldText([article.title, article.category ?? '', text].join(' '));
}
