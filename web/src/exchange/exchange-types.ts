// What GET /api/v1/exchange/session answers (src/exchange/exchange-view.ts): the page of a
// contractor or an approver, who have no account and came through a personal link.

import type { Jsonify } from '../../../src/http/jsonify.ts';
import type { exchangeView } from '../../../src/exchange/exchange-view.ts';

export type { ContractorAction } from '../../../src/exchange/party-actions.ts';
export type { Presence } from '../../../src/domain/tickets/codes.ts';

/** The page's data, as the server makes it (src/exchange/exchange-view.ts). */
export type ExchangeView = Jsonify<Awaited<ReturnType<typeof exchangeView>>>;
export type ContractorView = Extract<ExchangeView, { role: 'contractor' }>;
export type ApproverView = Extract<ExchangeView, { role: 'approver' }>;
export type ApproverQuote = ApproverView['quotes'][number];
export type ExchangeDocument = ExchangeView['documents'][number];

/** The problems a link or the page's session can meet; each has its own kind page. */
export const PROBLEMS = ['link_invalid', 'link_expired', 'link_revoked', 'ticket_closed', 'session_ended'] as const;
export type Problem = (typeof PROBLEMS)[number];

export function isProblem(value: unknown): value is Problem {
  return PROBLEMS.some((problem) => problem === value);
}

/** One answer: the JSON the API takes, and the files sent with it. */
export interface Answer {
  payload: { action: string } & Record<string, unknown>;
  /** Photos, quote, documents: sent as `files`. */
  files?: File[];
  /** The invoice: sent as `invoice`. */
  invoice?: File[];
}
