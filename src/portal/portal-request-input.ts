// The `request` part of POST /portal/tickets (a resident's request from the portal).
import { Type, type Static } from '@sinclair/typebox';

const Uuid = Type.String({ format: 'uuid' });

export const PortalRequestInput = Type.Object(
  {
    place: Type.Union([
      Type.Object({ unitId: Uuid }, { additionalProperties: false }),
      Type.Object({ propertyId: Uuid }, { additionalProperties: false }),
    ]),
    categoryId: Type.Optional(Uuid),
    categoryFields: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Type.Unknown())),
    subject: Type.Optional(Type.String({ maxLength: 200 })),
    description: Type.String({ minLength: 1, maxLength: 5000 }),
    availability: Type.Optional(Type.String({ maxLength: 500 })),
    entryAllowed: Type.Optional(Type.Boolean()),
    /** For the tenant company the resident works for (its admin sees it). */
    companyId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type PortalRequestInputT = Static<typeof PortalRequestInput>;

export const PortalMessageInput = Type.Object({ body: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false });
export type PortalMessageInputT = Static<typeof PortalMessageInput>;

export const PortalDecisionInput = Type.Object(
  {
    dispatchId: Uuid,
    decision: Type.Union([Type.Literal('approve'), Type.Literal('disapprove')]),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type PortalDecisionInputT = Static<typeof PortalDecisionInput>;
