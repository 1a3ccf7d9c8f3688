// News wall posts as the staff API answers them (src/http/routes/news-schemas.ts).
import type { Audience } from '../../../src/domain/community/audience.ts';
import type { NewsKind, NewsState } from '../../../src/domain/community/news.ts';

export interface NewsFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

export interface NewsAuthor {
  kind: 'agency' | 'resident';
  name: string;
  personId: string | null;
}

export interface NewsPost {
  id: string;
  kind: NewsKind;
  title: string;
  body?: string;
  audience: Audience;
  state: NewsState;
  publishAt: string | null;
  endsAt: string | null;
  commentsAllowed: boolean;
  likesAllowed: boolean;
  fannedOutAt: string | null;
  likeCount: number;
  commentCount: number;
  reportCount: number;
  hiddenAt: string | null;
  removedAt: string | null;
  author: NewsAuthor;
  propertyId: string | null;
  ticketNumber: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewsComment {
  id: string;
  body: string;
  author: NewsAuthor;
  reportCount: number;
  hiddenAt: string | null;
  removedAt: string | null;
  createdAt: string;
}

export interface NewsReport {
  id: string;
  commentId: string | null;
  reason: string | null;
  personId: string;
  personName: string;
  createdAt: string;
}

export interface NewsAnswer {
  post: NewsPost & { body: string };
  files: NewsFile[];
  comments: NewsComment[];
  reports: NewsReport[];
}

export interface NewsBan {
  personId: string;
  name: string;
  reason: string | null;
  createdAt: string;
}

export const NEWS_STATE_COLOURS: Record<NewsState, string> = {
  draft: 'gray', scheduled: 'blue', published: 'green', pinned: 'orange', ended: 'dark', hidden: 'red', removed: 'dark',
};
