// Which page the server sends for a page path (src/http/web-app.ts): the parties' light page on
// /x, an agency's web form on /f/{slug}, the residents' portal on /portal, the light sign-in page to a browser without a session, the cockpit otherwise.
import { describe, expect, it } from 'vitest';
import { pageFor } from '../../src/http/web-app.ts';
import { firstCalls, preloadHeader } from '../../src/http/page-preloads.ts';

describe('the page a path opens', () => {
  it('when a party opens /x, then it is the parties\u2019 page, session or not', () => {
    expect(pageFor('/x', false)).toBe('exchange.html');
    expect(pageFor('/x/', true)).toBe('exchange.html');
  });

  it('when anyone opens an agency\u2019s web form on /f/{slug}, then it is the web form\u2019s page, session or not', () => {
    expect(pageFor('/f/demo', false)).toBe('webform.html');
    expect(pageFor('/f/demo/', true)).toBe('webform.html');
    expect(pageFor('/f/demo/other', true)).toBe('index.html');
    expect(pageFor('/f', true)).toBe('index.html');
  });

  it('when a resident opens /portal or any page under it, then it is the portal\u2019s page, staff session or not', () => {
    expect(pageFor('/portal', false)).toBe('portal.html');
    expect(pageFor('/portal/', true)).toBe('portal.html');
    expect(pageFor('/portal/sign-in', false)).toBe('portal.html');
    expect(pageFor('/portal/tickets/12', true)).toBe('portal.html');
    expect(pageFor('/portals', false)).toBe('sign-in.html');
  });

  it('when a browser holds no session cookie, then the cockpit\u2019s pages show the light sign-in page', () => {
    expect(pageFor('/', false)).toBe('sign-in.html');
    expect(pageFor('/tickets/12', false)).toBe('sign-in.html');
    expect(pageFor('/xylophone', false)).toBe('sign-in.html');
  });

  it('when a browser holds a session cookie, or the page needs none, then it is the cockpit', () => {
    expect(pageFor('/', true)).toBe('index.html');
    expect(pageFor('/tickets/12', true)).toBe('index.html');
    expect(pageFor('/reset-password', false)).toBe('index.html');
  });
});

describe('what a page announces it will read first (its Link: rel=preload header)', () => {
  const none = new URLSearchParams();
  const resident = { gardien_portal: 'x' };

  it('when a signed-in resident opens a page of the portal, then who they are and what that page shows are announced', () => {
    expect(firstCalls('portal.html', '/portal', none, resident)).toEqual([
      '/api/v1/portal/me', '/api/v1/portal/tickets', '/api/v1/portal/decisions', '/api/v1/portal/articles?limit=3', '/api/v1/portal/bookings/resources', '/api/v1/portal/bookings?when=upcoming',
    ]);
    expect(firstCalls('portal.html', '/portal/bookings', none, resident)).toEqual(['/api/v1/portal/me', '/api/v1/portal/bookings/resources', '/api/v1/portal/bookings?when=upcoming']);
    expect(firstCalls('portal.html', '/portal/new', none, resident)).toEqual(['/api/v1/portal/me', '/api/v1/portal/categories']);
    expect(firstCalls('portal.html', '/portal/tickets/42', none, resident)).toEqual(['/api/v1/portal/me', '/api/v1/portal/tickets/42']);
    expect(firstCalls('portal.html', '/portal/settings', none, resident)).toEqual(['/api/v1/portal/me']);
  });

  it('when the portal is opened without its cookie, or on a page for visitors, then nothing is announced', () => {
    expect(firstCalls('portal.html', '/portal', none, {})).toEqual([]);
    expect(firstCalls('portal.html', '/portal', none, { gardien_session: 'staff' })).toEqual([]);
    expect(firstCalls('portal.html', '/portal/sign-in', none, resident)).toEqual([]);
    expect(firstCalls('portal.html', '/portal/register', none, resident)).toEqual([]);
  });

  it('when a party opens their page with its cookie, then its view is announced, but not for the help or a link\u2019s problem', () => {
    expect(firstCalls('exchange.html', '/x', none, { gardien_x: 'x' })).toEqual(['/api/v1/exchange/session']);
    expect(firstCalls('exchange.html', '/x', new URLSearchParams('view=help'), { gardien_x: 'x' })).toEqual([]);
    expect(firstCalls('exchange.html', '/x', none, {})).toEqual([]);
    expect(firstCalls('index.html', '/', none, resident)).toEqual([]);
  });

  it('when calls are announced, then each is a same-origin fetch preload', () => {
    expect(preloadHeader(['/a', '/b'])).toBe('</a>; rel=preload; as=fetch; crossorigin=anonymous, </b>; rel=preload; as=fetch; crossorigin=anonymous');
  });
});
