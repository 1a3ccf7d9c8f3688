// The fan-out's SQL (audienceRecipients in src/db/repositories/news-fan-out.ts) reads the audience rule
// from the other side — from the relations to the persons — so it is held to the same hand-made
// matrix as the rule itself (test/support/audience-matrix.ts), on PGlite and PostgreSQL: for each
// audience, exactly the residents the matrix says (a tenant company's employee included), and
// nobody whose relation ended.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { audienceRecipients } from '../../src/db/repositories/news-fan-out.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import { AUDIENCE_MATRIX, PLACE, RESIDENTS } from '../support/audience-matrix.ts';

let t: TestApp;
let org: string;
const TODAY = '2026-12-01';

beforeAll(async () => {
  t = await createTestApp();
  org = (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id;
  // The matrix's two properties and four units, in the demo agency.
  for (const [id, name] of [[PLACE.A, 'Matrice A'], [PLACE.B, 'Matrice B']] as const) {
    await t.ctx.db.execute(sql`insert into properties (id, organization_id, name, kind, module, address_line, postal_code, city) values (${id}, ${org}, ${name}, 'coownership', 'syndic', '1 rue de la Matrice', '69001', 'Lyon')`);
  }
  for (const [id, property] of [[PLACE.U1, PLACE.A], [PLACE.U2, PLACE.B], [PLACE.U3, PLACE.B], [PLACE.U4, PLACE.A]] as const) {
    await t.ctx.db.execute(sql`insert into units (id, organization_id, property_id, reference) values (${id}, ${org}, ${property}, ${id.slice(0, 2)})`);
  }
  // Each resident of the matrix with their relations of today; the former tenant's ended yesterday.
  for (const [who, relations] of Object.entries(RESIDENTS)) {
    const result = await t.ctx.db.execute(sql`insert into persons (organization_id, name, emails) values (${org}, ${`Matrice ${who}`}, array[${`${who}@matrix.example.test`}]) returning id`);
    const [person] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: string }[];
    for (const r of relations) {
      if (r.companyId) {
        // An employee of a tenant company: a member of it, an occupant of its premises.
        await t.ctx.db.execute(sql`insert into companies (id, organization_id, name, property_id, unit_id, created_at, updated_at) values (${r.companyId}, ${org}, 'Matrice SARL', ${r.propertyId}, ${r.unitId}, now(), now()) on conflict do nothing`);
        await t.ctx.db.execute(sql`insert into company_members (company_id, person_id, organization_id, created_at) values (${r.companyId}, ${person!.id}, ${org}, now())`);
        continue;
      }
      await t.ctx.db.execute(sql`insert into person_relations (organization_id, person_id, kind, unit_id, property_id, starts_on) values (${org}, ${person!.id}, ${r.kind}, ${r.unitId}, ${r.propertyId}, '2020-01-01')`);
    }
    if (who === 'formerTenant') {
      await t.ctx.db.execute(sql`insert into person_relations (organization_id, person_id, kind, unit_id, property_id, starts_on, ends_on) values (${org}, ${person!.id}, 'tenant', ${PLACE.U1}, ${PLACE.A}, '2020-01-01', '2026-11-30')`);
    }
  }
});
afterAll(() => t?.close());

describe('who an urgent post reaches', () => {
  it('when each audience of the matrix is fanned out, then exactly the residents the matrix says are reached, once each', async () => {
    for (const { name, audience, reaches } of AUDIENCE_MATRIX) {
      // The demo's own residents are reached by agency-wide audiences too: keep the matrix's.
      const reached = (await audienceRecipients(t.ctx.db, org, audience, TODAY)).filter((r) => r.name.startsWith('Matrice ')).map((r) => r.name.slice('Matrice '.length));
      expect(reached.sort(), name).toEqual([...reaches].sort());
    }
  });
});
