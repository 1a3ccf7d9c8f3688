// A category as its form holds it, and back to the API's body.
import type { CategoryAnswer as Category } from '../../../../src/http/answers.ts';

export const FIELD_TYPES = ['text', 'number', 'boolean', 'date', 'select'] as const;
export const MAX_FIELDS = 30;

export interface FieldForm {
  /** Stable identity for React while fields move. */
  uid: number;
  key: string;
  labelFr: string;
  labelEn: string;
  type: string;
  required: boolean;
  options: string[];
}

export interface CategoryForm {
  name: string;
  active: boolean;
  fields: FieldForm[];
}

let nextUid = 1;

/** A new, empty text field. */
export function blankField(): FieldForm {
  return { uid: nextUid++, key: '', labelFr: '', labelEn: '', type: 'text', required: false, options: [] };
}

/** The form of a stored category, or of a new one. */
export function toForm(category: Category | undefined): CategoryForm {
  if (!category) return { name: '', active: true, fields: [] };
  return {
    name: category.name,
    active: category.active,
    fields: category.fields.map((f) => ({
      uid: nextUid++,
      key: f.key,
      labelFr: f.label.fr,
      labelEn: f.label.en,
      type: f.type,
      required: f.required,
      options: f.options ?? [],
    })),
  };
}

/** The POST or PATCH body. */
export function toBody(form: CategoryForm) {
  return {
    name: form.name.trim(),
    active: form.active,
    fields: form.fields.map((f) => ({
      key: f.key.trim(),
      label: { fr: f.labelFr.trim(), en: f.labelEn.trim() },
      type: f.type,
      required: f.required,
      ...(f.type === 'select' ? { options: f.options } : {}),
    })),
  };
}

/** A field key from a label: lower case ASCII, underscores, starting with a letter (≤ 40). */
export function keyFromLabel(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '');
  return slug.slice(0, 40).replace(/_+$/, '');
}
