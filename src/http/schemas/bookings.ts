// The shapes of bookings' routes (API.md Community tools: /resources, /bookings, /portal/bookings).
import { Type, type Static } from '@sinclair/typebox';
import { WEEKDAYS } from '../../domain/bookings/local-time.ts';
import { APPROVALS, LIMIT_PERIODS, RESOURCE_KINDS } from '../../domain/bookings/resource-rules.ts';
import { BOOKING_STATES } from '../../domain/bookings/booking-states.ts';
import { RELATION_KINDS } from '../../domain/master-data.ts';
import { DateOnly, Timestamp, Uuid } from './common.ts';

export const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

const Clock = Type.String({ pattern: '^([01]\\d|2[0-4]):[0-5]\\d$', description: 'HH:MM local time; 24:00 is midnight at the end of the day' });
const Window = Type.Object({ from: Clock, to: Clock }, { additionalProperties: false });
const OpeningHours = Type.Object(Object.fromEntries(WEEKDAYS.map((d) => [d, Type.Array(Window, { maxItems: 6 })])), { additionalProperties: false });
const Minutes = Type.Integer({ minimum: 0, maximum: 60 * 24 * 31 });
const Cents = Type.Union([Type.Integer({ minimum: 0, maximum: 100_000_000 }), Type.Null()]);

export const RulesSchema = Type.Object({
  openingHours: OpeningHours,
  slotMinutes: Minutes,
  minMinutes: Minutes,
  maxMinutes: Minutes,
  bufferMinutes: Minutes,
  minNoticeHours: Type.Integer({ minimum: 0, maximum: 2160 }),
  maxAheadDays: Type.Integer({ minimum: 0, maximum: 730 }),
  perResident: Type.Union([Type.Object({ count: Type.Integer({ minimum: 1, maximum: 1000 }), period: literals(LIMIT_PERIODS) }, { additionalProperties: false }), Type.Null()]),
  approval: literals(APPROVALS),
  cancelHoursBefore: Type.Integer({ minimum: 0, maximum: 2160 }),
  priceCents: Cents,
  depositCents: Cents,
}, { additionalProperties: false });
const RulesInput = Type.Partial(Type.Object({ ...RulesSchema.properties, openingHours: Type.Partial(OpeningHours, { additionalProperties: false }) }), { additionalProperties: false });

export const ResourceAudience = Type.Union([Type.Object({
  propertyIds: Type.Optional(Type.Array(Uuid, { maxItems: 1 })),
  unitIds: Type.Optional(Type.Array(Uuid, { maxItems: 2000 })),
  relations: Type.Optional(Type.Array(literals(RELATION_KINDS), { maxItems: RELATION_KINDS.length })),
}, { additionalProperties: false }), Type.Null()], { description: 'Who may book, within the property: its units, narrowed by relation; null: every resident of the property' });

const resourceFields = {
  propertyId: Uuid,
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  kind: literals(RESOURCE_KINDS),
  description: Type.String({ maxLength: 5000 }),
  rules: RulesInput,
  audience: ResourceAudience,
  active: Type.Boolean(),
};
export const CreateResourceBody = Type.Object({
  ...resourceFields,
  description: Type.Optional(resourceFields.description), rules: Type.Optional(resourceFields.rules), audience: Type.Optional(resourceFields.audience), active: Type.Optional(resourceFields.active),
}, { additionalProperties: false });
export const PatchResourceBody = Type.Partial(Type.Object(resourceFields), { additionalProperties: false, minProperties: 1 });
export const LinksBody = Type.Object({ blocks: Type.Array(Uuid, { maxItems: 50 }) }, { additionalProperties: false });
export const ClosureBody = Type.Object({ startsAt: Timestamp, endsAt: Timestamp, reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) }, { additionalProperties: false });

export const Photo = Type.Object({ id: Type.String(), filename: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(), url: Type.String() });
export const Closure = Type.Object({ id: Type.String(), startsAt: Type.String(), endsAt: Type.String(), reason: Type.Union([Type.String(), Type.Null()]) });
export const Resource = Type.Object({
  id: Type.String(), propertyId: Type.String(), name: Type.String(), kind: literals(RESOURCE_KINDS), description: Type.String(),
  rules: RulesSchema, audience: ResourceAudience, active: Type.Boolean(),
  photos: Type.Array(Photo), blocks: Type.Array(Type.String()), closures: Type.Array(Closure),
  createdAt: Type.String(), updatedAt: Type.String(),
});
export type ResourceAnswer = Static<typeof Resource>;

export const Booking = Type.Object({
  id: Type.String(), resourceId: Type.String(), resourceName: Type.String(), propertyId: Type.String(),
  person: Type.Object({ id: Type.String(), name: Type.String() }),
  startsAt: Type.String(), endsAt: Type.String(), state: literals(BOOKING_STATES), note: Type.Union([Type.String(), Type.Null()]), reason: Type.Union([Type.String(), Type.Null()]),
  bookedByStaff: Type.Boolean(), decidedAt: Type.Union([Type.String(), Type.Null()]), cancelledAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});
export const PortalBooking = Type.Object({ ...Type.Omit(Booking, ['person']).properties, mayCancel: Type.Boolean(), icsUrl: Type.Union([Type.String(), Type.Null()]) });

export const CalendarQuery = Type.Object({
  from: Timestamp, to: Timestamp,
  propertyId: Type.Optional(Uuid), resourceId: Type.Optional(Uuid),
  state: Type.Optional(literals(BOOKING_STATES)),
}, { additionalProperties: false });
export const StaffBookingBody = Type.Object({ resourceId: Uuid, personId: Uuid, startsAt: Timestamp, endsAt: Timestamp, note: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])) }, { additionalProperties: false });
export const ReasonBody = Type.Object({ reason: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])) }, { additionalProperties: false });
export const RefuseBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000, pattern: '\\S' }) }, { additionalProperties: false });

export const PortalBookingBody = Type.Object({ resourceId: Uuid, startsAt: Timestamp, endsAt: Timestamp, note: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])) }, { additionalProperties: false });
export const SlotsQuery = Type.Object({ day: DateOnly, days: Type.Integer({ minimum: 1, maximum: 14, default: 1 }), minutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 60 * 24 * 31 })) }, { additionalProperties: false });
export const FreeQuery = Type.Object({ startsAt: Timestamp, endsAt: Timestamp }, { additionalProperties: false });
export const MineQuery = Type.Object({ when: literals(['upcoming', 'past'] as const), limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }) }, { additionalProperties: false });
export const Slot = Type.Object({ startsAt: Type.String(), endsAt: Type.String() });
