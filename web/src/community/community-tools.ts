// Whether the signed-in user uses a tool of the cockpit (DOMAIN.md §15): the agency switched it
// on and gave it one of their roles (src/domain/community/tools.ts, read from GET /settings).
// The news wall and documents use the same hook for their entries.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { COMMUNITY_TOOL_CODES, communityToolsOf, toolAllowed, type CommunityTool, type CommunityTools } from '../../../src/domain/community/tools.ts';

/** The query that holds the switches (invalidated when the settings are saved). */
export const COMMUNITY_TOOLS_KEY = ['community-tools'];

/** The agency's switches; all off until known. */
export function useCommunityTools(): CommunityTools {
  const query = useQuery({
    queryKey: COMMUNITY_TOOLS_KEY,
    queryFn: async () => (await api.get<{ settings: { communityTools?: CommunityTools } }>('/api/v1/settings')).settings.communityTools,
    staleTime: 60_000,
  });
  return communityToolsOf(query.data);
}

/** Whether a user holding `roles` uses `tool` now. */
export function useToolAllowed(tool: CommunityTool, roles: readonly string[]): boolean {
  return toolAllowed(useCommunityTools(), tool, roles);
}

/** Each tool, and whether a user holding `roles` uses it now. */
export function useToolsAllowed(roles: readonly string[]): Record<CommunityTool, boolean> {
  const tools = useCommunityTools();
  return Object.fromEntries(COMMUNITY_TOOL_CODES.map((tool) => [tool, toolAllowed(tools, tool, roles)])) as Record<CommunityTool, boolean>;
}
