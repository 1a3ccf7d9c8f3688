// The choosers' options: properties, categories, staff, read whole and cached; and names by id.
import { useAll } from './queries.ts';
import type { CategoryAnswer as Category, PropertyAnswer as Property, UserAnswer as StaffUser } from '../../../../src/http/answers.ts';
import { sortByLabel } from '../../i18n/collate.ts';

/** Roles that can be handed tickets (routing rules, delegation). */
export const TICKET_ROLES = ['manager', 'assistant', 'agent', 'external_agent'] as const;

export const useAllProperties = () => useAll<Property>('properties', '/api/v1/properties');
export const useAllCategories = () => useAll<Category>('categories', '/api/v1/categories');
export const useAllUsers = () => useAll<StaffUser>('users', '/api/v1/users');

/** A property as choosers show it: its name and reference. */
export const propertyLabel = (p: Property) => (p.externalRef ? `${p.name} (${p.externalRef})` : p.name);

/** Options sorted by label. */
export function optionsOf<T extends { id: string }>(items: T[] | undefined, label: (item: T) => string) {
  return sortByLabel((items ?? []).map((item) => ({ value: item.id, label: label(item) })), (option) => option.label);
}

/** Active staff who may be handed tickets. */
export function assignable(users: StaffUser[] | undefined): StaffUser[] {
  return (users ?? []).filter((u) => u.active && u.roles.some((r) => (TICKET_ROLES as readonly string[]).includes(r)));
}
