// The staff scope of the access policy (DOMAIN.md §2), and the example ticket a preview uses
// when the user may not read tickets.
import { describe, it, expect } from 'vitest';
import { ticketScopeKind, inTicketScope } from '../../src/tickets/ticket-access.ts';
import { exampleTicketVariables } from '../../src/messages/example-ticket.ts';
import { TEMPLATE_VARIABLES } from '../../src/domain/messages/template-catalogue.ts';

const narrow = { assistantsSeeAllTickets: false };
const wide = { assistantsSeeAllTickets: true };

describe('the staff scope', () => {
  it('when the roles are read, then the widest wins, and the setting widens assistants only', () => {
    expect(ticketScopeKind(['manager'], narrow)).toBe('all');
    expect(ticketScopeKind(['agent'], narrow)).toBe('all');
    expect(ticketScopeKind(['assistant'], narrow)).toBe('assisted');
    expect(ticketScopeKind(['assistant'], wide)).toBe('all');
    expect(ticketScopeKind(['assistant', 'manager'], narrow)).toBe('all');
    expect(ticketScopeKind(['external_agent'], wide)).toBe('assigned');
    expect(ticketScopeKind(['assistant', 'external_agent'], narrow)).toBe('assisted');
    expect(ticketScopeKind(['app_admin', 'master_data_admin'], wide)).toBe('none');
    expect(ticketScopeKind([], wide)).toBe('none');
  });

  it('when an assistant\u2019s scope is asked about a ticket, then assisted properties and assignees count, nothing else', () => {
    const scope = { kind: 'assisted', userIds: ['me', 'absent-colleague'], propertyIds: ['p1'] } as const;
    expect(inTicketScope(scope, { propertyId: 'p1', assigneeId: null })).toBe(true);
    expect(inTicketScope(scope, { propertyId: 'p2', assigneeId: 'me' })).toBe(true);
    expect(inTicketScope(scope, { propertyId: 'p2', assigneeId: 'absent-colleague' })).toBe(true);
    expect(inTicketScope(scope, { propertyId: 'p2', assigneeId: 'someone' })).toBe(false);
    expect(inTicketScope(scope, { propertyId: 'p2', assigneeId: null })).toBe(false);
    expect(inTicketScope({ kind: 'assigned', userIds: ['me'] }, { propertyId: 'p1', assigneeId: null })).toBe(false);
    expect(inTicketScope({ kind: 'none' }, { propertyId: 'p1', assigneeId: 'me' })).toBe(false);
  });
});

describe('the example ticket', () => {
  it('when a preview uses it, then every template variable has a made-up value, in French and in English, signed with the agency', () => {
    for (const language of ['fr', 'en'] as const) {
      const variables = exampleTicketVariables(language, { name: 'Agence Test' }, { link: 'https://x.test/x/t', helpLink: 'https://x.test/help' }) as Record<string, unknown>;
      for (const path of TEMPLATE_VARIABLES) {
        const value = path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], variables);
        expect(String(value ?? ''), `${language} ${path}`).not.toBe('');
      }
      expect((variables.agency as { name: string }).name).toBe('Agence Test');
    }
  });
});
