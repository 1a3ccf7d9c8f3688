// The input of a unit (create, update, import): validates the API's bodies and documents them.
import { Type, type Static } from '@sinclair/typebox';
import { Uuid, Nullable, Text } from './input-fields.ts';

export const UnitInput = Type.Object(
  {
    propertyId: Uuid,
    reference: Type.String({ minLength: 1, maxLength: 60 }),
    floor: Type.Optional(Nullable(Text(40))),
    description: Type.Optional(Nullable(Text(500))),
  },
  { additionalProperties: false },
);
export const UnitPatch = Type.Partial(UnitInput, { additionalProperties: false, minProperties: 1 });

export type UnitInputT = Static<typeof UnitInput>;
