// Master data the ticket screens choose from (properties, units, persons, contractors, staff,
// categories), each read once per session and kept in TanStack Query's cache.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type {
  PageAnswer as Page, PropertyAnswer, UnitAnswer, PersonAnswer, ContractorAnswer, UserAnswer, CategoryAnswer, CategoryFieldAnswer, OrganizationSettingsAnswer,
} from '../../../../src/http/answers.ts';

// The answers' types, from the server (src/http/answers.ts), under the names the ticket screens use.
export type Property = PropertyAnswer;
export type Unit = UnitAnswer;
export type Person = PersonAnswer;
export type Contractor = ContractorAnswer;
export type StaffUser = UserAnswer;
export type CategoryField = CategoryFieldAnswer;
export type Category = CategoryAnswer;

const MAX_PAGES = 10;
const FIVE_MINUTES = 5 * 60_000;

/** Every record of a master-data list (pages of 200 followed, at most 2,000 records). */
async function fetchAll<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const url: string = `${path}${separator}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const answer: Page<T> = await api.get<Page<T>>(url);
    items.push(...answer.items);
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return items;
}

function useMasterList<T>(kind: string, path: string, enabled = true) {
  return useQuery({
    queryKey: ['masterdata', kind, path],
    queryFn: () => fetchAll<T>(path),
    staleTime: FIVE_MINUTES,
    enabled,
  });
}

export const useProperties = () => useMasterList<Property>('properties', '/api/v1/properties');
export const useUnits = (propertyId: string | null) =>
  useMasterList<Unit>('units', `/api/v1/units?propertyId=${propertyId ?? ''}`, !!propertyId);
/** Every unit of the agency (the audience picker). */
export const useAllUnits = () => useMasterList<Unit>('units', '/api/v1/units');
export const usePersons = () => useMasterList<Person>('persons', '/api/v1/persons');
export const useContractors = () => useMasterList<Contractor>('contractors', '/api/v1/contractors');
export const useStaffUsers = () => useMasterList<StaffUser>('users', '/api/v1/users');
export const useCategories = () => useMasterList<Category>('categories', '/api/v1/categories?active=true');

/** Roles that can be handed tickets. */
export const TICKET_ROLES = ['manager', 'assistant', 'agent', 'external_agent'] as const;

/** Active staff who may be assigned tickets, for the assignee choosers. */
export function assignableUsers(users: readonly StaffUser[] | undefined): StaffUser[] {
  return (users ?? []).filter((u) => u.active && u.roles.some((r) => (TICKET_ROLES as readonly string[]).includes(r)));
}

/** The agency's settings a ticket form starts from (`GET /settings`, readable by all staff). */
export type TicketDefaults = Pick<OrganizationSettingsAnswer, 'defaultDescription' | 'defaultVisibility' | 'reminderDefaults'> &
  Partial<Pick<OrganizationSettingsAnswer, 'defaultVisibilityByModule'>>;

export const useTicketDefaults = () =>
  useQuery({
    queryKey: ['masterdata', 'settings'],
    queryFn: async () => (await api.get<{ settings: TicketDefaults }>('/api/v1/settings')).settings,
    staleTime: FIVE_MINUTES,
  });
