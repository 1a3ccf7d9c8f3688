// Who an item of the cockpit's other tools is meant for (DOMAIN.md §15): the agency, properties
// or units, narrowed by relation (tenants, owners, co-owners, the council). One mechanism for the
// news wall, info articles and documents. Tenant companies are targets too: their employees hold
// an occupant's relation naming the company (a tenant's, on its premises). It is evaluated when a
// resident looks, against their relations of that day: a tenant who moved out stops seeing what
// was meant for their unit.
// The same rule is turned into SQL by db/repositories/audience-sql.ts; a test holds both to it.
import { RELATION_KINDS, type RelationKind } from '../master-data.ts';
import type { ResidentRelation } from '../portal/ticket-visibility.ts';

/** Stored as JSON on each item. Targets add up (the agency, or these properties, or these
 * units); `relations`, when given, keeps only the residents who hold one of those relations
 * there — the relation that reaches the target must be of those kinds. */
export interface Audience {
  agency?: boolean;
  propertyIds?: string[];
  unitIds?: string[];
  companyIds?: string[];
  relations?: RelationKind[];
}

/** The narrowings a manager picks, as the relation kinds each one means. */
export const AUDIENCE_NARROWINGS = {
  tenants: ['tenant'],
  owners: ['owner'],
  co_owners: ['co_owner'],
  council: ['council_member', 'council_president'],
} as const satisfies Record<string, readonly RelationKind[]>;

/** Whether `relation` reaches one of the audience's targets. A council seat names a property; a
 * tenancy or ownership names a unit and its property. */
function reachesTarget(audience: Audience, relation: ResidentRelation): boolean {
  if (audience.agency) return true;
  if (audience.propertyIds?.includes(relation.propertyId)) return true;
  if (relation.companyId && audience.companyIds?.includes(relation.companyId)) return true;
  return relation.unitId !== null && (audience.unitIds?.includes(relation.unitId) ?? false);
}

/** Whether a resident with these current relations is in the audience. */
export function audienceIncludes(audience: Audience, relations: readonly ResidentRelation[]): boolean {
  const kinds = audience.relations ?? [];
  return relations.some((relation) => reachesTarget(audience, relation) && (kinds.length === 0 || kinds.includes(relation.kind)));
}

/** What is wrong with an audience as given (a field and a sentence), or null. */
export function audienceProblem(audience: Audience): { field: string; message: string } | null {
  const targets = (audience.agency ? 1 : 0) + (audience.propertyIds?.length ?? 0) + (audience.unitIds?.length ?? 0) + (audience.companyIds?.length ?? 0);
  if (targets === 0) return { field: 'audience', message: 'An audience names the agency, properties, units or companies.' };
  const unknown = (audience.relations ?? []).find((kind) => !(RELATION_KINDS as readonly string[]).includes(kind));
  if (unknown) return { field: 'audience.relations', message: `Unknown relation ${unknown}: one of ${RELATION_KINDS.join(', ')}.` };
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_LISTS = { propertyIds: 500, unitIds: 2000, companyIds: 500 } as const;

/** What is wrong with a value meant as an audience that no schema checked (a JSON form field):
 * its keys, their types, ids that are UUIDs — or null when it has an audience's shape. */
export function audienceShapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'An audience is an object.';
  for (const [key, given] of Object.entries(value)) {
    if (key === 'agency') {
      if (typeof given !== 'boolean') return 'audience.agency is true or false.';
    } else if (key === 'relations') {
      if (!Array.isArray(given) || given.length > RELATION_KINDS.length || given.some((k) => typeof k !== 'string')) return 'audience.relations is a list of relation kinds.';
    } else if (key in ID_LISTS) {
      const max = ID_LISTS[key as keyof typeof ID_LISTS];
      if (!Array.isArray(given) || given.length > max || given.some((id) => typeof id !== 'string' || !UUID.test(id))) return `audience.${key} is a list of at most ${max} ids.`;
    } else {
      return `An audience has agency, propertyIds, unitIds, companyIds and relations; not ${key}.`;
    }
  }
  return null;
}

/** The audience as stored: ids and kinds sorted and each once, empty lists left out. */
export function normalizeAudience(audience: Audience): Audience {
  const list = <T extends string>(values: readonly T[] | undefined) => (values && values.length > 0 ? [...new Set(values)].sort() : undefined);
  const normalized: Audience = {};
  if (audience.agency) normalized.agency = true;
  const propertyIds = list(audience.propertyIds);
  const unitIds = list(audience.unitIds);
  const companyIds = list(audience.companyIds);
  const relations = list(audience.relations);
  if (propertyIds) normalized.propertyIds = propertyIds;
  if (unitIds) normalized.unitIds = unitIds;
  if (companyIds) normalized.companyIds = companyIds;
  if (relations) normalized.relations = relations;
  return normalized;
}
