// The input of a staff user (create, update, import). No password: an administrator sends the
// user a reset link instead (src/auth/password-reset.ts); only the CLI sets one at creation.
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
  },
  { additionalProperties: false },
);
export const UserPatch = Type.Partial(UserInput, { additionalProperties: false, minProperties: 1 });

export type UserInputT = Static<typeof UserInput>;

/** A user as the trusted callers create one (the CLI may give a first password). */
export type NewUserT = UserInputT & { password?: string };
