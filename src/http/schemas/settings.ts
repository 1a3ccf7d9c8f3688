// Request and response schemas of the agency's ticket settings: categories (with their
// structured fields) and routing rules (DOMAIN.md §11).
import { Type, type Static } from '@sinclair/typebox';
import { SOURCES } from '../../domain/tickets/codes.ts';
import { Uuid, Timestamp, Name } from './common.ts';

const oneOf = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const FIELD_TYPES = ['text', 'number', 'boolean', 'date', 'select'] as const;
export const MAX_CATEGORY_FIELDS = 30;

const Label = Type.String({ minLength: 1, maxLength: 200 });

/** One structured field as an admin defines it; `options` only (and always) for a select. */
export const CategoryFieldInput = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' }),
    label: Type.Object({ fr: Label, en: Label }, { additionalProperties: false }),
    type: oneOf(FIELD_TYPES),
    required: Type.Optional(Type.Boolean()),
    options: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50, uniqueItems: true })),
  },
  { additionalProperties: false },
);

const categoryFields = {
  name: Name,
  fields: Type.Optional(Type.Array(CategoryFieldInput, { maxItems: MAX_CATEGORY_FIELDS })),
  active: Type.Optional(Type.Boolean()),
};
export const CategoryInput = Type.Object(categoryFields, { additionalProperties: false });
export const CategoryPatch = Type.Partial(CategoryInput, { additionalProperties: false, minProperties: 1 });
export const Category = Type.Object({
  id: Uuid,
  name: Type.String(),
  fields: Type.Array(
    Type.Object({
      key: Type.String(),
      label: Type.Object({ fr: Type.String(), en: Type.String() }),
      type: Type.String(),
      required: Type.Boolean(),
      options: Type.Optional(Type.Array(Type.String())),
    }),
  ),
  active: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export const CategoryQuery = Type.Object({ active: Type.Optional(Type.Boolean()) });

const routingRuleFields = {
  name: Name,
  /** Rules are tried by ascending position; the first that matches assigns the ticket. */
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  propertyId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  categoryId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  source: Type.Optional(Type.Union([oneOf(SOURCES), Type.Null()])),
  assigneeId: Uuid,
  active: Type.Optional(Type.Boolean()),
};
export const RoutingRuleInput = Type.Object(routingRuleFields, { additionalProperties: false });
export const RoutingRulePatch = Type.Partial(RoutingRuleInput, { additionalProperties: false, minProperties: 1 });
export const RoutingRule = Type.Object({
  id: Uuid,
  name: Type.String(),
  position: Type.Integer(),
  propertyId: Type.Union([Uuid, Type.Null()]),
  categoryId: Type.Union([Uuid, Type.Null()]),
  source: Type.Union([Type.String(), Type.Null()]),
  assigneeId: Uuid,
  active: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export type CategoryFieldInputT = Static<typeof CategoryFieldInput>;
export type CategoryInputT = Static<typeof CategoryInput>;
export type RoutingRuleInputT = Static<typeof RoutingRuleInput>;
