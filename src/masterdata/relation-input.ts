// The input of a person's relation to a unit or a co-ownership, and of a change of its period.
import { Type, type Static } from '@sinclair/typebox';
import { RELATION_KINDS } from '../domain/master-data.ts';
import { Uuid, DateOnly, oneOf } from './input-fields.ts';

const startsOn = Type.Optional(Type.Union([DateOnly, Type.Null()]));
const endsOn = Type.Optional(Type.Union([DateOnly, Type.Null()]));

export const RelationInput = Type.Object(
  {
    kind: oneOf(RELATION_KINDS),
    unitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    propertyId: Type.Optional(Uuid),
    startsOn,
    endsOn,
  },
  { additionalProperties: false },
);
export const RelationPatch = Type.Object({ startsOn, endsOn }, { additionalProperties: false, minProperties: 1 });

export type RelationInputT = Static<typeof RelationInput>;
