// Answer and query schemas of the agency's ticket settings: categories (with their structured
// fields) and routing rules (DOMAIN.md §11). Their inputs live beside the use cases
// (src/settings/category-input.ts, routing-rule-input.ts).
import { Type } from '@sinclair/typebox';
import { Uuid, Timestamp } from './common.ts';

export { RoutingRuleInput, RoutingRulePatch } from '../../settings/routing-rule-input.ts';

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
