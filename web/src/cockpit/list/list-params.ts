// The list's view (scope, "my tickets", filters, search) lives in the URL's query string, so
// that opening a ticket and coming back — or reloading, or sharing the link — keeps it.
import { TICKET_STATUSES, TICKET_TYPES, SOURCES, WAITING_ON } from '../../../../src/domain/tickets/codes.ts';

export const SCOPES = ['open', 'today', 'closed', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ListParams {
  scope: Scope;
  mine: boolean;
  status: string[];
  type: string[];
  propertyId: string | null;
  contractorId: string | null;
  assigneeId: string | null;
  source: string | null;
  waitingOn: string | null;
  needsAction: boolean;
  unregisteredSender: boolean;
  unassigned: boolean;
  q: string;
}

export const DEFAULT_PARAMS: ListParams = {
  scope: 'open',
  mine: true,
  status: [],
  type: [],
  propertyId: null,
  contractorId: null,
  assigneeId: null,
  source: null,
  waitingOn: null,
  needsAction: false,
  unregisteredSender: false,
  unassigned: false,
  q: '',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
const uuid = (value: string | null) => (value && UUID.test(value) ? value : null);

/** Reads the view from a query string; anything unknown falls back to the default. */
export function parseListParams(search: string): ListParams {
  const query = new URLSearchParams(search);
  return {
    scope: oneOf(SCOPES, query.get('scope')) ?? 'open',
    mine: query.get('mine') !== '0',
    status: query.getAll('status').filter((s) => (TICKET_STATUSES as readonly string[]).includes(s)),
    type: query.getAll('type').filter((s) => (TICKET_TYPES as readonly string[]).includes(s)),
    propertyId: uuid(query.get('propertyId')),
    contractorId: uuid(query.get('contractorId')),
    assigneeId: uuid(query.get('assigneeId')),
    source: oneOf(SOURCES, query.get('source')),
    waitingOn: oneOf(WAITING_ON, query.get('waitingOn')),
    needsAction: query.get('needsAction') === '1',
    unregisteredSender: query.get('unregisteredSender') === '1',
    unassigned: query.get('unassigned') === '1',
    q: (query.get('q') ?? '').slice(0, 200),
  };
}

/** The view as a query string: for the address bar (`page`: defaults left out, flags as 1) or
 * for the API (`api`: scope and mine always said, flags as true). */
function toQuery(params: ListParams, target: 'page' | 'api'): string {
  const query = new URLSearchParams();
  const flag = target === 'api' ? 'true' : '1';
  if (target === 'api' || params.scope !== 'open') query.set('scope', params.scope);
  if (target === 'api' ? params.mine : !params.mine) query.set('mine', target === 'api' ? 'true' : '0');
  for (const status of params.status) query.append('status', status);
  for (const type of params.type) query.append('type', type);
  for (const key of ['propertyId', 'contractorId', 'assigneeId', 'source', 'waitingOn'] as const) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  for (const key of ['needsAction', 'unregisteredSender', 'unassigned'] as const) {
    if (params[key]) query.set(key, flag);
  }
  if (params.q.trim()) query.set('q', params.q.trim());
  return query.toString();
}

/** Writes the view as a query string, leaving out what equals the default. */
export function listParamsToSearch(params: ListParams): string {
  return toQuery(params, 'page');
}

/** The API's query string for the same view (without limit and cursor). */
export function listParamsToApiQuery(params: ListParams): string {
  return toQuery(params, 'api');
}

/** Whether the view narrows the list beyond "my open tickets". */
export function isFiltered(params: ListParams): boolean {
  return listParamsToSearch({ ...params, scope: 'open', mine: true }) !== '';
}

/** How many filters (beyond scope, "my tickets" and the search) narrow the list. */
export function activeFilterCount(params: ListParams): number {
  return (
    (params.status.length ? 1 : 0) +
    (params.type.length ? 1 : 0) +
    [params.propertyId, params.contractorId, params.assigneeId, params.source, params.waitingOn].filter(Boolean).length +
    [params.needsAction, params.unregisteredSender, params.unassigned].filter(Boolean).length
  );
}

/** Whether the view is "requests awaiting validation" (pending tickets only). */
export function isPendingView(params: ListParams): boolean {
  return params.type.length === 1 && params.type[0] === 'PENDING';
}
