// The audience rule of src/domain/community/audience.ts as a SQL condition on an item's audience
// (a jsonb column), for a resident whose current relations were read when they looked
// (residentRelations): the item is theirs when one relation reaches a target and, if the audience
// is narrowed, is of one of its kinds. A few relations per resident make a short OR; the test
// test/integration/audience-sql.test.ts holds it to audienceIncludes on both databases.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { companies, companyMembers, personRelations, properties, units } from '../schema/index.ts';
import type { Audience } from '../../domain/community/audience.ts';
import type { ResidentRelation } from '../../domain/portal/ticket-visibility.ts';

/** `array @> [value]` on a text list of the audience (absent: contains nothing). */
const lists = (audience: SQL, key: 'propertyIds' | 'unitIds' | 'companyIds' | 'relations', value: string) =>
  sql`coalesce(${audience} -> ${key}, '[]'::jsonb) @> jsonb_build_array(${value}::text)`;

/** Whether the audience in `audience` (a jsonb expression) includes the resident. */
export function audienceCondition(audience: SQL, relations: readonly ResidentRelation[]): SQL {
  if (relations.length === 0) return sql`false`;
  const narrowed = sql`jsonb_array_length(coalesce(${audience} -> 'relations', '[]'::jsonb)) > 0`;
  const clauses = relations.map((relation) => {
    const target = sql`(coalesce((${audience} ->> 'agency')::boolean, false) or ${lists(audience, 'propertyIds', relation.propertyId)}${
      relation.unitId ? sql` or ${lists(audience, 'unitIds', relation.unitId)}` : sql``}${
      relation.companyId ? sql` or ${lists(audience, 'companyIds', relation.companyId)}` : sql``})`;
    return sql`(${target} and (not ${narrowed} or ${lists(audience, 'relations', relation.kind)}))`;
  });
  return sql`(${sql.join(clauses, sql` or `)})`;
}

/** The ids of the audience that are not the agency's (properties, units, then companies). */
export async function foreignAudienceIds(db: Db, organizationId: string, audience: Audience): Promise<string[]> {
  const propertyIds = audience.propertyIds ?? [];
  const unitIds = audience.unitIds ?? [];
  const companyIds = audience.companyIds ?? [];
  const known = new Set<string>();
  if (propertyIds.length > 0) {
    for (const row of await db.select({ id: properties.id }).from(properties).where(and(eq(properties.organizationId, organizationId), inArray(properties.id, propertyIds)))) known.add(row.id);
  }
  if (unitIds.length > 0) {
    for (const row of await db.select({ id: units.id }).from(units).where(and(eq(units.organizationId, organizationId), inArray(units.id, unitIds)))) known.add(row.id);
  }
  if (companyIds.length > 0) {
    for (const row of await db.select({ id: companies.id }).from(companies).where(and(eq(companies.organizationId, organizationId), inArray(companies.id, companyIds)))) known.add(row.id);
  }
  return [...propertyIds, ...unitIds, ...companyIds].filter((id) => !known.has(id));
}

/** Every relation of the agency's persons current on `today`, as rows (person_id, kind,
 * property_id, unit_id, company_id): their tenancies, ownerships and council seats, and a
 * tenant's relation on the premises of each tenant company they work for (residentRelations). */
export function currentRelationsTable(organizationId: string, today: string): SQL {
  return sql`(select pr.person_id, pr.kind, pr.property_id, pr.unit_id, null::uuid as company_id from ${personRelations} pr
      where pr.organization_id = ${organizationId} and (pr.starts_on is null or pr.starts_on <= ${today}::date) and (pr.ends_on is null or pr.ends_on >= ${today}::date)
    union all
    select m.person_id, 'tenant', c.property_id, c.unit_id, c.id from ${companyMembers} m join ${companies} c on c.id = m.company_id
      where m.organization_id = ${organizationId} and c.property_id is not null)`;
}

/** The rule read from the other side: whether a row `r` of currentRelationsTable (person_id, kind,
 * property_id, unit_id, company_id) is a relation this audience includes — for a query of the
 * residents an audience reaches (the news wall's fan-out). */
export function relationInAudience(audience: Audience, r: SQL): SQL {
  const a = sql`${JSON.stringify(audience)}::jsonb`;
  const target = sql`(coalesce((${a} ->> 'agency')::boolean, false)
    or coalesce(${a} -> 'propertyIds', '[]'::jsonb) @> jsonb_build_array(${r}.property_id::text)
    or (${r}.unit_id is not null and coalesce(${a} -> 'unitIds', '[]'::jsonb) @> jsonb_build_array(${r}.unit_id::text))
    or (${r}.company_id is not null and coalesce(${a} -> 'companyIds', '[]'::jsonb) @> jsonb_build_array(${r}.company_id::text)))`;
  const narrowing = sql`(jsonb_array_length(coalesce(${a} -> 'relations', '[]'::jsonb)) = 0 or (${a} -> 'relations') @> jsonb_build_array(${r}.kind))`;
  return sql`(${target} and ${narrowing})`;
}
