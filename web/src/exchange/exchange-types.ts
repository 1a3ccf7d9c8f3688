// What GET /api/v1/exchange/session answers (src/exchange/exchange-view.ts): the page of a
// contractor or an approver, who have no account and came through a personal link.

export type ContractorAction =
  | 'acknowledge'
  | 'accept'
  | 'refuse'
  | 'propose_appointment'
  | 'check_in'
  | 'complete'
  | 'submit_quote'
  | 'submit_invoice'
  | 'message';

export type Presence = 'on_site' | 'late' | 'postpone' | 'cannot_come';

export interface ExchangeDocument {
  id: string;
  filename: string;
  kind: string;
  contentType: string;
  sizeBytes?: number;
  url: string;
}

interface ExchangeBase {
  language: string;
  ticket: { number: number; subject: string; description: string | null; requestedAt: string };
  place: { name: string; addressLine: string | null; postalCode: string | null; city: string | null; unit: string | null; floor: string | null } | null;
  agency: { name: string; email: string | null; phone: string | null };
  manager: { name: string; phone: string | null; email: string | null } | null;
  documents: ExchangeDocument[];
  helpUrl: string;
  currency: string;
}

export interface ContractorView extends ExchangeBase {
  role: 'contractor';
  contractor: { name: string };
  contact: { name: string; phones: string[]; emails: string[]; comment: string | null } | null;
  dispatch: {
    kind: 'work_order' | 'quote';
    state: string;
    status: string | null;
    instructions: string | null;
    appointment: { startsAt: string; durationMinutes: number | null } | null;
    quote: { amountCents: number; validUntil: string | null } | null;
    invoiceAmountCents: number | null;
    acknowledgedAt: string | null;
  };
  ownerName: string | null;
  actions: ContractorAction[];
}

export interface ApproverQuote {
  dispatchId: string;
  contractorName: string;
  amountCents: number | null;
  validUntil: string | null;
  state: string;
  actions: ('approve' | 'disapprove')[];
}

export interface ApproverView extends ExchangeBase {
  role: 'approver';
  approver: { name: string; decision: string | null };
  quotes: ApproverQuote[];
  actions: 'message'[];
}

export type ExchangeView = ContractorView | ApproverView;

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
