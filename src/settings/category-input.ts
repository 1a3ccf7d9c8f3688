// The input of a ticket category and its structured fields (DOMAIN.md §11).
import { Type, type Static } from '@sinclair/typebox';
import { Name, oneOf } from '../masterdata/input-fields.ts';

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

export const CategoryInput = Type.Object(
  {
    name: Name,
    fields: Type.Optional(Type.Array(CategoryFieldInput, { maxItems: MAX_CATEGORY_FIELDS })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const CategoryPatch = Type.Partial(CategoryInput, { additionalProperties: false, minProperties: 1 });

export type CategoryFieldInputT = Static<typeof CategoryFieldInput>;
export type CategoryInputT = Static<typeof CategoryInput>;
