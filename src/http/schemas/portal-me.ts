// The resident as the portal shows them (GET /portal/me), shared by the portal's routes.
import { Type } from '@sinclair/typebox';
import { RELATION_KINDS } from '../../domain/master-data.ts';
import { COMMUNITY_TOOL_CODES } from '../../domain/community/tools.ts';
import { Uuid } from './common.ts';
import { DISPLAY_NAMES } from '../../domain/community/news.ts';

export const PortalMe = Type.Object({
  personId: Uuid,
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  language: Type.Union([Type.Literal('fr'), Type.Literal('en')]),
  organization: Type.Object({ name: Type.String(), slug: Type.String(), currency: Type.String(), locale: Type.String() }),
  places: Type.Array(Type.Object({
    propertyId: Uuid, propertyName: Type.String(), address: Type.String(),
    unitId: Type.Union([Uuid, Type.Null()]), unitReference: Type.Union([Type.String(), Type.Null()]),
    relation: Type.Union(RELATION_KINDS.map((k) => Type.Literal(k))),
  })),
  preferences: Type.Object({ sms: Type.Boolean(), ownRequests: Type.Boolean(), watched: Type.Boolean(), displayName: Type.Union(DISPLAY_NAMES.map((d) => Type.Literal(d))) }),
  hasPhone: Type.Boolean(),
  preview: Type.Boolean({ description: 'A staff member\'s read-only preview: every change is refused' }),
  canRequest: Type.Boolean(),
  requestsLeftToday: Type.Integer({ minimum: 0 }),
  /** The cockpit's tools the agency switched on, which the portal shows. */
  tools: Type.Array(Type.Union(COMMUNITY_TOOL_CODES.map((k) => Type.Literal(k)))),
  /** The tenant companies the resident works for (when that tool is on). */
  companies: Type.Array(Type.Object({ id: Uuid, name: Type.String(), isAdmin: Type.Boolean() })),
});

export const ResidentAnswer = Type.Object({ resident: PortalMe });
