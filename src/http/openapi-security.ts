// How the OpenAPI document declares who may call each operation: one security scheme per way in
// (a cookie each for staff, residents and parties, an API token, the doors' own secrets), and the
// requirement of a route read from its access (src/http/access.ts) unless its schema names one.
import type { Access } from './access.ts';
import { SESSION_COOKIE } from './access.ts';
import { PORTAL_COOKIE } from '../auth/resident.ts';
import { EXCHANGE_COOKIE } from '../exchange/links.ts';

export const SECURITY_SCHEMES = {
  session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'A staff session: the cookie that POST /api/v1/auth/login sets.' },
  bearer: { type: 'http', scheme: 'bearer', description: 'An API token made with `npx gardien token` (or POST /api/v1/tokens), as `Authorization: Bearer <token>`.' },
  portal: { type: 'apiKey', in: 'cookie', name: PORTAL_COOKIE, description: 'A resident’s portal session: the cookie that POST /api/v1/portal/auth/login (or a sign-in link) sets.' },
  partyLink: {
    type: 'apiKey', in: 'cookie', name: EXCHANGE_COOKIE,
    description: 'A contractor’s or approver’s page, without an account: GET /x/{token} trades the link’s secret for this cookie, and `{token}` = `session` then reads it. The secret itself in `{token}` works too.',
  },
  inboundSecret: { type: 'http', scheme: 'bearer', description: 'The agency’s inbound secret (Settings → Inbound email; POST /api/v1/settings/inbound/secret makes a new one).' },
  twilioSignature: { type: 'apiKey', in: 'header', name: 'X-Twilio-Signature', description: 'Twilio’s signature of its callback, checked with TWILIO_AUTH_TOKEN over the URL as PUBLIC_URL names it.' },
} as const;

export type SecurityRequirement = Partial<Record<keyof typeof SECURITY_SCHEMES, string[]>>;

/** The security requirement of a route of this access: any of the listed ways in. */
export function securityOf(access: Access | undefined): SecurityRequirement[] {
  if (access === 'public') return [];
  if (access === 'resident' || access === 'resident_write') return [{ portal: [] }];
  return [{ session: [] }, { bearer: [] }];
}

/** The exchange's routes: the link's secret in the path, or the page's cookie (`{token}` = `session`). */
export const PARTY_LINK_SECURITY: SecurityRequirement[] = [{}, { partyLink: [] }];
