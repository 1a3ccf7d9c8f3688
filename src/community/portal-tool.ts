// The residents' check of a tool (DOMAIN.md §15): switched off, it is not found in the portal
// (404 tool_off); and a staff member previewing a resident's portal sees a tool only when their
// own roles are given it (403 tool_not_allowed), as on the staff side — a preview opens no more
// than the staff routes would.
import type { AppContext } from '../context.ts';
import type { Resident } from '../auth/resident.ts';
import { assertResidentTool, assertStaffTool, type CommunityTool, type CommunityTools } from '../domain/community/tools.ts';
import { findUser } from '../db/repositories/users.ts';

export async function assertPortalTool(ctx: AppContext, resident: Resident, tools: CommunityTools, tool: CommunityTool): Promise<void> {
  assertResidentTool(tools, tool);
  if (!resident.previewByUserId) return;
  const user = await findUser(ctx.db, resident.organizationId, resident.previewByUserId);
  assertStaffTool(tools, tool, user?.active ? user.roles : []);
}
