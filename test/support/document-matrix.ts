// Who sees which document, worked out by hand: residents with their relations of today (ids
// included: a tenancy or ownership folder names one), documents in folders of each scope, and who
// each reaches. The unit test checks the rule (src/domain/community/documents.ts), the integration
// test its SQL (src/db/repositories/document-visibility-sql.ts) on both databases.
import type { DocumentFacts, DocumentViewer } from '../../src/domain/community/documents.ts';
import { PLACE } from './audience-matrix.ts';

export const PERSON = {
  tenant: 'a1000000-0000-4000-8000-000000000001',
  formerTenant: 'a2000000-0000-4000-8000-000000000002',
  owner: 'a3000000-0000-4000-8000-000000000003',
  council: 'a4000000-0000-4000-8000-000000000004',
  otherTenant: 'a5000000-0000-4000-8000-000000000005',
  employee: 'a6000000-0000-4000-8000-000000000006',
} as const;

const RELATION = {
  tenancy: 'b1000000-0000-4000-8000-000000000001', // tenant's, current
  oldTenancy: 'b2000000-0000-4000-8000-000000000002', // formerTenant's, ended (not among their relations of today)
  ownership: 'b3000000-0000-4000-8000-000000000003', // owner's
} as const;

export const VIEWERS: Record<keyof typeof PERSON, DocumentViewer> = {
  tenant: { personId: PERSON.tenant, relations: [{ id: RELATION.tenancy, kind: 'tenant', propertyId: PLACE.A, unitId: PLACE.U1 }] },
  formerTenant: { personId: PERSON.formerTenant, relations: [] },
  owner: { personId: PERSON.owner, relations: [{ id: RELATION.ownership, kind: 'co_owner', propertyId: PLACE.A, unitId: PLACE.U1 }] },
  council: { personId: PERSON.council, relations: [{ id: 'b4000000-0000-4000-8000-000000000004', kind: 'council_member', propertyId: PLACE.A, unitId: null }, { id: 'b5000000-0000-4000-8000-000000000005', kind: 'co_owner', propertyId: PLACE.A, unitId: PLACE.U4 }] },
  otherTenant: { personId: PERSON.otherTenant, relations: [{ id: 'b6000000-0000-4000-8000-000000000006', kind: 'tenant', propertyId: PLACE.B, unitId: PLACE.U2 }] },
  // Works for tenant company C: an occupant's relation on its premises, no relation row of its own.
  employee: { personId: PERSON.employee, relations: [{ id: null, kind: 'tenant', propertyId: PLACE.B, unitId: null, companyId: PLACE.C }] },
};

const folder = (f: Partial<DocumentFacts['folder']>): DocumentFacts['folder'] => ({ scope: 'property', audience: null, personId: null, relationId: null, ...f });
const councilOfA = { propertyIds: [PLACE.A], relations: ['council_member' as const, 'council_president' as const] };

export const DOCUMENT_MATRIX: { name: string; document: DocumentFacts; reaches: (keyof typeof PERSON)[] }[] = [
  { name: 'a staff-only folder', document: { audience: null, personId: null, folder: folder({}) }, reaches: [] },
  { name: 'the agency folder for everyone', document: { audience: null, personId: null, folder: folder({ scope: 'agency', audience: { agency: true } }) }, reaches: ['tenant', 'owner', 'council', 'otherTenant', 'employee'] },
  { name: 'property A’s council section', document: { audience: null, personId: null, folder: folder({ audience: councilOfA }) }, reaches: ['council'] },
  { name: 'a council document in A’s co-owners’ folder', document: { audience: councilOfA, personId: null, folder: folder({ audience: { propertyIds: [PLACE.A], relations: ['co_owner'] } }) }, reaches: ['council'] },
  { name: 'A’s co-owners’ section', document: { audience: null, personId: null, folder: folder({ audience: { propertyIds: [PLACE.A], relations: ['co_owner'] } }) }, reaches: ['owner', 'council'] },
  { name: 'a document for everyone in a staff-only folder', document: { audience: { propertyIds: [PLACE.A] }, personId: null, folder: folder({}) }, reaches: ['tenant', 'owner', 'council'] },
  { name: 'unit U1’s folder', document: { audience: null, personId: null, folder: folder({ scope: 'unit', audience: { unitIds: [PLACE.U1] } }) }, reaches: ['tenant', 'owner'] },
  { name: 'the tenant’s lease folder', document: { audience: null, personId: null, folder: folder({ scope: 'tenancy', relationId: RELATION.tenancy, personId: PERSON.tenant }) }, reaches: ['tenant'] },
  { name: 'the former tenant’s lease folder', document: { audience: null, personId: null, folder: folder({ scope: 'tenancy', relationId: RELATION.oldTenancy, personId: PERSON.formerTenant }) }, reaches: [] },
  { name: 'an ownership folder, even with an audience on the document', document: { audience: { agency: true }, personId: null, folder: folder({ scope: 'ownership', relationId: RELATION.ownership, personId: PERSON.owner }) }, reaches: ['owner'] },
  { name: 'the owner’s person folder', document: { audience: null, personId: null, folder: folder({ scope: 'person', personId: PERSON.owner }) }, reaches: ['owner'] },
  { name: 'a document for the owner alone in A’s co-owners’ section', document: { audience: null, personId: PERSON.owner, folder: folder({ audience: { propertyIds: [PLACE.A], relations: ['co_owner'] } }) }, reaches: ['owner'] },
  { name: 'a document for company C in a staff-only folder', document: { audience: { companyIds: [PLACE.C] }, personId: null, folder: folder({}) }, reaches: ['employee'] },
  { name: 'a tenancy folder with no relation named', document: { audience: null, personId: null, folder: folder({ scope: 'tenancy' }) }, reaches: [] },
  { name: 'a document for the former tenant alone', document: { audience: null, personId: PERSON.formerTenant, folder: folder({ audience: { agency: true } }) }, reaches: ['formerTenant'] },
];
