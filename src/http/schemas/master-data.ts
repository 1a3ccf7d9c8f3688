// Answer schemas of the master data: properties, units, persons, contractors, users. Their inputs
// live beside the use cases that take them (src/masterdata/*-input.ts).
import { Type } from '@sinclair/typebox';
import { PropertyInput } from '../../masterdata/property-input.ts';
import { UnitInput } from '../../masterdata/unit-input.ts';
import { Uuid, Timestamp, DateOnly } from './common.ts';

export { UnitInput, UnitPatch } from '../../masterdata/unit-input.ts';
export { PersonInput, PersonPatch } from '../../masterdata/person-input.ts';
export { UserInput, UserPatch } from '../../masterdata/user-input.ts';

export const Property = Type.Object({
  id: Uuid,
  ...PropertyInput.properties,
  externalRef: Type.Union([Type.String(), Type.Null()]),
  country: Type.String(),
  managerId: Type.Union([Uuid, Type.Null()]),
  assistantId: Type.Union([Uuid, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const PropertyQuery = Type.Object({}, { additionalProperties: false });

export const Unit = Type.Object({
  id: Uuid,
  ...UnitInput.properties,
  floor: Type.Union([Type.String(), Type.Null()]),
  description: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const Relation = Type.Object({
  id: Uuid,
  kind: Type.String(),
  unitId: Type.Union([Uuid, Type.Null()]),
  propertyId: Uuid,
  startsOn: Type.Union([DateOnly, Type.Null()]),
  endsOn: Type.Union([DateOnly, Type.Null()]),
});

export const Person = Type.Object({
  id: Uuid,
  externalRef: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  emails: Type.Array(Type.String()),
  phones: Type.Array(Type.String()),
  language: Type.String(),
  portalStatus: Type.String(),
  mandateThresholdCents: Type.Union([Type.Integer(), Type.Null()]),
  relations: Type.Array(Relation),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

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
