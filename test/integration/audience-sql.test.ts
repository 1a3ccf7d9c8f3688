// The audience rule in SQL (src/db/repositories/audience-sql.ts) gives, on PGlite and PostgreSQL,
// exactly what the rule gives (the matrix worked out by hand, test/support/audience-matrix.ts);
// and over the demo's people, a tenant whose tenancy ended stops being reached the day after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs, type DemoRefs } from '../support/tickets.ts';
import { audienceCondition, foreignAudienceIds } from '../../src/db/repositories/audience-sql.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import { residentRelations } from '../../src/db/repositories/portal-tickets.ts';
import { audienceIncludes, type Audience } from '../../src/domain/community/audience.ts';
import { AUDIENCE_MATRIX, PLACE, RESIDENTS } from '../support/audience-matrix.ts';
import type { ResidentRelation } from '../../src/domain/portal/ticket-visibility.ts';

let t: TestApp;
let refs: DemoRefs;
let manager: string;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
  refs = await demoRefs(t, manager);
});
afterAll(() => t?.close());

/** Whether the database says the audience includes a resident with these relations. */
async function sqlIncludes(audience: Audience, relations: readonly ResidentRelation[]): Promise<boolean> {
  const result = await t.ctx.db.execute(sql`select ${audienceCondition(sql`a.audience`, relations)} as seen from (select ${JSON.stringify(audience)}::jsonb as audience) a`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { seen: boolean }[];
  return rows[0]!.seen;
}

describe('the audience rule in SQL', () => {
  it('when every audience of the matrix is asked for every resident, then the database answers as the rule and the hand-made table', async () => {
    for (const { name, audience, reaches } of AUDIENCE_MATRIX) {
      const seen: string[] = [];
      for (const [who, relations] of Object.entries(RESIDENTS)) {
        const inSql = await sqlIncludes(audience, relations);
        expect(inSql, `${name} / ${who}`).toBe(audienceIncludes(audience, relations));
        if (inSql) seen.push(who);
      }
      expect(seen, name).toEqual(reaches);
    }
  });

  it('when the demo tenant\u2019s tenancy ends, then an item for her unit reaches her until that day and not the day after', async () => {
    const org = (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id;
    const sarah = refs.person('P-010');
    const relations = await residentRelations(t.ctx.db, org, sarah.id, '2026-12-01');
    const unitId = relations.find((r) => r.kind === 'tenant')!.unitId!;
    const forHerUnit: Audience = { unitIds: [unitId], relations: ['tenant'] };
    expect(await sqlIncludes(forHerUnit, relations)).toBe(true);

    await t.ctx.db.execute(sql`update person_relations set ends_on = '2026-12-31' where person_id = ${sarah.id} and kind = 'tenant'`);
    expect(await sqlIncludes(forHerUnit, await residentRelations(t.ctx.db, org, sarah.id, '2026-12-31'))).toBe(true);
    expect(await sqlIncludes(forHerUnit, await residentRelations(t.ctx.db, org, sarah.id, '2027-01-01'))).toBe(false);
  });

  it('when an audience names a property or unit of another agency, or one that does not exist, then those ids are found out', async () => {
    const org = (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id;
    const own = refs.property('COP-001').id;
    expect(await foreignAudienceIds(t.ctx.db, org, { propertyIds: [own], unitIds: [refs.unit('COP-001', 'A11').id] })).toEqual([]);
    expect(await foreignAudienceIds(t.ctx.db, org, { propertyIds: [own, PLACE.A], unitIds: [PLACE.U1] })).toEqual([PLACE.A, PLACE.U1]);
  });
});
