// The input of a routing rule (DOMAIN.md §11).
import { Type, type Static } from '@sinclair/typebox';
import { SOURCES } from '../domain/tickets/codes.ts';
import { Uuid, Name, oneOf } from '../masterdata/input-fields.ts';

export const RoutingRuleInput = Type.Object(
  {
    name: Name,
    /** Rules are tried by ascending position; the first that matches assigns the ticket. */
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    propertyId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    categoryId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    source: Type.Optional(Type.Union([oneOf(SOURCES), Type.Null()])),
    assigneeId: Uuid,
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const RoutingRulePatch = Type.Partial(RoutingRuleInput, { additionalProperties: false, minProperties: 1 });

export type RoutingRuleInputT = Static<typeof RoutingRuleInput>;
