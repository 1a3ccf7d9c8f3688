// The rules of a ticket's resolution (src/domain/tickets/resolution-rules.ts) and of what a
// resident with a portal account receives (src/domain/messages/resident-preferences.ts).
import { describe, it, expect } from 'vitest';
import {
  autoCloseAt, feedbackOpen, movedDispatches, ratingReopens, reopensWork, resolvesOnItsOwn, workDoneAndInvoiced,
} from '../../src/domain/tickets/resolution-rules.ts';
import { ALWAYS_SENT, residentChannels, residentWants } from '../../src/domain/messages/resident-preferences.ts';
import { TEMPLATES } from '../../src/domain/messages/template-catalogue.ts';
import type { DispatchState } from '../../src/domain/tickets/codes.ts';

const d = (id: string, state: DispatchState) => ({ id, state });
const DAY = 86_400_000;

describe('when a ticket is resolved', () => {
  it('when every running dispatch has its invoice, then the work is done and invoiced; done without invoice is not', () => {
    expect(workDoneAndInvoiced([d('a', 'invoice_received')])).toBe(true);
    expect(workDoneAndInvoiced([d('a', 'invoice_received'), d('b', 'cancelled'), d('c', 'refused')])).toBe(true);
    expect(workDoneAndInvoiced([d('a', 'done')])).toBe(false);
    expect(workDoneAndInvoiced([d('a', 'invoice_received'), d('b', 'planned')])).toBe(false);
    expect(workDoneAndInvoiced([d('a', 'cancelled')])).toBe(false);
    expect(workDoneAndInvoiced([])).toBe(false);
  });

  it('when a step moves a dispatch, then it resolves the ticket if the work is now invoiced, and reopens it if the work runs again', () => {
    const before = new Map<string, DispatchState>([['a', 'invoice_requested']]);
    const after = [d('a', 'invoice_received')];
    expect(resolvesOnItsOwn(movedDispatches(before, after), after)).toBe(true);
    // Nothing moved (a note, a message): nothing resolves, nothing reopens.
    expect(resolvesOnItsOwn(movedDispatches(new Map([['a', 'invoice_received']]), after), after)).toBe(false);
    // A new contractor, an invoice asked again.
    expect(reopensWork(movedDispatches(new Map([['a', 'invoice_received']]), [d('a', 'invoice_received'), d('b', 'requested')]))).toBe(true);
    expect(reopensWork(movedDispatches(new Map([['a', 'invoice_received']]), [d('a', 'invoice_requested')]))).toBe(true);
    // A dispatch cancelled does not reopen.
    expect(reopensWork(movedDispatches(new Map([['a', 'planned']]), [d('a', 'cancelled')]))).toBe(false);
  });

  it('when the agency sets a delay, then the auto close falls that many days after the resolution; none when it is off', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    expect(autoCloseAt(at, 7)!.getTime()).toBe(at.getTime() + 7 * DAY);
    expect(autoCloseAt(at, null)).toBeNull();
  });

  it('when feedback is asked for, then only a resolved ticket without feedback, open or closed less than 30 days ago, may be rated', () => {
    const now = new Date('2026-12-31T10:00:00Z');
    const resolvedAt = new Date('2026-12-01T10:00:00Z');
    expect(feedbackOpen({ resolvedAt, closedAt: null }, false, now)).toBe(true);
    expect(feedbackOpen({ resolvedAt, closedAt: null }, true, now)).toBe(false);
    expect(feedbackOpen({ resolvedAt: null, closedAt: null }, false, now)).toBe(false);
    expect(feedbackOpen({ resolvedAt, closedAt: new Date(now.getTime() - 29 * DAY) }, false, now)).toBe(true);
    expect(feedbackOpen({ resolvedAt, closedAt: new Date(now.getTime() - 31 * DAY) }, false, now)).toBe(false);
    expect(ratingReopens('bad')).toBe(true);
    expect(ratingReopens('fair')).toBe(false);
  });
});

describe("a resident's preferences", () => {
  it('when the resident keeps the defaults, then steps of their requests and of watched tickets reach them by email, not by SMS', () => {
    expect(residentWants('watcher_work_completed', true, {})).toBe(true);
    expect(residentWants('watcher_work_completed', false, {})).toBe(true);
    expect(residentChannels(['email', 'sms'], {}, true)).toEqual(['email']);
  });

  it('when the resident turns steps off, then those stop, but the manager\'s words and the feedback request still reach them', () => {
    expect(residentWants('watcher_work_completed', true, { ownRequests: false })).toBe(false);
    expect(residentWants('watcher_work_completed', false, { ownRequests: false })).toBe(true);
    expect(residentWants('watcher_ticket_closed', false, { watched: false })).toBe(false);
    for (const template of ALWAYS_SENT) expect(residentWants(template, true, { ownRequests: false, watched: false }), template).toBe(true);
    for (const template of ALWAYS_SENT) expect(TEMPLATES[template], template).toBeDefined();
  });

  it('when the resident asks for SMS, then they get it only with a phone number', () => {
    expect(residentChannels(['email', 'sms'], { sms: true }, true)).toEqual(['email', 'sms']);
    expect(residentChannels(['email', 'sms'], { sms: true }, false)).toEqual(['email']);
    expect(residentChannels(['sms'], { sms: false }, true)).toEqual([]);
  });
});
