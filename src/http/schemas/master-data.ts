// Request and response schemas of the master data: properties, units, persons, contractors, users.
import { Type, type Static } from '@sinclair/typebox';
import { PROPERTY_KINDS, MODULES, RELATION_KINDS, TRADES, CHANNELS, LANGUAGES, PORTAL_STATUSES } from '../../domain/master-data.ts';
import { ROLES } from '../../domain/roles.ts';
import { Uuid, Timestamp, DateOnly, Email, Phone, Name } from './common.ts';

const oneOf = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const ExternalRef = Type.String({ minLength: 1, maxLength: 100 });
const Text = (max: number) => Type.String({ maxLength: max });

const propertyFields = {
  externalRef: Type.Optional(Nullable(ExternalRef)),
  name: Name,
  kind: oneOf(PROPERTY_KINDS),
  module: oneOf(MODULES),
  addressLine: Type.String({ minLength: 1, maxLength: 300 }),
  postalCode: Type.String({ minLength: 1, maxLength: 20 }),
  city: Type.String({ minLength: 1, maxLength: 120 }),
  country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
  managerId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  assistantId: Type.Optional(Type.Union([Uuid, Type.Null()])),
};
export const PropertyInput = Type.Object(propertyFields, { additionalProperties: false });
export const PropertyPatch = Type.Partial(PropertyInput, { additionalProperties: false, minProperties: 1 });
export const Property = Type.Object({
  id: Uuid,
  ...propertyFields,
  externalRef: Type.Union([Type.String(), Type.Null()]),
  country: Type.String(),
  managerId: Type.Union([Uuid, Type.Null()]),
  assistantId: Type.Union([Uuid, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const PropertyQuery = Type.Object({}, { additionalProperties: false });

const unitFields = {
  propertyId: Uuid,
  reference: Type.String({ minLength: 1, maxLength: 60 }),
  floor: Type.Optional(Nullable(Text(40))),
  description: Type.Optional(Nullable(Text(500))),
};
export const UnitInput = Type.Object(unitFields, { additionalProperties: false });
export const UnitPatch = Type.Partial(UnitInput, { additionalProperties: false, minProperties: 1 });
export const Unit = Type.Object({
  id: Uuid,
  ...unitFields,
  floor: Type.Union([Type.String(), Type.Null()]),
  description: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

const relationFields = {
  kind: oneOf(RELATION_KINDS),
  unitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  propertyId: Type.Optional(Uuid),
  startsOn: Type.Optional(Type.Union([DateOnly, Type.Null()])),
  endsOn: Type.Optional(Type.Union([DateOnly, Type.Null()])),
};
export const RelationInput = Type.Object(relationFields, { additionalProperties: false });
export const RelationPatch = Type.Object(
  { startsOn: relationFields.startsOn, endsOn: relationFields.endsOn },
  { additionalProperties: false, minProperties: 1 },
);
export const Relation = Type.Object({
  id: Uuid,
  kind: Type.String(),
  unitId: Type.Union([Uuid, Type.Null()]),
  propertyId: Uuid,
  startsOn: Type.Union([DateOnly, Type.Null()]),
  endsOn: Type.Union([DateOnly, Type.Null()]),
});

const personFields = {
  externalRef: Type.Optional(Nullable(ExternalRef)),
  name: Name,
  emails: Type.Optional(Type.Array(Email, { maxItems: 10, uniqueItems: true })),
  phones: Type.Optional(Type.Array(Phone, { maxItems: 10, uniqueItems: true })),
  language: Type.Optional(oneOf(LANGUAGES)),
  portalStatus: Type.Optional(oneOf(PORTAL_STATUSES)),
};
export const PersonInput = Type.Object(
  { ...personFields, relations: Type.Optional(Type.Array(RelationInput, { maxItems: 100 })) },
  { additionalProperties: false },
);
export const PersonPatch = Type.Partial(Type.Object(personFields), { additionalProperties: false, minProperties: 1 });
export const Person = Type.Object({
  id: Uuid,
  externalRef: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  emails: Type.Array(Type.String()),
  phones: Type.Array(Type.String()),
  language: Type.String(),
  portalStatus: Type.String(),
  relations: Type.Array(Relation),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

const contractorFields = {
  externalRef: Type.Optional(Nullable(ExternalRef)),
  name: Name,
  trades: Type.Array(oneOf(TRADES), { minItems: 1, maxItems: 20, uniqueItems: true }),
  emails: Type.Optional(Type.Array(Email, { maxItems: 10, uniqueItems: true })),
  phones: Type.Optional(Type.Array(Phone, { maxItems: 10, uniqueItems: true })),
  preferredChannels: Type.Optional(Type.Array(oneOf(CHANNELS), { minItems: 1, maxItems: 2, uniqueItems: true })),
  language: Type.Optional(oneOf(LANGUAGES)),
  notes: Type.Optional(Nullable(Text(2000))),
  active: Type.Optional(Type.Boolean()),
};
export const ContractorInput = Type.Object(contractorFields, { additionalProperties: false });
export const ContractorPatch = Type.Partial(ContractorInput, { additionalProperties: false, minProperties: 1 });
export const Contractor = Type.Object({
  id: Uuid,
  externalRef: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  trades: Type.Array(Type.String()),
  emails: Type.Array(Type.String()),
  phones: Type.Array(Type.String()),
  preferredChannels: Type.Array(Type.String()),
  language: Type.String(),
  notes: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

const userFields = {
  email: Email,
  name: Name,
  roles: Type.Array(oneOf(ROLES), { minItems: 1, maxItems: ROLES.length, uniqueItems: true }),
  language: Type.Optional(oneOf(LANGUAGES)),
  phone: Type.Optional(Type.Union([Phone, Type.Null()])),
  active: Type.Optional(Type.Boolean()),
  delegateUserId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  delegateUntil: Type.Optional(Type.Union([Timestamp, Type.Null()])),
};
export const UserInput = Type.Object(
  { ...userFields, password: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) },
  { additionalProperties: false },
);
export const UserPatch = Type.Partial(UserInput, { additionalProperties: false, minProperties: 1 });
export const User = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(Type.String()),
  language: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  delegateUserId: Type.Union([Uuid, Type.Null()]),
  delegateUntil: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export type PropertyInputT = Static<typeof PropertyInput>;
export type UnitInputT = Static<typeof UnitInput>;
export type PersonInputT = Static<typeof PersonInput>;
export type RelationInputT = Static<typeof RelationInput>;
export type ContractorInputT = Static<typeof ContractorInput>;
export type UserInputT = Static<typeof UserInput>;
