// Resources that block each other (a hall and its two halves): a booking takes one lock per key
// below, and the database refuses two locks of one key on overlapping times (an exclusion
// constraint). A resource's keys are its own id and the id of each link it is part of, so two
// linked resources share a key while the two halves, not linked to each other, do not.

export interface ResourceLink {
  id: string;
  resourceId: string;
  blocksResourceId: string;
}

/** The lock keys a booking of `resourceId` takes. */
export function lockKeys(resourceId: string, links: readonly ResourceLink[]): string[] {
  const keys = [resourceId];
  for (const link of links) if (link.resourceId === resourceId || link.blocksResourceId === resourceId) keys.push(link.id);
  return [...new Set(keys)];
}
