// Which properties a staff member may report on: the agency's for those whose ticket scope is the
// whole agency (and for app admins, who read figures, not tickets); for an assistant who sees only
// the properties they assist, those properties. Reports hold aggregates and names only.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { ticketScope } from '../tickets/ticket-access.ts';

/** The properties the actor may report on, or undefined for all of the agency's. */
export async function reportablePropertyIds(ctx: AppContext, actor: Actor): Promise<readonly string[] | undefined> {
  const scope = await ticketScope(ctx.db, actor, ctx.clock.now());
  return scope.kind === 'assisted' ? scope.propertyIds : undefined;
}

/** Whether the actor may report on this property. */
export function mayReportOn(allowed: readonly string[] | undefined, propertyId: string): boolean {
  return allowed === undefined || allowed.includes(propertyId);
}
