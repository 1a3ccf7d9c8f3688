// What one change of a ticket leaves behind for the reactors: the ticket as it now is, its
// dispatches and parties, the events just written, who acted, and whether the search document's
// sources changed.
import type { Db } from '../db/connection.ts';
import type { AppContext } from '../context.ts';
import type { TicketRow, DispatchRow, PartyRow, EventRow } from '../db/repositories/tickets.ts';
import type { OrganizationSettings } from '../domain/settings.ts';
import type { DispatchState } from '../domain/tickets/codes.ts';
import type { Acting } from './action-scope.ts';
import type { organizations } from '../db/schema/index.ts';

type OrganizationRow = typeof organizations.$inferSelect;

export interface TicketChange {
  ticket: TicketRow;
  dispatches: readonly DispatchRow[];
  parties: readonly PartyRow[];
  events: readonly EventRow[];
  acting: Acting;
  organization: OrganizationRow;
  settings: OrganizationSettings;
  /** The search document must be written again (the subject, place, contractors… changed). */
  reindex: boolean;
  now: Date;
  /** Each dispatch's state before the change (a dispatch the change added is absent). */
  dispatchStatesBefore: ReadonlyMap<string, DispatchState>;
}

/** Something that follows every change, inside its transaction (outgoing messages, the search
 * document, webhooks). It gets every change of the transaction at once, so it can write set-based. */
export interface Reactor {
  name: string;
  react(db: Db, ctx: AppContext, changes: readonly TicketChange[]): Promise<void>;
}
