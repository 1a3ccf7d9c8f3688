// Who sees what under the audiences of the cockpit's tools: seven residents with their relations of
// today, audiences a manager would choose, and, worked out by hand, who each audience reaches.
// The unit test checks the rule (src/domain/community/audience.ts) against it, the integration
// test the SQL (src/db/repositories/audience-sql.ts) on both databases.
import type { Audience } from '../../src/domain/community/audience.ts';
import type { ResidentRelation } from '../../src/domain/portal/ticket-visibility.ts';

export const PLACE = {
  A: '0a000000-0000-4000-8000-00000000000a', // property A (a co-ownership)
  B: '0b000000-0000-4000-8000-00000000000b', // property B
  U1: '01000000-0000-4000-8000-000000000001', // unit of A
  U2: '02000000-0000-4000-8000-000000000002', // unit of B
  U3: '03000000-0000-4000-8000-000000000003', // unit of B
  U4: '04000000-0000-4000-8000-000000000004', // unit of A
  C: '0c000000-0000-4000-8000-00000000000c', // a tenant company with premises in B
} as const;

export const RESIDENTS: Record<string, ResidentRelation[]> = {
  tenantU1: [{ kind: 'tenant', propertyId: PLACE.A, unitId: PLACE.U1 }],
  ownerU1: [{ kind: 'owner', propertyId: PLACE.A, unitId: PLACE.U1 }],
  councilA: [{ kind: 'council_member', propertyId: PLACE.A, unitId: null }],
  coOwnerU2: [{ kind: 'co_owner', propertyId: PLACE.B, unitId: PLACE.U2 }],
  // Tenant in B, owner of a unit in A: each relation counts where it is.
  tenantU3ownerU4: [
    { kind: 'tenant', propertyId: PLACE.B, unitId: PLACE.U3 },
    { kind: 'owner', propertyId: PLACE.A, unitId: PLACE.U4 },
  ],
  // Works for company C: an occupant of its premises in B (a tenant's relation naming C).
  employeeC: [{ kind: 'tenant', propertyId: PLACE.B, unitId: null, companyId: PLACE.C }],
  // Moved out: no relation of today.
  formerTenant: [],
};

export const AUDIENCE_MATRIX: { name: string; audience: Audience; reaches: string[] }[] = [
  { name: 'the agency', audience: { agency: true }, reaches: ['tenantU1', 'ownerU1', 'councilA', 'coOwnerU2', 'tenantU3ownerU4', 'employeeC'] },
  { name: 'property A', audience: { propertyIds: [PLACE.A] }, reaches: ['tenantU1', 'ownerU1', 'councilA', 'tenantU3ownerU4'] },
  { name: 'the tenants of A', audience: { propertyIds: [PLACE.A], relations: ['tenant'] }, reaches: ['tenantU1'] },
  { name: 'the owners of A', audience: { propertyIds: [PLACE.A], relations: ['owner'] }, reaches: ['ownerU1', 'tenantU3ownerU4'] },
  { name: 'the council of A', audience: { propertyIds: [PLACE.A], relations: ['council_member', 'council_president'] }, reaches: ['councilA'] },
  { name: 'unit U1', audience: { unitIds: [PLACE.U1] }, reaches: ['tenantU1', 'ownerU1'] },
  { name: 'the owner of U1', audience: { unitIds: [PLACE.U1], relations: ['owner'] }, reaches: ['ownerU1'] },
  { name: 'unit U3', audience: { unitIds: [PLACE.U3] }, reaches: ['tenantU3ownerU4'] },
  { name: 'the owners of B', audience: { propertyIds: [PLACE.B], relations: ['owner'] }, reaches: [] },
  { name: 'the co-owners of B', audience: { propertyIds: [PLACE.B], relations: ['co_owner'] }, reaches: ['coOwnerU2'] },
  { name: 'the council, agency-wide', audience: { agency: true, relations: ['council_member', 'council_president'] }, reaches: ['councilA'] },
  { name: 'the tenants of A and of unit U3', audience: { propertyIds: [PLACE.A], unitIds: [PLACE.U3], relations: ['tenant'] }, reaches: ['tenantU1', 'tenantU3ownerU4'] },
  { name: 'properties A and B', audience: { propertyIds: [PLACE.A, PLACE.B] }, reaches: ['tenantU1', 'ownerU1', 'councilA', 'coOwnerU2', 'tenantU3ownerU4', 'employeeC'] },
  { name: 'company C', audience: { companyIds: [PLACE.C] }, reaches: ['employeeC'] },
  { name: 'the tenants of B', audience: { propertyIds: [PLACE.B], relations: ['tenant'] }, reaches: ['tenantU3ownerU4', 'employeeC'] },
  { name: 'company C, its owners only', audience: { companyIds: [PLACE.C], relations: ['owner'] }, reaches: [] },
  { name: 'unit U1 and company C', audience: { unitIds: [PLACE.U1], companyIds: [PLACE.C] }, reaches: ['tenantU1', 'ownerU1', 'employeeC'] },
];
