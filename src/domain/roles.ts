// Staff roles (DOMAIN.md §2) and the permissions each grants: the single table that every
// route consults. Deny by default: a permission not listed for a role is refused.

export const ROLES = ['manager', 'assistant', 'agent', 'external_agent', 'app_admin', 'master_data_admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** Read properties, units, persons and contractors. */
  'masterdata:read': ['manager', 'assistant', 'agent', 'app_admin', 'master_data_admin'],
  /** Create and update properties, units, persons, contractors; import CSV. */
  'masterdata:write': ['master_data_admin'],
  /** See the agency's staff (to assign tickets, to know who is who). */
  'users:read': ['manager', 'assistant', 'agent', 'app_admin', 'master_data_admin'],
  /** Create and update staff users and their roles, revoke their sessions. */
  'users:write': ['master_data_admin'],
  /** See and work tickets (external agents: only those routed or assigned to them). */
  'tickets:work': ['manager', 'assistant', 'agent', 'external_agent'],
  /** Change the agency's settings (DOMAIN.md §11). */
  'settings:write': ['app_admin'],
  /** Read the outbox: every email and SMS the agency sent or holds. */
  'outbox:read': ['manager', 'assistant', 'agent', 'app_admin'],
  /** Categories with their structured fields. */
  'categories:write': ['app_admin'],
  /** Edit and reset the agency's email and SMS templates. */
  'templates:write': ['app_admin'],
  /** Routing rules (property, category, source → assignee). */
  'routing:write': ['master_data_admin'],
  /** Create and revoke one's own API tokens. */
  'tokens:own': ['manager', 'assistant', 'agent', 'external_agent', 'app_admin', 'master_data_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a user holding `roles` may do what `permission` covers. */
export function can(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

/** Whether a string is a known role code. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
