// The input of a person (create with relations, update, import).
import { Type, type Static } from '@sinclair/typebox';
import { LANGUAGES, PORTAL_STATUSES } from '../domain/master-data.ts';
import { Name, Email, Phone, ExternalRef, Nullable, oneOf } from './input-fields.ts';
import { RelationInput } from './relation-input.ts';

const personFields = {
  externalRef: Type.Optional(Nullable(ExternalRef)),
  name: Name,
  emails: Type.Optional(Type.Array(Email, { maxItems: 10, uniqueItems: true })),
  phones: Type.Optional(Type.Array(Phone, { maxItems: 10, uniqueItems: true })),
  language: Type.Optional(oneOf(LANGUAGES)),
  portalStatus: Type.Optional(oneOf(PORTAL_STATUSES)),
  /** An owner's mandate (gérance): a quote above this amount, in cents, waits for their approval. */
  mandateThresholdCents: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100_000_000_000 }), Type.Null()])),
};
export const PersonInput = Type.Object(
  { ...personFields, relations: Type.Optional(Type.Array(RelationInput, { maxItems: 100 })) },
  { additionalProperties: false },
);
export const PersonPatch = Type.Partial(Type.Object(personFields), { additionalProperties: false, minProperties: 1 });

export type PersonInputT = Static<typeof PersonInput>;
