// The shape of the demo agency's tickets: what each ticket is at its creation and the steps it
// then took, by whom and how many hours after it was created. load-demo-tickets.ts plays them
// through the one change path with a clock set to each step's time.
import type { Source, Visibility } from '../domain/tickets/codes.ts';

/** A file the demo makes up: a photo (PNG) or a PDF quote, invoice or intervention report. */
export type DemoFile = 'photo' | 'quote' | 'invoice' | 'report';

/** A date relative to the day the demo is loaded (`fromToday`, in days, at a local hour) or to the
 * ticket's creation (`fromCreation`, in hours). Used for appointments and quote validity. */
export type DemoDate = { fromToday: number; hour?: number } | { fromCreation: number };

/** Who takes a step: staff (the manager unless told), a contractor by its dispatch's position on
 * the ticket (0-based), or the ticket's approver. Parties answer through their personal link. */
export type DemoActor = 'manager' | 'assistant' | { contractor: number } | 'approver';

/** A staff action or a party's answer, as the API takes it, with the dispatch named by position
 * (`d`, 0-based; `ds` for several) and dates as DemoDate. */
export type DemoAct = { action: string; d?: number; ds?: number[]; startsAt?: DemoDate; validUntil?: DemoDate } & Record<string, unknown>;

export interface DemoStep {
  /** Hours after the ticket's creation (a step never lands after the loading time). */
  at: number;
  by?: DemoActor;
  act: DemoAct;
  /** Files sent with the step (an invoice sent with a completion is the invoice). */
  files?: DemoFile[];
}

export interface DemoTicket {
  subject: string;
  description: string;
  /** The property's reference, and the unit's within it. */
  property: string;
  unit?: string;
  /** The requester and the watchers, by person reference. */
  requester?: string;
  watchers?: string[];
  source?: Source;
  /** A demo category's name and its structured fields. */
  category?: string;
  categoryFields?: Record<string, unknown>;
  type: 'ODS' | 'DS' | 'PENDING';
  /** Who sees it in the residents' portal (the agency's default otherwise). */
  visibility?: Visibility;
  /** Contractors by reference, in dispatch order. */
  contractors?: string[];
  /** Created this many days before the loading day, at this local hour (default 9). */
  daysAgo: number;
  hour?: number;
  /** Files sent with the request. */
  files?: DemoFile[];
  steps?: DemoStep[];
  /** Leaves the parties' last answers unread (the others are read by the manager after their last step). */
  unread?: boolean;
}
