// What staff read of resources: the agency's resources (of one property or all), each with its
// photos, the resources it blocks and its closed periods to come.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import * as repo from '../db/repositories/bookings.ts';
import { ownResource, staffAgency } from './booking-access.ts';
import { linkedIds } from './link-resources.ts';

export interface ResourceView {
  resource: repo.ResourceRow;
  photos: repo.PhotoRow[];
  blocks: string[];
  closures: repo.ClosureRow[];
}

/** The views of these resources: photos, links, closures not over at `now`. */
export async function resourceViews(ctx: AppContext, organizationId: string, resources: readonly repo.ResourceRow[], now: Date): Promise<ResourceView[]> {
  const ids = resources.map((r) => r.id);
  const [photos, links, closures] = [await repo.photosOf(ctx.db, organizationId, ids), await repo.linksOf(ctx.db, organizationId, ids), await repo.closuresOf(ctx.db, organizationId, ids, now)];
  return resources.map((resource) => ({
    resource,
    photos: photos.filter((p) => p.resourceId === resource.id),
    blocks: linkedIds(resource.id, links),
    closures: closures.filter((c) => c.resourceId === resource.id),
  }));
}

export async function listStaffResources(ctx: AppContext, actor: Actor, query: { propertyId?: string }): Promise<ResourceView[]> {
  await staffAgency(ctx, actor);
  return resourceViews(ctx, actor.organizationId, await repo.listResources(ctx.db, actor.organizationId, query), ctx.clock.now());
}

export async function getStaffResource(ctx: AppContext, actor: Actor, id: string): Promise<ResourceView> {
  await staffAgency(ctx, actor);
  const [view] = await resourceViews(ctx, actor.organizationId, [await ownResource(ctx, actor.organizationId, id)], ctx.clock.now());
  return view!;
}
