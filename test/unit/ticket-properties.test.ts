// Properties of the ticket engine under random sequences of staff actions, using the domain's
// functions only: the catalogue says what is available, then the step is taken the way the
// handlers of src/tickets/actions/*.ts take it (dispatch table, type table, their own checks).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DISPATCH_STATES, ENDED_STATES, TICKET_STATUSES, PRESENCES,
  type DispatchKind, type DispatchState, type Presence, type TicketType,
} from '../../src/domain/tickets/codes.ts';
import { DISPATCH_TRANSITIONS, dispatchTransition, type DispatchEvent } from '../../src/domain/tickets/dispatch-transitions.ts';
import { TYPE_TRANSITIONS, changeType, typeAtCreation } from '../../src/domain/tickets/type-transitions.ts';
import { ticketStatus, dispatchStatus, waitingOn, needsAction } from '../../src/domain/tickets/ticket-status.ts';
import {
  STAFF_ACTIONS, DISPATCH_LEVEL_ACTIONS, availableActions, dispatchActionAvailable, ticketActionAvailable, type StaffAction,
} from '../../src/domain/tickets/action-catalogue.ts';

interface Dispatch { id: string; kind: DispatchKind; state: DispatchState }
interface Ticket {
  type: TicketType;
  closed: boolean;
  dispatches: Dispatch[];
  /** The dispatches each active approver was asked about (a new request replaces only an approver it fully covers). */
  approverFor: string[][];
}

/** One command: an action, on the ticket or on one dispatch, with the choices its body makes. */
interface Command {
  /** 0–1: any action the panel offers now; 2: one that grows or ends a dispatch; 3–7: a forward step, if any; 8–9: any action on any target. */
  mode: number;
  pick: number;
  action: StaffAction;
  target: number | null;
  presence: Presence;
  decision: 'approve' | 'disapprove';
  withInvoice: boolean;
  validateAs: DispatchKind;
  contractors: number;
}

class Refused extends Error {}

const clone = (t: Ticket): Ticket => ({ ...t, dispatches: t.dispatches.map((d) => ({ ...d })), approverFor: t.approverFor.map((ids) => [...ids]) });
const kindOf = (type: TicketType): DispatchKind => (type === 'DS' || type === 'DM' ? 'quote' : 'work_order');
let nextId = 0;
const newDispatch = (kind: DispatchKind): Dispatch => ({ id: `d${++nextId}`, kind, state: 'requested' });

/** ActionScope.step: the table decides, or the action is refused. */
function step(d: Dispatch, event: DispatchEvent) {
  const row = dispatchTransition(d.kind, d.state, event);
  if (!row) throw new Refused(`${d.kind} ${d.state} cannot take ${event}`);
  d.state = row.to;
  d.kind = row.toKind ?? d.kind;
}

/** quote-steps.ts quoteNeeded: a work order turns into a quote request, ODS becomes DS. */
function quoteNeeded(t: Ticket, d: Dispatch) {
  if (d.kind !== 'work_order') return;
  const type = changeType(t.type, 'quote_needed');
  if (!type) throw new Refused(`${t.type} cannot turn into a quote`);
  t.type = type;
}

/** quote-steps.ts retain: the other quotes are not retained; DM goes on as DS. */
function retain(t: Ticket, retained: Dispatch) {
  for (const other of t.dispatches) {
    if (other.id === retained.id || other.kind !== 'quote') continue;
    if (['requested', 'accepted', 'quote_received', 'approval_requested', 'disapproved'].includes(other.state)) step(other, 'not_retain');
  }
  t.type = changeType(t.type, 'quote_retained') ?? t.type;
}

const PRESENCE_EVENT: Record<Presence, DispatchEvent> = {
  on_site: 'check_in_on_site', late: 'check_in_late', postpone: 'check_in_postpone', cannot_come: 'check_in_cannot_come',
};

/** The handler of `action`, as src/tickets/actions/*.ts runs it (on a copy: a refusal rolls back). */
function handle(t: Ticket, action: StaffAction, d: Dispatch | undefined, c: Command) {
  const on = () => {
    if (!d) throw new Error(`${action} needs a dispatch`);
    return d;
  };
  switch (action) {
    case 'validate':
      t.type = typeAtCreation(c.validateAs, c.contractors);
      for (let i = 0; i < c.contractors; i++) t.dispatches.push(newDispatch(c.validateAs));
      return;
    case 'cancel_request':
    case 'close':
      t.closed = true;
      return;
    case 'edit': case 'reassign': case 'set_silent': case 'set_reminders': case 'internal_note': case 'send_message':
    case 'inform_third_party': case 'add_attachments': case 'update_party': case 'remind':
      return;
    case 'add_contractor': {
      const type = changeType(t.type, 'add_contractor');
      if (!type) throw new Refused(`no contractor can be added to a ${t.type}`);
      t.dispatches.push(newDispatch(kindOf(t.type)));
      t.type = type;
      return;
    }
    case 'replace_contractor': {
      const old = on();
      step(old, old.state === 'refused' ? 'close_refused' : 'cancel');
      t.dispatches.push(newDispatch(old.kind));
      return;
    }
    case 'cancel_intervention': {
      const targets = d ? [d] : t.dispatches.filter((x) => !ENDED_STATES.includes(x.state) && dispatchTransition(x.kind, x.state, 'cancel'));
      if (targets.length === 0) throw new Refused('nothing left to cancel');
      for (const x of targets) step(x, 'cancel');
      return;
    }
    case 'enter_acceptance': return step(on(), 'accept');
    case 'enter_refusal': return step(on(), 'refuse');
    case 'enter_appointment': return step(on(), 'set_appointment');
    case 'validate_appointment': return step(on(), 'validate_appointment');
    case 'postpone_appointment': return step(on(), 'postpone_appointment');
    case 'enter_presence': return step(on(), PRESENCE_EVENT[c.presence]);
    case 'enter_completion': return step(on(), c.withInvoice ? 'complete_with_invoice' : 'complete');
    case 'request_quote': quoteNeeded(t, on()); return step(on(), 'request_quote');
    case 'enter_quote': quoteNeeded(t, on()); return step(on(), 'receive_quote');
    case 'accept_quote': step(on(), 'accept_quote'); return retain(t, on());
    case 'reject_quote': return step(on(), 'reject_quote');
    case 'request_approval': {
      const targets = t.dispatches.filter((x) => x.kind === 'quote' && x.state === 'quote_received');
      if (targets.length === 0) throw new Refused('no received quote');
      for (const x of targets) step(x, 'request_approval');
      const ids = targets.map((x) => x.id);
      t.approverFor = [...t.approverFor.filter((group) => !group.every((id) => ids.includes(id))), ids];
      return;
    }
    case 'enter_approval': {
      if (!t.approverFor.some((group) => group.includes(on().id))) throw new Refused('approval of this quote was not asked of an active approver');
      step(on(), c.decision);
      if (c.decision === 'approve') retain(t, on());
      return;
    }
    case 'confirm_quote': return step(on(), 'confirm_quote');
    case 'request_invoice': return step(on(), 'request_invoice');
    case 'enter_invoice': return step(on(), 'receive_invoice');
    case 'rerequest_invoice': return step(on(), 'rerequest_invoice');
  }
}

/** perform-action.ts: ask the catalogue (dispatch level when a dispatch is named), then run the handler. */
function available(t: Ticket, action: StaffAction, d: Dispatch | undefined): boolean {
  const ticket = { type: t.type, closed: t.closed };
  return d && DISPATCH_LEVEL_ACTIONS.includes(action) ? dispatchActionAvailable(action, ticket, d) : ticketActionAvailable(action, ticket, t.dispatches);
}

/** Actions the panel offers now, each with its target (a dispatch index, or null for the ticket). */
function offered(t: Ticket): { action: StaffAction; target: number | null }[] {
  const panel = availableActions({ type: t.type, closed: t.closed }, t.dispatches);
  return [
    ...panel.ticket.map((action) => ({ action, target: null })),
    ...panel.dispatches.flatMap((p, i) => p.actions.map((action) => ({ action, target: i }))),
  ];
}

type Outcome = { kind: 'unavailable' } | { kind: 'applied'; ticket: Ticket } | { kind: 'refused'; reason: string };

function perform(t: Ticket, action: StaffAction, target: number | null, c: Command): Outcome {
  const d = target === null ? undefined : t.dispatches[target];
  if (!available(t, action, d)) return { kind: 'unavailable' };
  const next = clone(t);
  try {
    handle(next, action, target === null ? undefined : next.dispatches[target]!, c);
  } catch (error) {
    if (error instanceof Refused) return { kind: 'refused', reason: error.message };
    throw error;
  }
  return { kind: 'applied', ticket: next };
}

const typeReachable = (from: TicketType, to: TicketType): boolean => {
  const seen = new Set<TicketType>([from]);
  const queue = [from];
  while (queue.length) {
    const type = queue.shift()!;
    for (const row of TYPE_TRANSITIONS.filter((r) => r.from === type)) {
      if (!seen.has(row.to)) {
        seen.add(row.to);
        queue.push(row.to);
      }
    }
  }
  return seen.has(to);
};

const LANDINGS = new Set(['work_order requested', 'quote requested', ...DISPATCH_TRANSITIONS.map((r) => `${r.toKind ?? r.kind} ${r.to}`)]);

const startArb: fc.Arbitrary<Ticket> = fc.oneof(
  fc.constant<Ticket>({ type: 'PENDING', closed: false, dispatches: [], approverFor: [] }),
  fc.tuple(fc.constantFrom<DispatchKind>('work_order', 'quote'), fc.integer({ min: 1, max: 3 })).map(([kind, n]) => ({
    type: typeAtCreation(kind, n),
    closed: false,
    dispatches: Array.from({ length: n }, () => newDispatch(kind)),
    approverFor: [],
  })),
);

const commandArb: fc.Arbitrary<Command> = fc.record({
  mode: fc.nat(9),
  pick: fc.nat(1000),
  action: fc.constantFrom(...STAFF_ACTIONS),
  target: fc.option(fc.nat(4), { freq: 3 }),
  presence: fc.constantFrom(...PRESENCES),
  decision: fc.constantFrom('approve' as const, 'disapprove' as const),
  withInvoice: fc.boolean(),
  validateAs: fc.constantFrom<DispatchKind>('work_order', 'quote'),
  contractors: fc.integer({ min: 1, max: 3 }),
});

interface Trace { lines: string[] }

/** Actions that change neither the type nor a dispatch (and close, which ends the sequence). */
const NO_CHANGE: StaffAction[] = [
  'edit', 'reassign', 'set_silent', 'set_reminders', 'internal_note', 'send_message', 'inform_third_party', 'add_attachments', 'update_party', 'remind', 'close', 'cancel_request',
];
/** Actions that add a dispatch or end one: chosen less often, so that sequences go deep. */
const DISRUPTIVE: StaffAction[] = ['add_contractor', 'replace_contractor', 'cancel_intervention', 'enter_refusal'];

/** Runs the commands; calls `check` before/after each one with what happened. */
function run(start: Ticket, commands: Command[], check: (before: Ticket, action: StaffAction, target: number | null, outcome: Outcome, listed: boolean, trace: Trace) => void) {
  let t = clone(start);
  const trace: Trace = { lines: [`start ${t.type} [${t.dispatches.map((d) => `${d.kind}:${d.state}`).join(', ')}]`] };
  for (const c of commands) {
    const offers = offered(t);
    const forward = offers.filter((o) => !NO_CHANGE.includes(o.action) && !DISRUPTIVE.includes(o.action));
    const disruptive = offers.filter((o) => DISRUPTIVE.includes(o.action));
    const pool = c.mode >= 3 && forward.length > 0 ? forward : c.mode === 2 && disruptive.length > 0 ? disruptive : offers;
    const chosen = c.mode < 8 && pool.length > 0 ? pool[c.pick % pool.length]! : { action: c.action, target: c.target === null || t.dispatches.length === 0 ? null : c.target % t.dispatches.length };
    const listed = offers.some((o) => o.action === chosen.action && o.target === chosen.target);
    const snapshot = JSON.stringify(t);
    const outcome = perform(t, chosen.action, chosen.target, c);
    // Whatever happens, the ticket before the action is left as it was (a refusal rolls back).
    if (JSON.stringify(t) !== snapshot) throw new Error(`${chosen.action} changed the ticket in place`);
    const detail = chosen.action === 'enter_presence' ? ` ${c.presence}` : chosen.action === 'enter_approval' ? ` ${c.decision}` : '';
    trace.lines.push(`${chosen.action}${detail} on ${chosen.target === null ? 'ticket' : `dispatch #${chosen.target}`} → ${outcome.kind}${outcome.kind === 'refused' ? ` (${outcome.reason})` : ''}`);
    check(t, chosen.action, chosen.target, outcome, listed, trace);
    if (outcome.kind === 'applied') {
      t = outcome.ticket;
      trace.lines.push(`  now ${t.type}${t.closed ? ' closed' : ''} [${t.dispatches.map((d) => `${d.kind}:${d.state}`).join(', ')}]`);
    }
  }
}

/** A command that names its action and target (mode 9: not chosen from the panel). */
const exactly = (action: StaffAction, target: number | null, extra: Partial<Command> = {}): Command => ({
  mode: 9, pick: 0, action, target, presence: 'on_site', decision: 'approve', withInvoice: false, validateAs: 'quote', contractors: 1, ...extra,
});
const dm = (): Ticket => ({ type: 'DM', closed: false, dispatches: [newDispatch('quote'), newDispatch('quote')], approverFor: [] });

/** Sequences worth trying every time. */
const EXAMPLES: [Ticket, Command[]][] = [
  // Approval asked for one quote, then for another: the first approver stays, as the first quote still awaits them.
  [dm(), [exactly('enter_quote', 0), exactly('request_approval', null), exactly('enter_quote', 1), exactly('request_approval', null), exactly('enter_approval', 0)]],
];

const scenario = fc.tuple(startArb, fc.array(commandArb, { minLength: 1, maxLength: 30 }));
const RUNS = { numRuns: 2000, examples: EXAMPLES.map((example) => [example] as [[Ticket, Command[]]]) };

describe('ticket engine properties', () => {
  it('when random actions are applied, then every dispatch state reached is known and is `requested` or the landing of a row', () => {
    fc.assert(fc.property(scenario, ([start, commands]) => {
      run(start, commands, (_before, _action, _target, outcome, _listed, trace) => {
        if (outcome.kind !== 'applied') return;
        for (const d of outcome.ticket.dispatches) {
          expect(DISPATCH_STATES, trace.lines.join('\n')).toContain(d.state);
          expect(LANDINGS.has(`${d.kind} ${d.state}`), `${d.kind} ${d.state}\n${trace.lines.join('\n')}`).toBe(true);
          if (d.state !== 'not_retained') expect(dispatchStatus(d), `${d.kind} ${d.state} has no status`).toBeDefined();
        }
      });
    }), RUNS);
  });

  it('when an action is not available, then it is never applied and the ticket does not change', () => {
    fc.assert(fc.property(scenario, ([start, commands]) => {
      run(start, commands, (before, action, target, outcome, listed, trace) => {
        const d = target === null ? undefined : before.dispatches[target];
        if (!available(before, action, d)) expect(outcome.kind, trace.lines.join('\n')).toBe('unavailable');
        if (outcome.kind === 'unavailable') expect(listed, `${action} is listed but refused by the catalogue\n${trace.lines.join('\n')}`).toBe(false);
      });
    }), RUNS);
  });

  it('when an action is offered by the panel, then the handler rules accept it', () => {
    fc.assert(fc.property(scenario, ([start, commands]) => {
      run(start, commands, (_before, action, _target, outcome, listed, trace) => {
        if (listed) expect(outcome.kind, `offered ${action} was refused\n${trace.lines.join('\n')}`).toBe('applied');
      });
    }), RUNS);
  });

  it('when a ticket is closed, then nothing is available any more', () => {
    fc.assert(fc.property(scenario, ([start, commands]) => {
      run(start, commands, (_before, _action, _target, outcome, _listed, trace) => {
        if (outcome.kind !== 'applied' || !outcome.ticket.closed) return;
        const panel = availableActions({ type: outcome.ticket.type, closed: true }, outcome.ticket.dispatches);
        expect(panel.ticket, trace.lines.join('\n')).toEqual([]);
        expect(panel.dispatches.flatMap((p) => p.actions), trace.lines.join('\n')).toEqual([]);
        expect(offered(outcome.ticket)).toEqual([]);
      });
    }), RUNS);
  });

  it('when random actions are applied, then the status is always a known one and an ODSM shows only in_progress or closed', () => {
    fc.assert(fc.property(scenario, ([start, commands]) => {
      run(start, commands, (_before, _action, _target, outcome, _listed, trace) => {
        if (outcome.kind !== 'applied') return;
        const t = outcome.ticket;
        for (const unreadCount of [0, 1]) {
          const status = ticketStatus({ ...t, unreadCount }, t.dispatches);
          expect(TICKET_STATUSES, trace.lines.join('\n')).toContain(status);
          if (t.type === 'ODSM') expect(['in_progress', 'closed']).toContain(status);
          if (status === 'in_progress') expect(t.type).toBe('ODSM');
          if (t.closed) expect(status).toBe('closed');
          expect(needsAction({ ...t, unreadCount }, t.dispatches)).toBe(!t.closed && waitingOn({ ...t, unreadCount }, t.dispatches) === 'staff');
        }
      });
    }), RUNS);
  });

  it('when random actions are applied, then the type only changes along the rows of the type table', () => {
    fc.assert(fc.property(scenario, ([start, commands]) => {
      run(start, commands, (before, action, _target, outcome, _listed, trace) => {
        if (outcome.kind !== 'applied' || outcome.ticket.type === before.type) return;
        expect(typeReachable(before.type, outcome.ticket.type), `${action}: ${before.type} → ${outcome.ticket.type}\n${trace.lines.join('\n')}`).toBe(true);
        // One action is one change of the table, except validation with several contractors (validated, then contractors added).
        if (action !== 'validate') {
          expect(TYPE_TRANSITIONS.some((r) => r.from === before.type && r.to === outcome.ticket.type), `${action}: ${before.type} → ${outcome.ticket.type}`).toBe(true);
        }
      });
    }), RUNS);
  });
});
