// A ticket's status, whom it waits on and whether it needs action (DOMAIN.md §4 "Statuses"),
// derived from its type, whether it is closed and its dispatches' states.
import { describe, it, expect } from 'vitest';
import { STATUSES, type DispatchKind, type DispatchState, type TicketStatus, type TicketType } from '../../src/domain/tickets/codes.ts';
import { dispatchStatus, ticketStatus, waitingOn, needsAction, type DispatchLike } from '../../src/domain/tickets/ticket-status.ts';

const open = (type: TicketType, unreadCount = 0) => ({ type, closed: false, unreadCount });
const d = (kind: DispatchKind, state: DispatchState): DispatchLike => ({ kind, state });
const wo = (state: DispatchState) => d('work_order', state);
const q = (state: DispatchState) => d('quote', state);

// DOMAIN.md §4–§5: what a single work order shows in each of its states.
const WORK_ORDER: [DispatchState, TicketStatus][] = [
  ['requested', 'awaiting_appointment'],
  ['accepted', 'appointment_proposed'],
  ['refused', 'refused_by_contractor'],
  ['planned', 'awaiting_completion'],
  ['on_site', 'awaiting_completion'],
  ['done', 'completed'],
  ['invoice_requested', 'awaiting_invoice'],
  ['invoice_received', 'invoice_received'],
  ['cancelled', 'cancelled'],
];

// What a single quote request shows in each of its states.
const QUOTE: [DispatchState, TicketStatus][] = [
  ['requested', 'quote_awaiting'],
  ['accepted', 'quote_awaiting'],
  ['refused', 'refused_by_contractor'],
  ['quote_received', 'quote_received'],
  ['approval_requested', 'quote_awaiting_approval'],
  ['approved', 'quote_approved'],
  ['disapproved', 'quote_rejected'],
  ['cancelled', 'cancelled'],
];

describe('the status of a single dispatch', () => {
  it.each(WORK_ORDER)('when an ODS has its work order %s, then the ticket is %s', (state, status) => {
    expect(dispatchStatus(wo(state))).toBe(status);
    expect(ticketStatus(open('ODS'), [wo(state)])).toBe(status);
  });

  it.each(QUOTE)('when a DS has its quote %s, then the ticket is %s', (state, status) => {
    expect(dispatchStatus(q(state))).toBe(status);
    expect(ticketStatus(open('DS'), [q(state)])).toBe(status);
  });

  it('when a quote was confirmed and became a work order on a DS, then the DS shows the work order status', () => {
    expect(ticketStatus(open('DS'), [wo('requested')])).toBe('awaiting_appointment');
    expect(ticketStatus(open('DS'), [wo('invoice_received')])).toBe('invoice_received');
  });
});

describe('the status of the ticket as a whole', () => {
  it('when a request is pending, then it is pending_validation', () => {
    expect(ticketStatus(open('PENDING'), [])).toBe('pending_validation');
  });

  it.each([
    ['ODS', [wo('done')]],
    ['ODSM', [wo('requested'), wo('accepted')]],
    ['DS', [q('approval_requested')]],
    ['DM', [q('quote_received'), q('requested')]],
    ['PENDING', []],
  ] as [TicketType, DispatchLike[]][])('when a %s is closed, then it is closed whatever its dispatches', (type, dispatches) => {
    expect(ticketStatus({ type, closed: true, unreadCount: 0 }, dispatches)).toBe('closed');
    expect(ticketStatus({ type, closed: true, unreadCount: 3 }, dispatches)).toBe('closed');
  });

  it('when a ticket has several work orders (ODSM), then it is in_progress whatever their states', () => {
    expect(ticketStatus(open('ODSM'), [wo('requested'), wo('done')])).toBe('in_progress');
    expect(ticketStatus(open('ODSM'), [wo('cancelled'), wo('cancelled')])).toBe('in_progress');
    expect(ticketStatus(open('ODSM'), [wo('accepted')])).toBe('in_progress');
  });

  it('when a DM has a quote received beside one still awaited, then it is quote_received', () => {
    expect(ticketStatus(open('DM'), [q('requested'), q('quote_received')])).toBe('quote_received');
    expect(ticketStatus(open('DM'), [q('quote_received'), q('accepted')])).toBe('quote_received');
  });

  it('when every contractor of a DM refused, then it is refused_by_contractor', () => {
    expect(ticketStatus(open('DM'), [q('refused'), q('refused')])).toBe('refused_by_contractor');
  });

  it('when one contractor of a DM refused and another is still quoting, then it is quote_awaiting', () => {
    expect(ticketStatus(open('DM'), [q('refused'), q('requested')])).toBe('quote_awaiting');
    expect(ticketStatus(open('DM'), [q('accepted'), q('refused')])).toBe('quote_awaiting');
  });

  it('when every quote of a DM was cancelled, then it is cancelled', () => {
    expect(ticketStatus(open('DM'), [q('cancelled'), q('cancelled')])).toBe('cancelled');
  });

  it('when one quote was retained, then the not-retained ones do not count', () => {
    expect(ticketStatus(open('DS'), [q('not_retained'), q('approved'), q('refused')])).toBe('quote_approved');
  });

  it('when a refused contractor was replaced, then the new dispatch decides the status', () => {
    expect(ticketStatus(open('ODS'), [wo('refused'), wo('requested')])).toBe('awaiting_appointment');
    expect(ticketStatus(open('ODS'), [wo('cancelled'), wo('accepted')])).toBe('appointment_proposed');
  });

  it('when a DM has quotes in different states, then what the manager must do comes before what is awaited', () => {
    expect(ticketStatus(open('DM'), [q('approval_requested'), q('quote_received')])).toBe('quote_received');
    expect(ticketStatus(open('DM'), [q('approval_requested'), q('requested')])).toBe('quote_awaiting_approval');
    expect(ticketStatus(open('DM'), [q('disapproved'), q('requested')])).toBe('quote_rejected');
  });
});

describe('whom a ticket waits on, and whether it needs action', () => {
  const rows = [
    ...WORK_ORDER.map(([state, status]) => ['ODS', 'work_order', state, status] as const),
    ...QUOTE.map(([state, status]) => ['DS', 'quote', state, status] as const),
  ];
  const actionRows = rows.filter(([, , , s]) => STATUSES[s].kind === 'action');
  const waitingRows = rows.filter(([, , , s]) => STATUSES[s].kind === 'waiting');

  it.each(actionRows)('when an %s has its %s %s (%s, an action status), then it waits on staff and needs action', (type, kind, state) => {
    expect(waitingOn(open(type), [d(kind, state)])).toBe('staff');
    expect(needsAction(open(type), [d(kind, state)])).toBe(true);
  });

  it.each(waitingRows)('when an %s has its %s %s (%s, a waiting status), then it waits on someone else and needs no action', (type, kind, state, status) => {
    expect(waitingOn(open(type), [d(kind, state)])).toBe(status === 'quote_awaiting_approval' ? 'approver' : 'contractor');
    expect(needsAction(open(type), [d(kind, state)])).toBe(false);
  });

  it('when a request is pending, then it waits on staff and needs action', () => {
    expect(waitingOn(open('PENDING'), [])).toBe('staff');
    expect(needsAction(open('PENDING'), [])).toBe(true);
  });

  it('when an answer arrived that the assignee has not read, then the ticket needs action even while waiting', () => {
    expect(waitingOn(open('ODS', 1), [wo('requested')])).toBe('staff');
    expect(needsAction(open('ODS', 1), [wo('requested')])).toBe(true);
    expect(needsAction(open('DS', 2), [q('approval_requested')])).toBe(true);
    expect(needsAction(open('ODSM', 1), [wo('planned'), wo('requested')])).toBe(true);
  });

  it('when a ticket is closed, then it waits on nobody and needs no action, even with unread answers', () => {
    for (const dispatches of [[wo('accepted')], [q('quote_received')], []]) {
      expect(waitingOn({ type: 'ODS', closed: true, unreadCount: 2 }, dispatches)).toBe('nobody');
      expect(needsAction({ type: 'ODS', closed: true, unreadCount: 2 }, dispatches)).toBe(false);
    }
  });

  it('when one work order of an ODSM has an appointment proposed, then the ticket needs action', () => {
    expect(waitingOn(open('ODSM'), [wo('accepted'), wo('requested')])).toBe('staff');
    expect(needsAction(open('ODSM'), [wo('accepted'), wo('requested')])).toBe(true);
  });

  it('when every work order of an ODSM waits on its contractor, then the ticket waits on the contractors', () => {
    expect(waitingOn(open('ODSM'), [wo('planned'), wo('requested')])).toBe('contractor');
    expect(needsAction(open('ODSM'), [wo('planned'), wo('requested')])).toBe(false);
  });

  it('when a work order of an ODSM was refused, then the ticket needs action', () => {
    expect(needsAction(open('ODSM'), [wo('refused'), wo('planned')])).toBe(true);
  });
});
