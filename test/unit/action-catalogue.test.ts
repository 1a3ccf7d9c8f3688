// Which staff actions a ticket offers now (DOMAIN.md §6, the "next step" panel): nothing once
// closed, only validation on a pending request, and a dispatch step exactly when the dispatch
// table has a row for it.
import { describe, it, expect } from 'vitest';
import { DISPATCH_KINDS, DISPATCH_STATES, ENDED_STATES, TICKET_TYPES, type DispatchKind, type DispatchState, type TicketType } from '../../src/domain/tickets/codes.ts';
import { DISPATCH_TRANSITIONS, dispatchTransition } from '../../src/domain/tickets/dispatch-transitions.ts';
import {
  STAFF_ACTIONS, DISPATCH_ACTION_EVENTS, TICKET_LEVEL_ACTIONS, DISPATCH_LEVEL_ACTIONS, INCIDENT_ACTIONS,
  dispatchActionAvailable, ticketActionAvailable, availableActions, type DispatchFacts, type StaffAction,
} from '../../src/domain/tickets/action-catalogue.ts';
import { REMINDER_RULES } from '../../src/domain/automation/reminder-rules.ts';

const ANY_STEP: StaffAction[] = [
  'edit', 'reassign', 'set_silent', 'set_reminders', 'internal_note', 'send_message', 'inform_third_party', 'add_attachments', 'update_party', 'close',
];
const LIVE_TYPES: TicketType[] = ['ODS', 'ODSM', 'DS', 'DM'];

/** Every (kind, state) a dispatch can be in: `requested`, or where a row of the table lands. */
const REACHED: { kind: DispatchKind; state: DispatchState }[] = (() => {
  const seen = new Map<string, { kind: DispatchKind; state: DispatchState }>();
  for (const kind of DISPATCH_KINDS) seen.set(`${kind} requested`, { kind, state: 'requested' });
  for (const row of DISPATCH_TRANSITIONS) seen.set(`${row.toKind ?? row.kind} ${row.to}`, { kind: row.toKind ?? row.kind, state: row.to });
  return [...seen.values()];
})();

const ALL_COMBOS = DISPATCH_KINDS.flatMap((kind) => DISPATCH_STATES.map((state) => ({ kind, state })));
const facts = (kind: DispatchKind, state: DispatchState, id = 'd1'): DispatchFacts => ({ id, kind, state });

describe('the catalogue itself', () => {
  it('when the catalogue is read, then every staff action is offered at the ticket level, on a dispatch, both, or in the incident panel', () => {
    const incident: readonly StaffAction[] = INCIDENT_ACTIONS;
    const orphans = STAFF_ACTIONS.filter((a) => !TICKET_LEVEL_ACTIONS.includes(a) && !DISPATCH_LEVEL_ACTIONS.includes(a) && !incident.includes(a));
    expect(orphans).toEqual([]);
  });

  it('when an action performs a dispatch event, then it is offered on a dispatch and its events exist in the table', () => {
    for (const [action, events] of Object.entries(DISPATCH_ACTION_EVENTS) as [StaffAction, string[]][]) {
      expect(DISPATCH_LEVEL_ACTIONS, action).toContain(action);
      for (const event of events) expect(DISPATCH_TRANSITIONS.some((row) => row.event === event), `${action}: ${event}`).toBe(true);
    }
  });
});

describe('a closed ticket', () => {
  it.each(TICKET_TYPES.map((t) => [t]))('when a %s is closed, then no action at all is available, on the ticket or on any dispatch', (type) => {
    const closed = { type, closed: true };
    const offered: string[] = [];
    const dispatches = ALL_COMBOS.map((c, i) => facts(c.kind, c.state, `d${i}`));
    for (const action of STAFF_ACTIONS) {
      if (ticketActionAvailable(action, closed, dispatches)) offered.push(`ticket: ${action}`);
      for (const d of dispatches) if (dispatchActionAvailable(action, closed, d)) offered.push(`${d.kind} ${d.state}: ${action}`);
    }
    expect(offered, offered.join('\n')).toEqual([]);
    const panel = availableActions(closed, dispatches);
    expect(panel.ticket).toEqual([]);
    expect(panel.dispatches.every((d) => d.actions.length === 0)).toBe(true);
  });
});

describe('a pending request', () => {
  const pending = { type: 'PENDING' as const, closed: false };

  it('when a request is pending, then only validate, cancel_request, the any-step actions and linking to an incident are offered', () => {
    expect([...availableActions(pending, []).ticket].sort()).toEqual(['validate', 'cancel_request', ...ANY_STEP].sort());
    expect(availableActions(pending, []).incident).toEqual(['link_to_incident', 'merge_into_incident']);
    for (const action of STAFF_ACTIONS) {
      expect(ticketActionAvailable(action, pending, []), action).toBe(['validate', 'cancel_request', 'link_to_incident', 'merge_into_incident', ...ANY_STEP].includes(action));
    }
  });

  it('when a request is pending, then no dispatch step is ever offered', () => {
    for (const { kind, state } of ALL_COMBOS) {
      for (const action of DISPATCH_LEVEL_ACTIONS) expect(dispatchActionAvailable(action, pending, facts(kind, state)), `${kind} ${state}: ${action}`).toBe(false);
    }
  });

  it('when a ticket is no longer pending, then validate and cancel_request are not offered', () => {
    for (const type of LIVE_TYPES) {
      expect(ticketActionAvailable('validate', { type, closed: false }, [facts('work_order', 'requested')])).toBe(false);
      expect(ticketActionAvailable('cancel_request', { type, closed: false }, [facts('work_order', 'requested')])).toBe(false);
    }
  });
});

describe('special rules', () => {
  it.each(LIVE_TYPES.map((t) => [t, t === 'ODS']))('when a work order of a %s is requested, then request_quote is offered: %s', (type, expected) => {
    for (const state of ['requested', 'accepted', 'planned', 'on_site'] as DispatchState[]) {
      expect(dispatchActionAvailable('request_quote', { type, closed: false }, facts('work_order', state)), state).toBe(expected);
      expect(dispatchActionAvailable('enter_quote', { type, closed: false }, facts('work_order', state)), state).toBe(expected);
    }
  });

  it('when a quote is not awaiting approval, then enter_approval is not offered (even where the manager may accept or reject it)', () => {
    for (const type of LIVE_TYPES) {
      for (const { kind, state } of ALL_COMBOS) {
        expect(dispatchActionAvailable('enter_approval', { type, closed: false }, facts(kind, state)), `${type} ${kind} ${state}`).toBe(kind === 'quote' && state === 'approval_requested');
      }
    }
    expect(dispatchActionAvailable('accept_quote', { type: 'DS', closed: false }, facts('quote', 'quote_received'))).toBe(true);
  });

  it('when a dispatch awaits the contractor, then remind is offered, and only then', () => {
    for (const { kind, state } of ALL_COMBOS) {
      const awaiting = REMINDER_RULES.some((w) => w.kind === kind && w.state === state);
      expect(dispatchActionAvailable('remind', { type: 'ODS', closed: false }, facts(kind, state)), `${kind} ${state}`).toBe(awaiting);
    }
  });

  it('when replace_contractor is offered, then the dispatch was refused or can still be cancelled (the handler cancels it)', () => {
    for (const type of LIVE_TYPES) {
      for (const { kind, state } of REACHED) {
        if (!dispatchActionAvailable('replace_contractor', { type, closed: false }, facts(kind, state))) continue;
        expect(state === 'refused' || dispatchTransition(kind, state, 'cancel') !== undefined, `${type} ${kind} ${state}`).toBe(true);
      }
    }
  });

  it('when a dispatch is open, then messages and contact changes are offered on it at every step', () => {
    for (const { kind, state } of ALL_COMBOS) {
      expect(dispatchActionAvailable('send_message', { type: 'ODS', closed: false }, facts(kind, state))).toBe(true);
      expect(dispatchActionAvailable('update_party', { type: 'ODS', closed: false }, facts(kind, state))).toBe(true);
    }
  });

  it('when a ticket is open and not pending, then add_contractor is offered exactly where the type table allows it', () => {
    for (const type of LIVE_TYPES) expect(ticketActionAvailable('add_contractor', { type, closed: false }, [facts('work_order', 'requested')])).toBe(true);
  });

  it('when some dispatch can still be cancelled, then cancel_intervention is offered on the ticket, and only then', () => {
    for (const a of REACHED) {
      for (const b of REACHED) {
        const dispatches = [facts(a.kind, a.state, 'a'), facts(b.kind, b.state, 'b')];
        const cancellable = dispatches.some((d) => dispatchTransition(d.kind, d.state, 'cancel') !== undefined);
        expect(ticketActionAvailable('cancel_intervention', { type: 'DM', closed: false }, dispatches), `${a.kind} ${a.state} + ${b.kind} ${b.state}`).toBe(cancellable);
      }
    }
  });

  it('when some quote was received, then request_approval is offered on the ticket, and only then', () => {
    for (const { kind, state } of REACHED) {
      const expected = dispatchTransition(kind, state, 'request_approval') !== undefined;
      expect(ticketActionAvailable('request_approval', { type: 'DS', closed: false }, [facts(kind, state)]), `${kind} ${state}`).toBe(expected);
    }
  });
});

describe('dispatch steps follow the dispatch table', () => {
  /** The documented exceptions to "available exactly when the table has a row for one of its events". */
  function exceptionallyUnavailable(action: StaffAction, type: TicketType, kind: DispatchKind, state: DispatchState): boolean {
    // A work order turns into a quote request only on a single-contractor work order ticket.
    if (action === 'request_quote' && type !== 'ODS') return true;
    if (action === 'enter_quote' && kind === 'work_order' && type !== 'ODS') return true;
    // The approver's answer is entered only once approval was asked.
    if (action === 'enter_approval' && state !== 'approval_requested') return true;
    return false;
  }

  const cases = (Object.entries(DISPATCH_ACTION_EVENTS) as [StaffAction, string[]][]).map(([action, events]) => [action, events.join('/')] as const);

  it.each(cases)('when %s (%s) is asked of a dispatch, then it is offered exactly when one of its events has a row from its state', (action) => {
    const events = DISPATCH_ACTION_EVENTS[action]!;
    const mismatches: string[] = [];
    for (const type of LIVE_TYPES) {
      for (const { kind, state } of ALL_COMBOS) {
        const byTable = events.some((event) => dispatchTransition(kind, state, event) !== undefined);
        const expected = byTable && !exceptionallyUnavailable(action, type, kind, state);
        const actual = dispatchActionAvailable(action, { type, closed: false }, facts(kind, state));
        if (actual !== expected) mismatches.push(`${type} ${kind} ${state}: offered ${actual}, table says ${expected}`);
      }
    }
    expect(mismatches, mismatches.join('\n')).toEqual([]);
  });

  it('when a dispatch has ended, then no step is offered on it, only messages and contact changes (and replacing a refusal)', () => {
    for (const type of LIVE_TYPES) {
      for (const kind of DISPATCH_KINDS) {
        for (const state of ENDED_STATES) {
          const offered = DISPATCH_LEVEL_ACTIONS.filter((a) => dispatchActionAvailable(a, { type, closed: false }, facts(kind, state)));
          const allowed = ['send_message', 'update_party', ...(state === 'refused' ? ['replace_contractor'] : [])];
          expect(offered, `${type} ${kind} ${state}`).toEqual(allowed);
        }
      }
    }
  });
});
