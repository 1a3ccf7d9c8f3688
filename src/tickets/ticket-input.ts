// The body of `POST /tickets`: every field of a ticket (DOMAIN.md §4) at creation.
import { Type, type Static } from '@sinclair/typebox';
import { SOURCES } from '../domain/tickets/codes.ts';
import { ContractorChoice, PartyChoice, RemindersPatch, ticketFields } from './action-inputs.ts';

const oneOf = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const CreateTicketInput = Type.Object(
  {
    ...ticketFields,
    type: oneOf(['ODS', 'DS', 'PENDING'] as const),
    propertyId: Type.String({ format: 'uuid' }),
    subject: Type.String({ minLength: 1, maxLength: 300 }),
    assigneeId: Type.Optional(Type.String({ format: 'uuid' })),
    requester: Type.Optional(PartyChoice),
    /** The tenant company the request is for. */
    companyId: Type.Optional(Type.String({ format: 'uuid' })),
    source: Type.Optional(oneOf(SOURCES)),
    requestedAt: Type.Optional(Type.String({ format: 'date-time' })),
    contractors: Type.Optional(Type.Array(ContractorChoice, { maxItems: 10 })),
    silent: Type.Optional(Type.Boolean()),
    reminders: Type.Optional(RemindersPatch),
    attachmentIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 20, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type CreateTicketInputT = Static<typeof CreateTicketInput>;
