// The API calls a light page makes first thing, announced with the page (a `Link: rel=preload`
// header) so that the browser asks for them while it downloads the page's scripts rather than
// after running them. Only what the page is sure to read, and only with the cookie that lets the
// call answer: a preload the page does not use is a wasted request.
import { EXCHANGE_COOKIE } from '../exchange/links.ts';
import { PORTAL_COOKIE } from '../auth/resident.ts';

/** What a party's page reads first (web/src/exchange/exchange-api.ts). */
export const EXCHANGE_VIEW_PATH = '/api/v1/exchange/session';

/** The newest articles the portal's home shows (404 tool_off when the agency has them off). */
export const HOME_ARTICLES_PATH = '/api/v1/portal/articles?limit=3';

/** The rooms the resident may book and their bookings to come: the home's "Réservations" and the
 * bookings page (web/src/portal/booking-api.ts; 404 tool_off when the agency has them off). */
export const BOOKING_CALLS = ['/api/v1/portal/bookings/resources', '/api/v1/portal/bookings?when=upcoming'];

/** The residents' portal: who is signed in (every page), then what the page shows. */
const PORTAL_FIRST_CALLS: { path: RegExp; calls: (match: RegExpExecArray) => string[] }[] = [
  // The home's "Infos pratiques" (web/src/portal/home-page.tsx asks for exactly this address).
  { path: /^\/portal\/?$/, calls: () => ['/api/v1/portal/tickets', '/api/v1/portal/decisions', HOME_ARTICLES_PATH, ...BOOKING_CALLS] },
  { path: /^\/portal\/bookings\/?$/, calls: () => BOOKING_CALLS },
  { path: /^\/portal\/new\/?$/, calls: () => ['/api/v1/portal/categories'] },
  { path: /^\/portal\/tickets\/(\d{1,9})\/?$/, calls: (match) => [`/api/v1/portal/tickets/${match[1]}`] },
];
/** The portal's pages a visitor opens without a session: they read no resident. */
const PORTAL_PUBLIC = /^\/portal\/(sign-in|enter|reset|register|code)\/?$/;

/** The calls to announce for `page` opened at `path` with `query`, or none. */
export function firstCalls(page: string, path: string, query: URLSearchParams, cookies: Record<string, string | undefined>): string[] {
  if (page === 'exchange.html') {
    // Not for the help or a link's problem, which read no view.
    return cookies[EXCHANGE_COOKIE] && !query.has('view') && !query.has('problem') ? [EXCHANGE_VIEW_PATH] : [];
  }
  if (page === 'portal.html') {
    if (!cookies[PORTAL_COOKIE] || PORTAL_PUBLIC.test(path)) return [];
    for (const entry of PORTAL_FIRST_CALLS) {
      const match = entry.path.exec(path);
      if (match) return ['/api/v1/portal/me', ...entry.calls(match)];
    }
    return ['/api/v1/portal/me'];
  }
  return [];
}

/** The `Link` header's value for those calls (fetched same-origin, as the page's fetch() does). */
export function preloadHeader(calls: string[]): string {
  return calls.map((call) => `<${call}>; rel=preload; as=fetch; crossorigin=anonymous`).join(', ');
}
