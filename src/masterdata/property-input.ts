// The input of a property (create, update, import): validates the API's bodies and documents them.
import { Type, type Static } from '@sinclair/typebox';
import { PROPERTY_KINDS, MODULES } from '../domain/master-data.ts';
import { Uuid, Name, ExternalRef, Nullable, oneOf } from './input-fields.ts';

export const PropertyInput = Type.Object(
  {
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
  },
  { additionalProperties: false },
);
export const PropertyPatch = Type.Partial(PropertyInput, { additionalProperties: false, minProperties: 1 });

export type PropertyInputT = Static<typeof PropertyInput>;
