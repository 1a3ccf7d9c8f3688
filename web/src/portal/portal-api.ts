// The portal's calls to /api/v1/portal/… (the contract: docs/ARCHITECTURE.md, Residents' portal)
// and the shapes they answer. The resident's cookie (gardien_portal) goes with every call.
import { api } from '../api.ts';

const BASE = '/api/v1/portal';

export interface PortalPlace {
  propertyId: string;
  propertyName: string;
  address: string;
  unitId: string | null;
  unitReference: string | null;
  relation: string;
}

export interface PortalPreferences {
  sms: boolean;
  ownRequests: boolean;
  watched: boolean;
  displayName: 'full' | 'first_initial';
}

export interface PortalMe {
  personId: string;
  /** The cockpit's tools the agency switched on ('news', 'articles', 'documents', 'companies', …). */
  tools: string[];
  /** The tenant companies the resident works for. */
  companies: { id: string; name: string; isAdmin: boolean }[];
  name: string;
  email: string;
  language: string;
  organization: { name: string; slug: string; currency: string; locale: string };
  places: PortalPlace[];
  preferences: PortalPreferences;
  hasPhone: boolean;
  preview: boolean;
  canRequest: boolean;
  requestsLeftToday: number;
}

/** The resident's status of a ticket (src/domain/portal/resident-status.ts). */
export const RESIDENT_STATUSES = ['received', 'in_progress', 'appointment', 'done', 'resolved', 'cancelled', 'closed'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

export interface PortalTicketItem {
  number: number;
  subject: string;
  status: ResidentStatus;
  place: { propertyName: string; unitReference: string | null };
  requestedAt: string;
  updatedAt: string;
  mine: boolean;
  /** Grouped with identical reports (the agency linked it to an incident). */
  grouped: boolean;
  appointment: { startsAt: string; durationMinutes: number } | null;
  awaitingMyDecision: boolean;
  awaitingMyFeedback: boolean;
  unreadMessages: number;
}

export interface PortalFile {
  id: string;
  name: string;
  url: string;
  type?: string;
  size?: number;
}

export interface PortalMessage {
  id: string;
  at: string;
  from: 'me' | 'agency';
  authorName: string;
  body: string;
  files: PortalFile[];
}

export interface PortalQuote {
  dispatchId: string;
  contractorName: string;
  amountCents: number | null;
  validUntil: string | null;
  files: PortalFile[];
  state: string;
  awaitingMyDecision: boolean;
}

export const FEEDBACK_RATINGS = ['good', 'fair', 'bad'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];
/** src/domain/portal/portal-codes.ts */
export const FEEDBACK_REASONS = ['quick', 'quality', 'communication', 'too_slow', 'not_fixed', 'contractor_behaviour', 'no_news', 'other'] as const;

export interface PortalFeedback {
  rating: FeedbackRating;
  reason: string | null;
  comment: string | null;
  at: string;
}

export const STEP_KINDS = ['received', 'validated', 'appointment_set', 'appointment_changed', 'work_done', 'resolved', 'closed', 'cancelled', 'grouped'] as const;

export interface PortalTicket extends PortalTicketItem {
  description: string;
  category: { id: string; name: string } | null;
  availability: string | null;
  entryAllowed: boolean | null;
  requester: { displayName: string };
  steps: { at: string; kind: string }[];
  documents: PortalFile[];
  messages: PortalMessage[];
  feedback: PortalFeedback | null;
  canGiveFeedback: boolean;
  quotes: PortalQuote[];
  appointmentIcsUrl: string | null;
}

export interface PortalCategoryField {
  key: string;
  label: { fr: string; en?: string };
  type: 'text' | 'number' | 'boolean' | 'date' | 'select';
  required: boolean;
  options?: string[];
}

export interface PortalCategory {
  id: string;
  name: string;
  fields: PortalCategoryField[];
}

export interface Invitation {
  organizationName: string;
  personName: string;
  email: string;
  language: string;
}

export interface NewRequest {
  place: { unitId: string } | { propertyId: string };
  categoryId?: string;
  categoryFields?: Record<string, unknown>;
  subject?: string;
  description: string;
  availability?: string;
  entryAllowed?: boolean;
  companyId?: string;
}

type Signed = { resident: PortalMe };

/** An info article as the portal lists it (GET /portal/articles). */
export interface PortalArticleItem {
  id: string;
  title: string;
  category: string | null;
  language: string;
  publishedAt: string;
  excerpt: string;
}

export interface PortalArticle {
  article: PortalArticleItem & { body: string };
  files: { id: string; filename: string; contentType: string; sizeBytes: number; url: string }[];
}

/** A document as "Mes documents" lists it (GET /portal/documents). */
export interface PortalDocumentItem {
  id: string;
  title: string;
  documentType: string;
  documentDate: string | null;
  group: 'building' | 'unit' | 'lease' | 'mine' | 'council';
  folderName: string;
  place: string | null;
  filename: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
  url: string;
}

/** A tenant company the resident works for (GET /portal/company); colleagues for its admin only. */
export interface PortalCompany {
  company: { id: string; name: string };
  isAdmin: boolean;
  colleagues: { personId: string; name: string; isAdmin: boolean; portalStatus: string }[] | null;
}

/** A post of the news wall as the portal lists it (GET /portal/news). */
export interface PortalNewsItem {
  id: string;
  kind: 'info' | 'urgent';
  title: string;
  excerpt: string;
  pinned: boolean;
  publishedAt: string;
  endsAt: string | null;
  author: { kind: 'agency' | 'resident'; name: string };
  mine: boolean;
  commentsAllowed: boolean;
  likesAllowed: boolean;
  likeCount: number;
  commentCount: number;
  liked: boolean;
}

export interface PortalNewsWall {
  items: PortalNewsItem[];
  canPost: boolean;
  postingRefusal: string | null;
}

export interface PortalNewsPost {
  post: PortalNewsItem & { body: string };
  files: { id: string; filename: string; contentType: string; sizeBytes: number; url: string }[];
  comments: { id: string; body: string; author: { kind: 'agency' | 'resident'; name: string }; mine: boolean; createdAt: string }[];
}

export const portalApi = {
  me: () => api.get<PortalMe>(`${BASE}/me`),
  updateMe: (body: { language?: string; preferences?: Partial<PortalPreferences>; password?: { current: string; next: string } }) => api.patch<PortalMe>(`${BASE}/me`, body),

  login: (email: string, password: string) => api.post<Signed>(`${BASE}/auth/login`, { email, password }),
  askLink: (email: string) => api.post<{ sent: true }>(`${BASE}/auth/link`, { email }),
  enter: (token: string) => api.post<Signed>(`${BASE}/auth/enter`, { token }),
  logout: () => api.post<undefined>(`${BASE}/auth/logout`),
  forgot: (email: string) => api.post<{ sent: true }>(`${BASE}/auth/forgot`, { email }),
  reset: (token: string, password: string) => api.post<Signed>(`${BASE}/auth/reset`, { token, password }),
  invitation: (token: string) => api.get<Invitation>(`${BASE}/auth/invitation?token=${encodeURIComponent(token)}`),
  register: (token: string, password: string, language: string) => api.post<Signed>(`${BASE}/auth/register`, { token, password, language }),
  registerWithCode: (body: { code: string; name: string; email: string; password: string; language: string }) => api.post<Signed>(`${BASE}/auth/register-code`, body),

  tickets: (cursor?: string) => api.get<{ items: PortalTicketItem[]; nextCursor: string | null }>(`${BASE}/tickets${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`),
  articles: (query: { q?: string; limit?: number } = {}) => {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.limit) params.set('limit', String(query.limit));
    return api.get<{ items: PortalArticleItem[] }>(`${BASE}/articles${params.size > 0 ? `?${params.toString()}` : ''}`);
  },
  article: (id: string) => api.get<PortalArticle>(`${BASE}/articles/${encodeURIComponent(id)}`),
  documents: () => api.get<{ items: PortalDocumentItem[] }>(`${BASE}/documents`),
  companies: () => api.get<{ items: PortalCompany[] }>(`${BASE}/company`),
  inviteColleague: (companyId: string, colleague: { name: string; email: string }) => api.post<{ items: PortalCompany[] }>(`${BASE}/company/${encodeURIComponent(companyId)}/invitations`, colleague),
  news: (query: { urgent?: boolean } = {}) => api.get<PortalNewsWall>(`${BASE}/news${query.urgent ? '?urgent=true' : ''}`),
  newsPost: (id: string) => api.get<PortalNewsPost>(`${BASE}/news/${encodeURIComponent(id)}`),
  writeNews: (body: { title: string; body: string; propertyId?: string }) => api.post<PortalNewsPost>(`${BASE}/news`, body),
  commentNews: (id: string, body: string) => api.post<PortalNewsPost>(`${BASE}/news/${encodeURIComponent(id)}/comments`, { body }),
  likeNews: (id: string, liked: boolean) => (liked ? api.put : api.delete)<{ liked: boolean; likeCount: number }>(`${BASE}/news/${encodeURIComponent(id)}/like`),
  reportNews: (id: string, commentId?: string) =>
    api.post<{ counted: boolean; hidden: boolean }>(`${BASE}/news/${encodeURIComponent(id)}${commentId ? `/comments/${encodeURIComponent(commentId)}` : ''}/report`, {}),
  decisions: () => api.get<{ items: PortalTicketItem[] }>(`${BASE}/decisions`),
  ticket: (number: number) => api.get<PortalTicket>(`${BASE}/tickets/${number}`),
  categories: async (): Promise<PortalCategory[]> => {
    const answer = await api.get<{ items: PortalCategory[] } | PortalCategory[]>(`${BASE}/categories`);
    return Array.isArray(answer) ? answer : answer.items;
  },
  createTicket: (request: NewRequest, photos: readonly File[]) => {
    const form = new FormData();
    form.append('request', JSON.stringify(request));
    for (const photo of photos) form.append('photos', photo, photo.name);
    return api.post<{ number: number; status: ResidentStatus }>(`${BASE}/tickets`, form);
  },
  writeMessage: (number: number, body: string, files: readonly File[]) => {
    if (files.length === 0) return api.post<{ message: PortalMessage }>(`${BASE}/tickets/${number}/messages`, { body });
    const form = new FormData();
    form.append('body', body);
    for (const file of files) form.append('files', file, file.name);
    return api.post<{ message: PortalMessage }>(`${BASE}/tickets/${number}/messages`, form);
  },
  giveFeedback: (number: number, body: { rating: FeedbackRating; reason?: string; comment?: string }) => api.post<{ feedback: PortalFeedback }>(`${BASE}/tickets/${number}/feedback`, body),
  decide: (number: number, body: { dispatchId: string; decision: 'approve' | 'disapprove'; comment?: string }) => api.post<{ ticket: PortalTicket }>(`${BASE}/tickets/${number}/decisions`, body),
};

/** Photos with one request and their size, checked before sending (the server judges the bytes). */
export const PORTAL_MAX_PHOTOS = 5;
export const PORTAL_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
