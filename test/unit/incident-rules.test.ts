// The incident's rules: which links are refused and with which code, which of its actions a
// report, an incident and an ordinary ticket offer, and that a linked report needs no action of its own.
import { describe, it, expect } from 'vitest';
import { linkRefusal, type LinkFacts } from '../../src/domain/tickets/incident-rules.ts';
import { ticketActionAvailable, INCIDENT_ACTIONS, type TicketFacts } from '../../src/domain/tickets/action-catalogue.ts';
import { needsAction } from '../../src/domain/tickets/ticket-status.ts';

const ticket = (id: string, facts: Partial<LinkFacts> = {}): LinkFacts => ({ id, closed: false, linked: false, reportCount: 0, propertyId: 'p1', ...facts });

describe('linking a report to an incident', () => {
  it.each([
    ['itself', ticket('a'), ticket('a'), 'incident_self'],
    ['a closed report', ticket('a', { closed: true }), ticket('b'), 'action_not_available'],
    ['a report already linked', ticket('a', { linked: true }), ticket('b'), 'incident_already_linked'],
    ['an incident with reports of its own', ticket('a', { reportCount: 2 }), ticket('b'), 'incident_chain'],
    ['a closed incident', ticket('a'), ticket('b', { closed: true }), 'incident_closed'],
    ['a ticket itself linked', ticket('a'), ticket('b', { linked: true }), 'incident_chain'],
    ['a ticket of another property', ticket('a'), ticket('b', { propertyId: 'p2' }), 'incident_other_property'],
  ])('when it names %s, then it is refused with its code', (_, report, incident, code) => {
    expect(linkRefusal(report, incident)?.code).toBe(code);
  });

  it('when both are open and neither is linked, then it is allowed, also to a ticket that is already an incident', () => {
    expect(linkRefusal(ticket('a'), ticket('b'))).toBeUndefined();
    expect(linkRefusal(ticket('a'), ticket('b', { reportCount: 3 }))).toBeUndefined();
    // A report whose place is not known yet (an email from an unknown sender) may join an incident.
    expect(linkRefusal(ticket('a', { propertyId: null }), ticket('b'))).toBeUndefined();
  });
});

describe("the incident's actions", () => {
  const offered = (facts: Partial<TicketFacts>) => INCIDENT_ACTIONS.filter((a) => ticketActionAvailable(a, { type: 'ODS', closed: false, ...facts }, []));
  it('when a ticket is ordinary, a report, an incident or closed, then it offers link and merge, the undo, the update, or nothing', () => {
    expect(offered({})).toEqual(['link_to_incident', 'merge_into_incident']);
    expect(offered({ linked: true })).toEqual(['unlink_from_incident']);
    expect(offered({ incident: true })).toEqual(['send_incident_update']);
    expect(offered({ incident: true, closed: true })).toEqual([]);
    expect(offered({ linked: true, closed: true })).toEqual([]);
  });

  it('when a report is linked, then it needs no action of its own until an answer comes unread', () => {
    const refused = [{ kind: 'work_order' as const, state: 'refused' as const }];
    expect(needsAction({ type: 'ODS', closed: false, unreadCount: 0 }, refused)).toBe(true);
    expect(needsAction({ type: 'ODS', closed: false, unreadCount: 0, linked: true }, refused)).toBe(false);
    expect(needsAction({ type: 'ODS', closed: false, unreadCount: 1, linked: true }, refused)).toBe(true);
  });
});
