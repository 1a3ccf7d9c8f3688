// A ticket's status is derived, never stored by hand: from its type, whether it is closed, and
// the states of its dispatches (DOMAIN.md §4). Also whom it waits on and whether it needs action.
import { STATUSES, ENDED_STATES, type DispatchKind, type DispatchState, type TicketStatus, type TicketType, type WaitingOn } from './codes.ts';

export interface DispatchLike {
  kind: DispatchKind;
  state: DispatchState;
}

export interface TicketLike {
  type: TicketType;
  closed: boolean;
  /** Answers from parties the assignee has not read yet. */
  unreadCount: number;
  /** Linked to an incident: handled through it, it needs no action of its own. */
  linked?: boolean;
}

const WORK_ORDER_STATUS: Partial<Record<DispatchState, TicketStatus>> = {
  requested: 'awaiting_appointment',
  accepted: 'appointment_proposed',
  refused: 'refused_by_contractor',
  planned: 'awaiting_completion',
  on_site: 'awaiting_completion',
  done: 'completed',
  invoice_requested: 'awaiting_invoice',
  invoice_received: 'invoice_received',
  cancelled: 'cancelled',
};

const QUOTE_STATUS: Partial<Record<DispatchState, TicketStatus>> = {
  requested: 'quote_awaiting',
  accepted: 'quote_awaiting',
  refused: 'refused_by_contractor',
  quote_received: 'quote_received',
  approval_requested: 'quote_awaiting_approval',
  approved: 'quote_approved',
  disapproved: 'quote_rejected',
  cancelled: 'cancelled',
};

// When several dispatches count (a DM, or a replaced contractor), what the manager must do
// comes first, then what is awaited from whom.
const PRIORITY: TicketStatus[] = [
  'quote_approved',
  'quote_received',
  'quote_rejected',
  'appointment_proposed',
  'completed',
  'invoice_received',
  'refused_by_contractor',
  'quote_awaiting_approval',
  'awaiting_appointment',
  'awaiting_completion',
  'awaiting_invoice',
  'quote_awaiting',
  'cancelled',
];

const WAITING_FOR: Partial<Record<TicketStatus, WaitingOn>> = {
  awaiting_appointment: 'contractor',
  awaiting_completion: 'contractor',
  awaiting_invoice: 'contractor',
  quote_awaiting: 'contractor',
  quote_awaiting_approval: 'approver',
};

/** The status one dispatch shows on its own (each dispatch of an ODSM shows its own). */
export function dispatchStatus(dispatch: DispatchLike): TicketStatus | undefined {
  return (dispatch.kind === 'work_order' ? WORK_ORDER_STATUS : QUOTE_STATUS)[dispatch.state];
}

function byPriority(statuses: TicketStatus[]): TicketStatus | undefined {
  return PRIORITY.find((status) => statuses.includes(status));
}

/** The ticket's status. */
export function ticketStatus(ticket: TicketLike, dispatches: readonly DispatchLike[]): TicketStatus {
  if (ticket.closed) return 'closed';
  if (ticket.type === 'PENDING') return 'pending_validation';
  if (ticket.type === 'ODSM') return 'in_progress';
  const counted = dispatches.filter((d) => d.state !== 'not_retained');
  const live = counted.filter((d) => !ENDED_STATES.includes(d.state));
  const pool = live.length > 0 ? live : counted;
  return byPriority(pool.map(dispatchStatus).filter((s): s is TicketStatus => s !== undefined)) ?? 'cancelled';
}

/** Whom the ticket waits on: the manager, a contractor, an approver, or nobody (closed). */
export function waitingOn(ticket: TicketLike, dispatches: readonly DispatchLike[]): WaitingOn {
  const status = ticketStatus(ticket, dispatches);
  if (status === 'closed') return 'nobody';
  if (ticket.unreadCount > 0) return 'staff';
  if (status === 'in_progress') {
    const each = dispatches.map(dispatchStatus).filter((s): s is TicketStatus => s !== undefined && s !== 'cancelled');
    if (each.some((s) => STATUSES[s].kind === 'action')) return 'staff';
    if (each.some((s) => WAITING_FOR[s] === 'approver')) return 'approver';
    return each.length > 0 ? 'contractor' : 'staff';
  }
  return WAITING_FOR[status] ?? 'staff';
}

/** Whether the manager must act: an action status, a dispatch of an ODSM that needs it, or an unread answer. */
export function needsAction(ticket: TicketLike, dispatches: readonly DispatchLike[]): boolean {
  if (ticket.closed) return false;
  if (ticket.linked && ticket.unreadCount === 0) return false;
  return waitingOn(ticket, dispatches) === 'staff';
}
