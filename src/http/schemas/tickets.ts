// Schemas of the ticket routes. Answers are described loosely beyond their main fields: the
// presenters in src/http/ticket-presenter.ts are their exact shape.
import { Type } from '@sinclair/typebox';
import { SOURCES, TICKET_STATUSES, TICKET_TYPES, WAITING_ON } from '../../domain/tickets/codes.ts';
import { ACTION_INPUTS } from '../../tickets/action-inputs.ts';

const oneOf = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const open = { additionalProperties: true };

export const NumberParams = Type.Object({ number: Type.Integer({ minimum: 1, maximum: 2_000_000_000 }) }, { additionalProperties: false });

export const TicketListQuery = Type.Object(
  {
    scope: Type.Optional(oneOf(['open', 'today', 'closed', 'all'] as const)),
    mine: Type.Optional(Type.Boolean()),
    status: Type.Optional(Type.Array(oneOf(TICKET_STATUSES), { maxItems: 16 })),
    type: Type.Optional(Type.Array(oneOf(TICKET_TYPES), { maxItems: 5 })),
    propertyId: Type.Optional(Type.String({ format: 'uuid' })),
    unitId: Type.Optional(Type.String({ format: 'uuid' })),
    contractorId: Type.Optional(Type.String({ format: 'uuid' })),
    assigneeId: Type.Optional(Type.String({ format: 'uuid' })),
    unassigned: Type.Optional(Type.Boolean()),
    source: Type.Optional(oneOf(SOURCES)),
    categoryId: Type.Optional(Type.String({ format: 'uuid' })),
    waitingOn: Type.Optional(oneOf(WAITING_ON)),
    needsAction: Type.Optional(Type.Boolean()),
    unregisteredSender: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

const Summary = {
  number: Type.Integer(),
  type: Type.String(),
  status: Type.String(),
  statusKind: Type.String(),
  needsAction: Type.Boolean(),
  waitingOn: Type.String(),
  subject: Type.String(),
  source: Type.String(),
  amountCents: Type.Union([Type.Integer(), Type.Null()]),
  unreadCount: Type.Integer(),
  ageColour: Type.String(),
  firstResponse: Type.String(),
  firstResponseDueAt: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  closedAt: Type.Union([Type.String(), Type.Null()]),
  /** An incident: how many reports are linked to it (0 for other tickets). */
  incidentReportCount: Type.Integer(),
};

export const TicketListItem = Type.Object(
  {
    ...Summary,
    descriptionExcerpt: Type.String(),
    /** Null for a pending request whose place is not known yet (mail from an unknown sender). */
    property: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
    unitReference: Type.Union([Type.String(), Type.Null()]),
    contractors: Type.Array(Type.String()),
    assignee: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
    /** A pending request's photos: how many, and the first few a browser can show (0 and [] for other tickets). */
    photoCount: Type.Integer({ description: 'Photos of a pending request (0 for other tickets)' }),
    photos: Type.Array(Type.Object({ id: Type.String(), url: Type.String() }), { description: 'The first photos of a pending request, to show as thumbnails (JPEG, PNG, WebP, GIF)' }),
    /** A report linked to an incident: the incident's number (null otherwise). */
    incidentNumber: Type.Union([Type.Integer(), Type.Null()]),
  },
  open,
);

export const Dispatch = Type.Object({ id: Type.String(), contractorId: Type.Union([Type.String(), Type.Null()]), kind: Type.String(), state: Type.String() }, open);

export const Ticket = Type.Object(
  {
    ...Summary,
    id: Type.String(),
    description: Type.String(),
    availability: Type.Union([Type.String(), Type.Null()]),
    entryAllowed: Type.Union([Type.Boolean(), Type.Null()]),
    /** The tenant company the request is for, if one. */
    company: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
    dispatches: Type.Array(Dispatch),
    nextSteps: Type.Object({
      ticket: Type.Array(Type.String()),
      incident: Type.Array(Type.String()),
      dispatches: Type.Array(Type.Object({ dispatchId: Type.String(), actions: Type.Array(Type.String()) })),
      parties: Type.Array(Type.Object({ partyId: Type.String(), actions: Type.Array(Type.String()) })),
    }),
  },
  open,
);

export const TicketEvent = Type.Object(
  { id: Type.String(), seq: Type.Integer(), type: Type.String(), actorType: Type.String(), actorName: Type.String(), channel: Type.String(), direction: Type.String(), createdAt: Type.String() },
  open,
);

export const EventsQuery = Type.Object(
  { dispatchId: Type.Optional(Type.String({ format: 'uuid' })), partyId: Type.Optional(Type.String({ format: 'uuid' })) },
  { additionalProperties: false },
);

/** The body of an action: one schema per action, chosen by its `action` field. */
export const ActionBody = Type.Unsafe<Record<string, unknown>>({
  type: 'object',
  title: 'TicketAction',
  required: ['action'],
  discriminator: { propertyName: 'action' },
  oneOf: Object.values(ACTION_INPUTS),
});

export const TimeBody = Type.Object({ event: oneOf(['start', 'heartbeat', 'stop'] as const) }, { additionalProperties: false });

export const BulkReassignBody = Type.Object(
  { numbers: Type.Array(Type.Integer({ minimum: 1, maximum: 999_999_999 }), { minItems: 1, maxItems: 500, uniqueItems: true }), assigneeId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/** Several selected tickets merged into one incident (the list's selection). */
export const BulkMergeBody = Type.Object(
  { numbers: Type.Array(Type.Integer({ minimum: 1, maximum: 999_999_999 }), { minItems: 1, maxItems: 200, uniqueItems: true }), incidentNumber: Type.Integer({ minimum: 1, maximum: 999_999_999 }) },
  { additionalProperties: false },
);

/** A ticket a report may duplicate. */
export const DuplicateSuggestion = Type.Object({
  number: Type.Integer(), subject: Type.String(), status: Type.String(), requestedAt: Type.String(),
  requesterName: Type.Union([Type.String(), Type.Null()]), incidentReportCount: Type.Integer(),
});
