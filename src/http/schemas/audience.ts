// The audience of an item of the cockpit's tools (src/domain/community/audience.ts) as the API takes it.
import { Type } from '@sinclair/typebox';
import { AUDIENCE_NARROWINGS } from '../../domain/community/audience.ts';
import { RELATION_KINDS } from '../../domain/master-data.ts';
import { Uuid } from './common.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const AudienceSchema = Type.Object({
  agency: Type.Optional(Type.Boolean()),
  propertyIds: Type.Optional(Type.Array(Uuid, { maxItems: 500 })),
  unitIds: Type.Optional(Type.Array(Uuid, { maxItems: 2000 })),
  companyIds: Type.Optional(Type.Array(Uuid, { maxItems: 500 })),
  relations: Type.Optional(Type.Array(literals(RELATION_KINDS), { maxItems: RELATION_KINDS.length })),
}, { additionalProperties: false, description: `Targets add up (the agency, properties, units, tenant companies); narrowings as relation kinds: ${Object.entries(AUDIENCE_NARROWINGS).map(([k, v]) => `${k} = ${v.join('+')}`).join(', ')} (a company's employees are its premises' tenants)` });
