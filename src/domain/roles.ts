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
  /** Create and update staff users and their roles, send them a password reset link, revoke
   * their sessions. App admins only: master-data admins keep properties, units, people,
   * contractors and routing rules (DOMAIN.md §2), not staff accounts. */
  'users:write': ['app_admin'],
  /** Let residents into the portal (DOMAIN.md §13): invite and remind, print code letters, make a
   * unit's permanent code, deactivate and reactivate their access. Managers and assistants invite
   * the residents of their buildings; master-data admins too. */
  'residents:invite': ['manager', 'assistant', 'master_data_admin'],
  /** See and work tickets (external agents: only those routed or assigned to them). */
  'tickets:work': ['manager', 'assistant', 'agent', 'external_agent'],
  /** Change the agency's settings (DOMAIN.md §11). */
  'settings:write': ['app_admin'],
  /** Read the outbox: every email and SMS the agency sent or holds. */
  'outbox:read': ['manager', 'assistant', 'agent', 'app_admin'],
  /** Read every message received (email, SMS, web form) and its original ("Messages reçus"). */
  'inbound:read': ['manager', 'agent', 'app_admin'],
  /** Categories with their structured fields. */
  'categories:write': ['app_admin'],
  /** Edit and reset the agency's email and SMS templates. */
  'templates:write': ['app_admin'],
  /** Routing rules (property, category, source → assignee). */
  'routing:write': ['master_data_admin'],
  /** Reports per building, the activity and contractor scorecards (DOMAIN.md §14), and the
   * accounting export of closed tickets. Scoped like tickets: an external agent sees nothing of
   * the agency's figures. */
  'reports:read': ['manager', 'assistant', 'agent', 'app_admin'],
  /** The agency's outgoing webhooks (DOMAIN.md §16): register, switch off, read deliveries, replay. */
  'webhooks:manage': ['app_admin'],
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

/** What a change of roles is checked against: who asks, whose roles, before and after. */
export interface RoleChange {
  actorId: string;
  actorRoles: readonly string[];
  /** The user changed; undefined when it is being created. */
  targetId?: string;
  before: readonly string[];
  after: readonly string[];
}

/** The roles given or taken away by a change. */
export function changedRoles(change: Pick<RoleChange, 'before' | 'after'>): string[] {
  return [...change.after.filter((r) => !change.before.includes(r)), ...change.before.filter((r) => !change.after.includes(r))];
}

/**
 * The rules of user administration, checked in order: nobody changes their own roles (another
 * administrator does), and nobody gives or takes away a role they do not hold themselves. So no
 * one can raise their own rights, nor make an account stronger than their own.
 */
export const ROLE_CHANGE_RULES: readonly { code: string; breaks: (change: RoleChange) => boolean; message: string }[] = [
  {
    code: 'own_roles',
    breaks: (c) => c.targetId === c.actorId && changedRoles(c).length > 0,
    message: 'Nobody changes their own roles; another administrator does.',
  },
  {
    code: 'role_not_held',
    breaks: (c) => changedRoles(c).some((role) => !c.actorRoles.includes(role)),
    message: 'You can only give or take away roles that you hold yourself.',
  },
];

/** The first rule a change of roles breaks, or undefined when it is allowed. */
export function roleChangeProblem(change: RoleChange): { code: string; message: string } | undefined {
  const rule = ROLE_CHANGE_RULES.find((r) => r.breaks(change));
  return rule ? { code: rule.code, message: rule.message } : undefined;
}
