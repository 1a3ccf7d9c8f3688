// Master data the ticket screens choose from (properties, units, persons, contractors, staff,
// categories), each read once per session and kept in TanStack Query's cache.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { PageAnswer as Page } from '../../../../src/http/answers.ts';

export interface Property {
  id: string;
  name: string;
  kind: string;
  module: 'syndic' | 'gerance';
  addressLine: string;
  postalCode: string;
  city: string;
  managerId: string | null;
}

export interface Unit {
  id: string;
  propertyId: string;
  reference: string;
  floor: string | null;
  description: string | null;
}

export interface Person {
  id: string;
  name: string;
  emails: string[];
  phones: string[];
  relations: { kind: string; unitId: string | null; propertyId: string; endsOn: string | null }[];
}

export interface Contractor {
  id: string;
  name: string;
  trades: string[];
  emails: string[];
  phones: string[];
  preferredChannels: string[];
  active: boolean;
}

export interface StaffUser {
  id: string;
  name: string;
  email: string;
  roles: string[];
  active: boolean;
}

export interface CategoryField {
  key: string;
  label: { fr: string; en: string };
  type: 'text' | 'number' | 'boolean' | 'date' | 'select';
  required: boolean;
  options?: string[];
}

export interface Category {
  id: string;
  name: string;
  fields: CategoryField[];
  active: boolean;
}

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
export interface TicketDefaults {
  defaultDescription: string;
  defaultVisibility: string;
  reminderDefaults: {
    workOrder: { every: number; unit: 'days' | 'hours'; max: number };
    quote: { every: number; unit: 'days' | 'hours'; max: number };
    invoice: { every: number; unit: 'days' | 'hours'; max: number };
    appointmentHours: number;
  };
}

export const useTicketDefaults = () =>
  useQuery({
    queryKey: ['masterdata', 'settings'],
    queryFn: async () => (await api.get<{ settings: TicketDefaults }>('/api/v1/settings')).settings,
    staleTime: FIVE_MINUTES,
  });
