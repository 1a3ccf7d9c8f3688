// The dispatch state machine (DOMAIN.md §5): every row of the table is a step that
// `dispatchTransition` takes, nothing outside the table is, ended dispatches stay ended, and every
// state the table names for a kind can be reached from `requested`.
import { describe, it, expect } from 'vitest';
import { DISPATCH_KINDS, DISPATCH_STATES, ENDED_STATES, type DispatchKind, type DispatchState } from '../../src/domain/tickets/codes.ts';
import { DISPATCH_EVENTS, DISPATCH_TRANSITIONS, dispatchTransition, eventsFrom, type DispatchTransition } from '../../src/domain/tickets/dispatch-transitions.ts';

const landing = (row: DispatchTransition) => `${row.toKind ?? row.kind} ${row.to}`;
const node = (kind: DispatchKind, state: DispatchState) => `${kind} ${state}`;

/** Every (kind, state) the table names: as a `from`, or as a `to` (with the kind the step lands in). */
function statesNamed(): Map<DispatchKind, Set<DispatchState>> {
  const named = new Map<DispatchKind, Set<DispatchState>>(DISPATCH_KINDS.map((k) => [k, new Set<DispatchState>(['requested'])]));
  for (const row of DISPATCH_TRANSITIONS) {
    for (const from of row.from) named.get(row.kind)!.add(from);
    named.get(row.toKind ?? row.kind)!.add(row.to);
  }
  return named;
}

/** Breadth-first search over the table from one (kind, state). */
function reachableFrom(kind: DispatchKind, state: DispatchState): Set<string> {
  const seen = new Set([node(kind, state)]);
  const queue: [DispatchKind, DispatchState][] = [[kind, state]];
  while (queue.length) {
    const [k, s] = queue.shift()!;
    for (const row of DISPATCH_TRANSITIONS.filter((r) => r.kind === k && r.from.includes(s))) {
      const next: [DispatchKind, DispatchState] = [row.toKind ?? row.kind, row.to];
      if (!seen.has(node(...next))) {
        seen.add(node(...next));
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('dispatch transitions: every row of the table', () => {
  it.each(DISPATCH_TRANSITIONS.map((row) => [row.kind, row.from.join('/'), row.event, landing(row), row] as const))(
    'when a %s in %s takes %s, then it is %s',
    (_kind, _from, _event, _to, row) => {
      for (const from of row.from) {
        const step = dispatchTransition(row.kind, from, row.event);
        expect(step, `${row.kind} ${from} + ${row.event}`).toBeDefined();
        expect({ to: step!.to, toKind: step!.toKind ?? step!.kind }).toEqual({ to: row.to, toKind: row.toKind ?? row.kind });
      }
    },
  );
});

describe('dispatch transitions: nothing outside the table', () => {
  it('when a (kind, state, event) is not covered by any row, then dispatchTransition is undefined', () => {
    const wronglyPass: string[] = [];
    let uncovered = 0;
    for (const kind of DISPATCH_KINDS) {
      for (const state of DISPATCH_STATES) {
        for (const event of DISPATCH_EVENTS) {
          const covered = DISPATCH_TRANSITIONS.some((row) => row.kind === kind && row.event === event && row.from.includes(state));
          if (covered) continue;
          uncovered++;
          const step = dispatchTransition(kind, state, event);
          if (step !== undefined) wronglyPass.push(`${kind} ${state} + ${event} → ${step.to}`);
        }
      }
    }
    expect(uncovered).toBeGreaterThan(0);
    expect(wronglyPass, `steps taken outside the table:\n${wronglyPass.join('\n')}`).toEqual([]);
  });

  it('when two rows share a kind and an event, then their from-states do not overlap (the table is deterministic)', () => {
    const overlaps: string[] = [];
    DISPATCH_TRANSITIONS.forEach((a, i) => {
      DISPATCH_TRANSITIONS.slice(i + 1).forEach((b) => {
        if (a.kind !== b.kind || a.event !== b.event) return;
        const shared = a.from.filter((s) => b.from.includes(s));
        if (shared.length) overlaps.push(`${a.kind} ${a.event} from ${shared.join('/')}: → ${a.to} and → ${b.to}`);
      });
    });
    expect(overlaps, overlaps.join('\n')).toEqual([]);
  });

  it('when the table names a state, then it is a known dispatch state', () => {
    for (const row of DISPATCH_TRANSITIONS) {
      for (const s of [...row.from, row.to]) expect(DISPATCH_STATES).toContain(s);
      expect(DISPATCH_KINDS).toContain(row.kind);
      expect(DISPATCH_EVENTS).toContain(row.event);
    }
  });

  it('when eventsFrom is asked, then it lists exactly the events that dispatchTransition takes from there', () => {
    for (const kind of DISPATCH_KINDS) {
      for (const state of DISPATCH_STATES) {
        const taken = DISPATCH_EVENTS.filter((event) => dispatchTransition(kind, state, event) !== undefined);
        expect([...eventsFrom(kind, state)].sort(), `${kind} ${state}`).toEqual([...taken].sort());
      }
    }
  });
});

describe('dispatch transitions: ended dispatches and reachability', () => {
  it.each(ENDED_STATES.map((s) => [s]))('when a dispatch is %s, then it takes no further step (a refusal is only closed off when replaced)', (state) => {
    const steps: string[] = [];
    for (const kind of DISPATCH_KINDS) {
      for (const event of DISPATCH_EVENTS) {
        const step = dispatchTransition(kind, state, event);
        if (step) steps.push(`${kind} ${state} + ${event} → ${step.to}`);
      }
    }
    const allowed = state === 'refused' ? ['work_order refused + close_refused → cancelled', 'quote refused + close_refused → cancelled'] : [];
    expect(steps, steps.join('\n')).toEqual(allowed);
  });

  it.each(DISPATCH_KINDS.map((k) => [k]))('when a %s is requested, then every state the table names for that kind can be reached', (kind) => {
    const reachable = reachableFrom(kind, 'requested');
    const unreachable = [...statesNamed().get(kind)!].filter((s) => !reachable.has(node(kind, s)));
    expect(unreachable, `unreachable from ${kind} requested: ${unreachable.join(', ')}`).toEqual([]);
  });

  it('when a step changes the kind, then it lands in a state that kind knows', () => {
    const named = statesNamed();
    for (const row of DISPATCH_TRANSITIONS.filter((r) => r.toKind && r.toKind !== r.kind)) {
      const toKind = row.toKind!;
      const onward = DISPATCH_TRANSITIONS.some((r) => r.kind === toKind && r.from.includes(row.to));
      expect(onward || ENDED_STATES.includes(row.to), `${row.kind} ${row.event} lands in ${toKind} ${row.to}, which has no step onward`).toBe(true);
      expect(named.get(toKind)!.has(row.to)).toBe(true);
    }
  });

  it('when a dispatch is not ended, then it can still be cancelled', () => {
    const named = statesNamed();
    const stuck: string[] = [];
    for (const kind of DISPATCH_KINDS) {
      for (const state of named.get(kind)!) {
        if (ENDED_STATES.includes(state)) continue;
        if (!dispatchTransition(kind, state, 'cancel')) stuck.push(node(kind, state));
      }
    }
    expect(stuck, `live states that cannot be cancelled: ${stuck.join(', ')}`).toEqual([]);
  });
});
