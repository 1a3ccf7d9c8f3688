// Who sees a ticket in the portal (DOMAIN.md §4, §13): the table read as a property manager would
// state it, and the residents' words for each status.
import { describe, expect, it } from 'vitest';
import { residentSeesAmounts, residentSeesTicket, type ResidentRelation, type VisibleTicketFacts } from '../../src/domain/portal/ticket-visibility.ts';
import { residentStatus, RESIDENT_STATUS_OF, RESIDENT_STATUSES } from '../../src/domain/portal/resident-status.ts';
import { TICKET_STATUSES, type Visibility } from '../../src/domain/tickets/codes.ts';

const ME = 'me';
const building = 'prop-1';
const unit = 'unit-1';
const ticket = (visibility: Visibility, over: Partial<VisibleTicketFacts> = {}): VisibleTicketFacts => ({
  type: 'ODS', module: 'syndic', propertyId: building, unitId: unit, visibility, requesterPersonId: 'someone-else', ...over,
});
const rel = (kind: ResidentRelation['kind'], unitId: string | null = unit, propertyId = building): ResidentRelation => ({ kind, propertyId, unitId });

describe('who sees a ticket in the portal', () => {
  it('the requester sees their own request, pending or not, while they hold a place in the building', () => {
    expect(residentSeesTicket(ME, [rel('tenant')], ticket('requester', { requesterPersonId: ME, type: 'PENDING' }), true)).toBe(true);
    // Moved out: no relation to the building any more.
    expect(residentSeesTicket(ME, [], ticket('requester', { requesterPersonId: ME }), true)).toBe(false);
    expect(residentSeesTicket(ME, [rel('tenant', 'u2', 'other-building')], ticket('requester', { requesterPersonId: ME }), true)).toBe(false);
  });

  it('the council sees what is shared with the council; a co-owner only what is shared with all co-owners', () => {
    expect(residentSeesTicket(ME, [rel('council_member', null)], ticket('council'), true)).toBe(true);
    expect(residentSeesTicket(ME, [rel('council_president', null)], ticket('all_coowners'), true)).toBe(true);
    expect(residentSeesTicket(ME, [rel('co_owner', 'u9')], ticket('council'), true)).toBe(false);
    expect(residentSeesTicket(ME, [rel('co_owner', 'u9')], ticket('all_coowners'), true)).toBe(true);
    expect(residentSeesTicket(ME, [rel('tenant', 'u9')], ticket('all_coowners'), true)).toBe(false);
  });

  it('in gérance the tenant sees the tickets of their unit shared with the tenant; the owner those shared with the owner', () => {
    const gerance = (v: Visibility) => ticket(v, { module: 'gerance' });
    expect(residentSeesTicket(ME, [rel('tenant')], gerance('tenant'), true)).toBe(true);
    expect(residentSeesTicket(ME, [rel('tenant', 'u2')], gerance('tenant'), true)).toBe(false);
    expect(residentSeesTicket(ME, [rel('owner')], gerance('tenant'), true)).toBe(false);
    expect(residentSeesTicket(ME, [rel('owner')], gerance('owner'), true)).toBe(true);
    expect(residentSeesTicket(ME, [rel('tenant')], gerance('owner'), true)).toBe(true);
  });

  it("nobody but the requester sees a pending request, and nothing is shared when the agency hides tickets", () => {
    expect(residentSeesTicket(ME, [rel('council_member', null)], ticket('council', { type: 'PENDING' }), true)).toBe(false);
    expect(residentSeesTicket(ME, [rel('council_member', null)], ticket('council'), false)).toBe(false);
    expect(residentSeesTicket(ME, [rel('tenant')], ticket('requester', { requesterPersonId: ME }), false)).toBe(true);
  });

  it('an approver sees the ticket they decide on; amounts only for the council of a co-ownership and the approver', () => {
    expect(residentSeesTicket(ME, [], ticket('requester'), true, true)).toBe(true);
    expect(residentSeesAmounts([rel('council_member', null)], { module: 'syndic', propertyId: building })).toBe(true);
    expect(residentSeesAmounts([rel('co_owner')], { module: 'syndic', propertyId: building })).toBe(false);
    expect(residentSeesAmounts([rel('tenant')], { module: 'gerance', propertyId: building })).toBe(false);
    expect(residentSeesAmounts([], { module: 'gerance', propertyId: building }, true)).toBe(true);
  });
});

describe("a ticket's status in residents' words", () => {
  it('every staff status has a resident status with French and English words', () => {
    for (const status of TICKET_STATUSES) {
      const words = RESIDENT_STATUSES[RESIDENT_STATUS_OF[status]];
      expect(words.fr.length).toBeGreaterThan(3);
      expect(words.en.length).toBeGreaterThan(3);
    }
  });

  it('reads closed, resolved and an appointment ahead before the staff status', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const base = { status: 'awaiting_appointment' as const, type: 'ODS', closedAt: null, resolvedAt: null };
    expect(residentStatus(base, null, now)).toBe('in_progress');
    expect(residentStatus(base, new Date('2026-12-03T08:00:00Z'), now)).toBe('appointment');
    expect(residentStatus({ ...base, resolvedAt: now }, null, now)).toBe('resolved');
    expect(residentStatus({ ...base, closedAt: now }, null, now)).toBe('closed');
    expect(residentStatus({ ...base, closedAt: now, cancelledRequest: true }, null, now)).toBe('cancelled');
    expect(residentStatus({ ...base, status: 'pending_validation', type: 'PENDING' }, null, now)).toBe('received');
  });
});
