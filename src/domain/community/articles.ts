// The rules of info articles (DOMAIN.md §15): their states and what a resident may see of them.

export const ARTICLE_STATES = ['draft', 'published', 'archived'] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

/** The categories the editor offers; any other text is taken as well. */
export const ARTICLE_CATEGORIES = ['heating', 'waste', 'common_parts', 'water', 'security', 'works', 'practical'] as const;

/** Whether a resident may see an article of their audience at `now`: published, and its
 * publication time reached. Drafts and archived articles are "not found" for residents. */
export function articleShown(article: { state: ArticleState; publishAt: Date | null }, now: Date): boolean {
  return article.state === 'published' && article.publishAt !== null && article.publishAt.getTime() <= now.getTime();
}
