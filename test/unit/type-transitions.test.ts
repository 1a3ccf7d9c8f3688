// How a ticket's type changes (DOMAIN.md §4 "Types and how they change"): each row of the table,
// the changes it forbids, and the type a new ticket gets.
import { describe, it, expect } from 'vitest';
import { TICKET_TYPES, type TicketType } from '../../src/domain/tickets/codes.ts';
import { TYPE_CHANGES, TYPE_TRANSITIONS, changeType, typeAtCreation, type TypeChange } from '../../src/domain/tickets/type-transitions.ts';

describe('type transitions: every row of the table', () => {
  it.each(TYPE_TRANSITIONS.map((row) => [row.from, row.change, row.to] as const))('when a %s takes %s, then it becomes %s', (from, change, to) => {
    expect(changeType(from, change)).toBe(to);
  });
});

describe('type transitions: forbidden changes', () => {
  it.each([
    ['ODSM', 'quote_needed', 'a work order of several contractors cannot turn into a quote'],
    ['DS', 'quote_needed', 'it already is a quote'],
    ['DM', 'quote_needed', 'it already is a quote'],
    ['PENDING', 'quote_needed', 'nothing was sent yet'],
    ['PENDING', 'add_contractor', 'a pending request is validated first'],
    ['PENDING', 'quote_retained', 'there is no quote'],
    ['ODS', 'quote_retained', 'there is no quote'],
    ['ODSM', 'quote_retained', 'there is no quote'],
    ['ODS', 'validate_as_work_order', 'only a pending request is validated'],
    ['DS', 'validate_as_quote', 'only a pending request is validated'],
  ] as [TicketType, TypeChange, string][])('when a %s takes %s, then it is refused (%s)', (from, change) => {
    expect(changeType(from, change)).toBeUndefined();
  });

  it('when a (type, change) has no row, then changeType is undefined', () => {
    const wronglyPass: string[] = [];
    for (const from of TICKET_TYPES) {
      for (const change of TYPE_CHANGES) {
        if (TYPE_TRANSITIONS.some((row) => row.from === from && row.change === change)) continue;
        const to = changeType(from, change);
        if (to !== undefined) wronglyPass.push(`${from} + ${change} → ${to}`);
      }
    }
    expect(wronglyPass, wronglyPass.join('\n')).toEqual([]);
  });

  it('when the table is read, then each (type, change) has at most one row', () => {
    const keys = TYPE_TRANSITIONS.map((row) => `${row.from} ${row.change}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('when a ticket has left PENDING, then it never returns to it', () => {
    expect(TYPE_TRANSITIONS.filter((row) => row.to === 'PENDING')).toEqual([]);
  });
});

describe('the type at creation', () => {
  it.each([
    ['work_order', 1, 'ODS'],
    ['work_order', 2, 'ODSM'],
    ['work_order', 5, 'ODSM'],
    ['quote', 1, 'DS'],
    ['quote', 2, 'DM'],
    ['quote', 3, 'DM'],
  ] as const)('when a %s is created with %i contractor(s), then it is %s', (kind, contractors, type) => {
    expect(typeAtCreation(kind, contractors)).toBe(type);
  });

  it.each([
    ['work_order', 'validate_as_work_order'],
    ['quote', 'validate_as_quote'],
  ] as const)('when a pending request is validated as %s with n contractors, then its type is validation then n-1 contractors added', (kind, validation) => {
    for (let n = 1; n <= 4; n++) {
      let type = changeType('PENDING', validation);
      for (let i = 1; i < n && type; i++) type = changeType(type, 'add_contractor');
      expect(type, `${n} contractor(s)`).toBe(typeAtCreation(kind, n));
    }
  });
});
