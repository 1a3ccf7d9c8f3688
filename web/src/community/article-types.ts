// Articles as the staff API answers them (src/http/routes/articles.ts).
import type { Audience } from '../../../src/domain/community/audience.ts';
import type { ArticleState } from '../../../src/domain/community/articles.ts';

export interface ArticleFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

export interface Article {
  id: string;
  title: string;
  body?: string;
  category: string | null;
  audience: Audience;
  state: ArticleState;
  publishAt: string | null;
  language: 'fr' | 'en';
  viewCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleAnswer {
  article: Article & { body: string };
  files: ArticleFile[];
}

export const STATE_COLOURS: Record<ArticleState, string> = { draft: 'gray', published: 'green', archived: 'dark' };
