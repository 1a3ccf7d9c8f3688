// The portal's list reads visibility as SQL (residentTicketCondition); a ticket's page reads it in
// JavaScript (residentSeesTicket). Generated tickets and relations hold both to the same answer,
// on both databases: a resident's list never shows a ticket its page would refuse, nor the reverse
// (a company admin's view of their company's tickets included).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { demoRefs } from '../support/tickets.ts';
import { companies, personRelations, persons, tickets } from '../../src/db/schema/index.ts';
import { residentTicketCondition } from '../../src/db/repositories/portal-tickets.ts';
import { residentSeesTicket, type ResidentRelation } from '../../src/domain/portal/ticket-visibility.ts';
import { VISIBILITIES, type Visibility } from '../../src/domain/tickets/codes.ts';
import { RELATION_KINDS, PROPERTY_RELATIONS, type RelationKind } from '../../src/domain/master-data.ts';

let t: TestApp;
let organizationId: string;
let me: string;
let neighbour: string;
let companyId: string;
const places: { propertyId: string; module: 'syndic' | 'gerance'; unitIds: string[] }[] = [];
const ticketIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const manager = await t.login('manager@demo.gardien.test');
  const refs = await demoRefs(t, manager);
  const units = (await t.call(manager, 'GET', '/api/v1/units?limit=200')).json().items as { id: string; propertyId: string }[];
  for (const ref of ['COP-001', 'GER-010']) {
    const property = refs.property(ref);
    const detail = (await t.call(manager, 'GET', `/api/v1/properties/${property.id}`)).json();
    places.push({ propertyId: property.id, module: detail.module, unitIds: units.filter((u) => u.propertyId === property.id).slice(0, 3).map((u) => u.id) });
  }
  for (let i = 0; i < 10; i++) {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', { type: 'ODS', propertyId: places[i % 2]!.propertyId, subject: `Visibilité ${i}`, description: 'x', contractors: [{ contractorId: refs.contractor('F-001').id }] });
    expect(created.statusCode, created.body).toBe(201);
    ticketIds.push(created.json().id);
  }
  organizationId = (await t.call(manager, 'GET', '/api/v1/me')).json().organization.id;
  const [a, b] = await t.ctx.db.insert(persons).values([{ organizationId, name: 'Résident Généré' }, { organizationId, name: 'Voisin Généré' }]).returning();
  me = a!.id;
  neighbour = b!.id;
  const [company] = await t.ctx.db.insert(companies).values({ organizationId, name: 'Société Générée', createdAt: new Date(), updatedAt: new Date() }).returning();
  companyId = company!.id;
});

afterAll(async () => {
  await t?.close();
});

const relationArb = () =>
  fc.record({ kind: fc.constantFrom<RelationKind>(...RELATION_KINDS), place: fc.nat({ max: 1 }), unit: fc.nat({ max: 2 }) });
const ticketArb = () =>
  fc.record({
    place: fc.nat({ max: 1 }),
    unit: fc.option(fc.nat({ max: 2 })),
    visibility: fc.constantFrom<Visibility>(...VISIBILITIES),
    pending: fc.boolean(),
    requester: fc.constantFrom('me', 'neighbour', 'nobody'),
    company: fc.boolean(),
  });

describe('the portal list and the ticket page agree on who sees what', () => {
  it('for generated relations and tickets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(relationArb(), { maxLength: 4 }), fc.array(ticketArb(), { minLength: 10, maxLength: 10 }), fc.boolean(), fc.array(fc.nat({ max: 9 }), { maxLength: 2 }), fc.boolean(), async (relations, generated, showsTickets, approverOf, companyAdmin) => {
        const db = t.ctx.db;
        await db.delete(personRelations).where(eq(personRelations.personId, me));
        const held: ResidentRelation[] = relations.map((r) => {
          const place = places[r.place]!;
          const unitId = PROPERTY_RELATIONS.includes(r.kind) ? null : place.unitIds[r.unit % place.unitIds.length]!;
          return { kind: r.kind, propertyId: place.propertyId, unitId };
        });
        if (held.length > 0) await db.insert(personRelations).values(held.map((r) => ({ organizationId, personId: me, ...r })));
        const facts = generated.map((g, i) => {
          const place = places[g.place]!;
          return {
            id: ticketIds[i]!,
            type: g.pending ? ('PENDING' as const) : ('ODS' as const),
            module: place.module,
            propertyId: place.propertyId,
            unitId: g.unit === null ? null : place.unitIds[g.unit % place.unitIds.length]!,
            visibility: g.visibility,
            requesterPersonId: g.requester === 'me' ? me : g.requester === 'neighbour' ? neighbour : null,
            companyId: g.company ? companyId : null,
          };
        });
        for (const f of facts) {
          await db.update(tickets).set({ type: f.type, module: f.module, propertyId: f.propertyId, unitId: f.unitId, visibility: f.visibility, requesterPersonId: f.requesterPersonId, companyId: f.companyId }).where(eq(tickets.id, f.id));
        }
        const approverTicketIds = [...new Set(approverOf.map((i) => ticketIds[i]!))];
        const adminCompanyIds = companyAdmin ? [companyId] : [];
        const viewer = { personId: me, relations: held, showsTickets, approverTicketIds, adminCompanyIds };
        const rows = await db.select({ id: tickets.id }).from(tickets).where(and(residentTicketCondition(organizationId, viewer), inArray(tickets.id, ticketIds)));
        const bySql = rows.map((r) => r.id).sort();
        const byRule = facts.filter((f) => residentSeesTicket(me, held, f, showsTickets, approverTicketIds.includes(f.id), f.companyId !== null && adminCompanyIds.includes(f.companyId))).map((f) => f.id).sort();
        expect(bySql).toEqual(byRule);
      }),
      { numRuns: 40 },
    );
  });
});
