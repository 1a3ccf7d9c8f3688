// The cockpit's other tools (DOMAIN.md §15) as one table: each is switched on per agency (off by
// default) and used by the staff roles the app admin gives it (its default roles until then).
// The news wall, documents and bookings plug into the same switch: their routes call the same check.
import { ROLES, type Role } from '../roles.ts';
import { DomainError } from '../errors.ts';

export const COMMUNITY_TOOLS = {
  news: { defaultRoles: ['manager', 'assistant'] },
  articles: { defaultRoles: ['manager', 'assistant'] },
  documents: { defaultRoles: ['manager', 'assistant'] },
  companies: { defaultRoles: ['manager', 'assistant'] },
  bookings: { defaultRoles: ['manager', 'assistant'] },
} as const satisfies Record<string, { defaultRoles: readonly Role[] }>;

export type CommunityTool = keyof typeof COMMUNITY_TOOLS;
export const COMMUNITY_TOOL_CODES = Object.keys(COMMUNITY_TOOLS) as CommunityTool[];

export interface ToolSwitch {
  enabled: boolean;
  roles: Role[];
}
export type CommunityTools = Record<CommunityTool, ToolSwitch>;

/** Every tool off, with its default roles. */
export const DEFAULT_COMMUNITY_TOOLS: CommunityTools = Object.fromEntries(
  COMMUNITY_TOOL_CODES.map((tool) => [tool, { enabled: false, roles: [...COMMUNITY_TOOLS[tool].defaultRoles] }]),
) as CommunityTools;

/** The switches in force: what is stored over the defaults, tool by tool; unknown roles dropped. */
export function communityToolsOf(stored: Partial<Record<string, Partial<ToolSwitch>>> | null | undefined): CommunityTools {
  const tools = {} as CommunityTools;
  for (const tool of COMMUNITY_TOOL_CODES) {
    const given = stored?.[tool];
    const roles = (given?.roles ?? DEFAULT_COMMUNITY_TOOLS[tool].roles).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
    tools[tool] = { enabled: given?.enabled === true, roles };
  }
  return tools;
}

/** Whether staff holding `roles` use the tool: it is on and one of their roles is given it. */
export function toolAllowed(tools: CommunityTools, tool: CommunityTool, roles: readonly string[]): boolean {
  return tools[tool].enabled && roles.some((r) => (tools[tool].roles as readonly string[]).includes(r));
}

/** The staff check of a tool's routes: 404 tool_off when the agency has not switched it on (the
 * routes do not exist for it), 403 tool_not_allowed when none of the user's roles is given it. */
export function assertStaffTool(tools: CommunityTools, tool: CommunityTool, roles: readonly string[]): void {
  if (!tools[tool].enabled) throw new DomainError('tool_off', `The agency has not switched on the tool "${tool}".`, { tool });
  if (!toolAllowed(tools, tool, roles)) throw new DomainError('tool_not_allowed', `Your roles are not given the tool "${tool}".`, { tool });
}

/** The residents' check: a tool switched off is not found in the portal (404 tool_off). */
export function assertResidentTool(tools: CommunityTools, tool: CommunityTool): void {
  if (!tools[tool].enabled) throw new DomainError('tool_off', `The agency has not switched on the tool "${tool}".`, { tool });
}
