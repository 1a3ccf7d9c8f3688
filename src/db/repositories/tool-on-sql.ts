// Whether an agency has switched a tool on (domain/community/tools.ts: off unless stored on), as a
// SQL condition on a row's organization — for the automation pass's sweeps, which must send
// nothing for a tool the agency has switched off (its rows wait, unmarked, until it is on again).
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { organizations } from '../schema/index.ts';
import type { CommunityTool } from '../../domain/community/tools.ts';

export function toolOnCondition(organizationId: AnyColumn, tool: CommunityTool): SQL {
  return sql`exists (select 1 from ${organizations} o where o.id = ${organizationId} and coalesce((o.settings -> 'communityTools' -> ${tool} ->> 'enabled')::boolean, false))`;
}
