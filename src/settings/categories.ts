// Use cases of ticket categories and their structured fields (DOMAIN.md §11): list, read,
// create, update. Changing a category's fields leaves the values stored on past tickets as they are.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { categoriesRepository as repo, categoriesPage } from '../db/repositories/settings.ts';
import type { CategoryField } from '../db/schema/settings.ts';
import type { CategoryFieldInputT, CategoryInputT } from './category-input.ts';

/**
 * Checks what the schema cannot say (keys unique within the category, options for a select and
 * only for a select) and returns the fields to store, `required` made explicit.
 */
export function checkCategoryFields(fields: readonly CategoryFieldInputT[]): CategoryField[] {
  const firstIndexOfKey = new Map<string, number>();
  const problems: { in: 'body'; field: string; message: string }[] = [];
  fields.forEach((field, i) => {
    const earlier = firstIndexOfKey.get(field.key);
    if (earlier !== undefined) {
      problems.push({ in: 'body', field: `fields.${i}.key`, message: `repeats the key "${field.key}" of fields.${earlier}; each field of a category needs its own key` });
    } else {
      firstIndexOfKey.set(field.key, i);
    }
    if (field.type === 'select' && !field.options?.length) {
      problems.push({ in: 'body', field: `fields.${i}.options`, message: 'needs at least one option for a select field' });
    }
    if (field.type !== 'select' && field.options !== undefined) {
      problems.push({ in: 'body', field: `fields.${i}.options`, message: `is only for select fields, not for a ${field.type} field` });
    }
  });
  if (problems.length) throw new DomainError('validation_failed', `${problems[0]!.field} ${problems[0]!.message}.`, problems);
  return fields.map((f) => ({
    key: f.key,
    label: { fr: f.label.fr, en: f.label.en },
    type: f.type,
    required: f.required ?? false,
    ...(f.type === 'select' ? { options: [...f.options!] } : {}),
  }));
}

/** A page of the agency's categories, by name; `active` keeps only the active (or inactive) ones. */
export function listCategories(ctx: AppContext, actor: Actor, limit: number, cursor?: string, active?: boolean) {
  return categoriesPage(ctx.db, actor.organizationId, limit, cursor, active);
}

/** One category of the agency. */
export async function getCategory(ctx: AppContext, actor: Actor, id: string) {
  return (await repo.get(ctx.db, actor.organizationId, id)) ?? Promise.reject(notFound('Category'));
}

/** Adds a category. */
export async function createCategory(ctx: AppContext, actor: Actor, input: CategoryInputT) {
  const fields = checkCategoryFields(input.fields ?? []);
  return repo.insert(ctx.db, { name: input.name, fields, active: input.active ?? true, organizationId: actor.organizationId });
}

/** Changes a category; `fields`, when given, replaces the whole list. */
export async function updateCategory(ctx: AppContext, actor: Actor, id: string, patch: Partial<CategoryInputT>) {
  const { fields, ...rest } = patch;
  const values = fields === undefined ? rest : { ...rest, fields: checkCategoryFields(fields) };
  return (await repo.update(ctx.db, actor.organizationId, id, values)) ?? Promise.reject(notFound('Category'));
}
