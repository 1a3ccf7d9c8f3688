// The categories the editor offers (src/domain/community/articles.ts), shown in words; any other
// text the manager typed is shown as typed.
import type { TFunction } from 'i18next';
import { ARTICLE_CATEGORIES } from '../../../src/domain/community/articles.ts';

export function categoryLabel(t: TFunction, category: string | null): string {
  if (!category) return '';
  return (ARTICLE_CATEGORIES as readonly string[]).includes(category) ? t(`articles.categories.${category}`) : category;
}

export const categoryOptions = (t: TFunction) => ARTICLE_CATEGORIES.map((c) => ({ value: c, label: t(`articles.categories.${c}`) }));
