// Resources that block each other (a hall and its two halves, DOMAIN.md §15): a manager sets the
// resources of the same property that one blocks. A new link is a new lock key of both
// (domain/bookings/lock-keys.ts): the bookings of either that hold a slot and are not over take
// its lock in the same transaction, so when two of them already overlap the link is refused
// (409 resource_link_conflict, nothing changed). A link removed takes its locks with it.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { heldRange } from '../domain/bookings/booking-rules.ts';
import { resourceRulesOf } from '../domain/bookings/resource-rules.ts';
import { isExclusionViolation } from '../db/errors.ts';
import * as repo from '../db/repositories/bookings.ts';
import { ownResource, staffAgency } from './booking-access.ts';

/** The other resources a resource is linked to. */
export const linkedIds = (resourceId: string, links: readonly repo.LinkRow[]) =>
  links.filter((l) => l.resourceId === resourceId || l.blocksResourceId === resourceId).map((l) => (l.resourceId === resourceId ? l.blocksResourceId : l.resourceId));

export async function setResourceLinks(ctx: AppContext, actor: Actor, id: string, blocks: readonly string[]): Promise<string[]> {
  await staffAgency(ctx, actor);
  const resource = await ownResource(ctx, actor.organizationId, id);
  const wanted = [...new Set(blocks)];
  if (wanted.includes(id)) throw new DomainError('validation_failed', 'A resource does not block itself.', [{ in: 'body', field: 'blocks', message: 'names the resource itself' }]);
  const others = await repo.listResources(ctx.db, actor.organizationId, { ids: wanted });
  if (others.length !== wanted.length || others.some((o) => o.propertyId !== resource.propertyId)) {
    throw new DomainError('unknown_reference', 'Linked resources are other resources of the same property.');
  }
  try {
    await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const before = await repo.linksOf(tx, actor.organizationId, [id]);
      // Every resource whose lock keys change waits for the bookings being written on it.
      await repo.lockResourceShape(tx, [id, ...wanted, ...linkedIds(id, before)], 'exclusive');
      const links = await repo.linksOf(tx, actor.organizationId, [id]);
      for (const link of links) {
        const other = link.resourceId === id ? link.blocksResourceId : link.resourceId;
        if (!wanted.includes(other)) await repo.deleteLink(tx, actor.organizationId, link.id);
      }
      const existing = linkedIds(id, links);
      for (const other of others.filter((o) => !existing.includes(o.id))) {
        const link = await repo.insertLink(tx, { organizationId: actor.organizationId, resourceId: id, blocksResourceId: other.id, createdAt: now });
        const buffers = new Map([[resource.id, resourceRulesOf(resource.rules).bufferMinutes], [other.id, resourceRulesOf(other.rules).bufferMinutes]]);
        for (const booking of await repo.heldBookingsOf(tx, actor.organizationId, [resource.id, other.id], now)) {
          await repo.insertLocks(tx, booking.id, [link.id], heldRange({ start: booking.startsAt, end: booking.endsAt }, buffers.get(booking.resourceId)!));
        }
      }
    });
  } catch (error) {
    if (isExclusionViolation(error)) throw new DomainError('resource_link_conflict', 'These resources already have bookings at the same time: they cannot block each other until one is cancelled.');
    throw error;
  }
  return linkedIds(id, await repo.linksOf(ctx.db, actor.organizationId, [id]));
}
