// Codes of master data (DOMAIN.md §3): property kinds, modules, relations, trades, channels.

export const PROPERTY_KINDS = ['coownership', 'building'] as const;
export type PropertyKind = (typeof PROPERTY_KINDS)[number];

export const MODULES = ['syndic', 'gerance'] as const;
export type Module = (typeof MODULES)[number];

/** How a person relates to a unit (tenant, owner, co-owner) or to a co-ownership (council). */
export const RELATION_KINDS = ['tenant', 'owner', 'co_owner', 'council_member', 'council_president'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Council relations attach to a property; the others attach to a unit. */
export const PROPERTY_RELATIONS: readonly RelationKind[] = ['council_member', 'council_president'];

export const TRADES = [
  'plumbing',
  'electricity',
  'heating',
  'locksmith',
  'glazing',
  'roofing',
  'painting',
  'masonry',
  'carpentry',
  'elevator',
  'cleaning',
  'gardening',
  'pest_control',
  'intercom',
  'garage_door',
  'chimney_sweeping',
  'general_works',
] as const;
export type Trade = (typeof TRADES)[number];

export const CHANNELS = ['email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A person's portal state as stored: not invited, invited (a link or letter waiting), active (an
 * account), deactivated by staff. "Expired" is read, not stored: invited with every secret past. */
export const PORTAL_STATUSES = ['none', 'invited', 'active', 'deactivated'] as const;
export type PortalStatus = (typeof PORTAL_STATUSES)[number];
