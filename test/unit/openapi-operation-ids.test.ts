// The rule naming each operation of the OpenAPI document (src/http/openapi-operation-ids.ts).
import { describe, it, expect } from 'vitest';
import { operationIdFor } from '../../src/http/openapi-operation-ids.ts';

describe('operationIdFor', () => {
  it.each([
    ['GET', '/api/v1/tickets', 'listTickets'],
    ['POST', '/api/v1/tickets', 'createTicket'],
    ['GET', '/api/v1/tickets/:number', 'getTicketByNumber'],
    ['GET', '/api/v1/tickets/{number}', 'getTicketByNumber'],
    ['GET', '/api/v1/tickets/:number/events', 'listTicketEvents'],
    ['PATCH', '/api/v1/properties/:id', 'updatePropertyById'],
    ['POST', '/api/v1/categories', 'createCategory'],
    ['DELETE', '/api/v1/users/:id/tokens/:tokenId', 'deleteUserTokenByTokenId'],
    ['GET', '/api/v1/templates/:key/:channel/:language', 'getTemplateByKeyAndChannelAndLanguage'],
    ['PUT', '/api/v1/me/delegation', 'setMeDelegation'],
    ['POST', '/api/v1/articles/:id/publish', 'articlePublish'],
    ['POST', '/api/v1/auth/login', 'authLogin'],
    ['GET', '/api/v1/settings', 'getSettings'],
    ['GET', '/api/v1/news', 'listNews'],
    ['POST', '/api/v1/news/:id/comments', 'createNewsComment'],
    ['GET', '/api/v1/tickets/:number/summary.pdf', 'getTicketSummaryPdf'],
    ['GET', '/api/v1/portal/bookings/:id/booking.ics', 'getPortalBookingBookingIcs'],
    ['GET', '/healthz', 'getHealthz'],
  ])('%s %s is %s', (method, url, expected) => {
    expect(operationIdFor(method, url)).toBe(expected);
  });

  it('refuses a method it has no verb for', () => {
    expect(() => operationIdFor('OPTIONS', '/api/v1/tickets')).toThrow(/OPTIONS/);
  });
});
