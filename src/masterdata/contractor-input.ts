// The input of a contractor of the agency's directory (create, update, import).
import { Type, type Static } from '@sinclair/typebox';
import { TRADES, CHANNELS, LANGUAGES } from '../domain/master-data.ts';
import { Name, Email, Phone, ExternalRef, Nullable, Text, oneOf } from './input-fields.ts';

export const ContractorInput = Type.Object(
  {
    externalRef: Type.Optional(Nullable(ExternalRef)),
    name: Name,
    trades: Type.Array(oneOf(TRADES), { minItems: 1, maxItems: 20, uniqueItems: true }),
    emails: Type.Optional(Type.Array(Email, { maxItems: 10, uniqueItems: true })),
    phones: Type.Optional(Type.Array(Phone, { maxItems: 10, uniqueItems: true })),
    preferredChannels: Type.Optional(Type.Array(oneOf(CHANNELS), { minItems: 1, maxItems: 2, uniqueItems: true })),
    language: Type.Optional(oneOf(LANGUAGES)),
    notes: Type.Optional(Nullable(Text(2000))),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const ContractorPatch = Type.Partial(ContractorInput, { additionalProperties: false, minProperties: 1 });

export type ContractorInputT = Static<typeof ContractorInput>;
