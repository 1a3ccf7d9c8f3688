// Answers of the portal's ticket routes (API: PortalTicketItem, PortalTicket).
import { Type } from '@sinclair/typebox';
import { RESIDENT_STATUSES } from '../../domain/portal/resident-status.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const ResidentStatusCode = Type.Union(Object.keys(RESIDENT_STATUSES).map((s) => Type.Literal(s)));
const FileLink = Type.Object({ id: Type.String(), name: Type.String(), url: Type.String() });

export const PortalTicketItem = Type.Object({
  number: Type.Integer(),
  subject: Type.String(),
  status: ResidentStatusCode,
  place: Type.Object({ propertyName: Type.String(), unitReference: Nullable(Type.String()) }),
  requestedAt: Type.String(),
  updatedAt: Type.String(),
  mine: Type.Boolean(),
  /** Grouped with identical reports: the agency linked it to an incident (whose other requesters are never shown). */
  grouped: Type.Boolean(),
  appointment: Nullable(Type.Object({ startsAt: Type.String(), durationMinutes: Type.Integer() })),
  awaitingMyDecision: Type.Boolean(),
  awaitingMyFeedback: Type.Boolean(),
  unreadMessages: Type.Integer(),
});

const PortalMessage = Type.Object({
  id: Type.String(), at: Type.String(), from: Type.Union([Type.Literal('me'), Type.Literal('agency')]), authorName: Type.String(), body: Type.String(), files: Type.Array(FileLink),
});

export const PortalTicket = Type.Object({
  ...PortalTicketItem.properties,
  description: Type.String(),
  category: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  availability: Nullable(Type.String()),
  entryAllowed: Nullable(Type.Boolean()),
  requester: Type.Object({ displayName: Type.String() }),
  steps: Type.Array(Type.Object({ at: Type.String(), kind: Type.String() })),
  documents: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), type: Type.String(), size: Type.Integer(), url: Type.String() })),
  messages: Type.Array(PortalMessage),
  feedback: Nullable(Type.Object({ rating: Type.String(), reason: Nullable(Type.String()), comment: Nullable(Type.String()), at: Type.String() })),
  canGiveFeedback: Type.Boolean(),
  quotes: Type.Array(Type.Object({
    dispatchId: Type.String(), contractorName: Type.String(), amountCents: Type.Integer(), validUntil: Nullable(Type.String()), files: Type.Array(FileLink),
    state: Type.String(), awaitingMyDecision: Type.Boolean(),
  })),
  appointmentIcsUrl: Nullable(Type.String()),
});

export const PortalTicketPage = Type.Object({ items: Type.Array(PortalTicketItem), nextCursor: Nullable(Type.String()) });
export const PortalDecisions = Type.Object({ items: Type.Array(PortalTicketItem) });
export const PortalRequestCreated = Type.Object({ number: Type.Integer(), status: ResidentStatusCode });
export const PortalMessageCreated = Type.Object({ message: PortalMessage });
export const PortalCategories = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.String(), name: Type.String(),
    fields: Type.Array(Type.Object({
      key: Type.String(), label: Type.Object({ fr: Type.String(), en: Type.String() }),
      type: Type.String(), required: Type.Boolean(), options: Type.Optional(Type.Array(Type.String())),
    })),
  })),
});
