// The input of a staff user (create, update, import); the password only through the API.
import { Type, type Static } from '@sinclair/typebox';
import { LANGUAGES } from '../domain/master-data.ts';
import { ROLES } from '../domain/roles.ts';
import { Uuid, Timestamp, Email, Phone, Name, oneOf } from './input-fields.ts';

export const UserInput = Type.Object(
  {
    email: Email,
    name: Name,
    roles: Type.Array(oneOf(ROLES), { minItems: 1, maxItems: ROLES.length, uniqueItems: true }),
    language: Type.Optional(oneOf(LANGUAGES)),
    phone: Type.Optional(Type.Union([Phone, Type.Null()])),
    active: Type.Optional(Type.Boolean()),
    delegateUserId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    delegateUntil: Type.Optional(Type.Union([Timestamp, Type.Null()])),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export const UserPatch = Type.Partial(UserInput, { additionalProperties: false, minProperties: 1 });

export type UserInputT = Static<typeof UserInput>;
