// The visibility rule of documents against the table worked out by hand (test/support/document-matrix.ts):
// a council document reaches the council, not a tenant; a previous tenant's lease closes with the
// tenancy; a person's document is theirs alone; a staff-only folder reaches nobody. And the
// checklist of a co-ownership's legal space.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPE_CODES, documentVisibleTo, legalChecklist, legalTypes, portalGroup } from '../../src/domain/community/documents.ts';
import { DOCUMENT_MATRIX, VIEWERS } from '../support/document-matrix.ts';

describe('who sees a document', () => {
  for (const { name, document, reaches } of DOCUMENT_MATRIX) {
    it(`${name}: ${reaches.join(', ') || 'nobody'}`, () => {
      const seen = Object.entries(VIEWERS).filter(([, viewer]) => documentVisibleTo(document, viewer)).map(([who]) => who);
      expect(seen).toEqual(reaches);
    });
  }

  it('groups a council section’s document under council, a lease under lease, a person’s under mine', () => {
    const [councilDoc, lease, mine] = [DOCUMENT_MATRIX[2]!, DOCUMENT_MATRIX[7]!, DOCUMENT_MATRIX[11]!];
    expect(portalGroup({ ...councilDoc.document, folder: { ...councilDoc.document.folder, legalSection: null } })).toBe('council');
    expect(portalGroup({ ...lease.document, folder: { ...lease.document.folder, legalSection: null } })).toBe('lease');
    expect(portalGroup({ ...mine.document, folder: { ...mine.document.folder, legalSection: 'each_owner' } })).toBe('mine');
  });
});

describe('the legal space', () => {
  it('has the décret 2019-502 types in their three sections', () => {
    expect(legalTypes('all_co_owners')).toEqual(expect.arrayContaining(['coownership_rules', 'division_statement', 'summary_sheet', 'maintenance_log', 'assembly_minutes', 'syndic_contract', 'insurance_policy']));
    expect(legalTypes('each_owner')).toEqual(['owner_account', 'call_for_funds', 'owner_charges']);
    expect(legalTypes('council').length).toBeGreaterThan(0);
    expect(DOCUMENT_TYPE_CODES).toEqual(expect.arrayContaining(['lease', 'inventory', 'other']));
  });

  it('says what a co-ownership lacks: none, fewer than three assemblies, an outdated fiche synthétique', () => {
    const lines = legalChecklist([
      { documentType: 'assembly_minutes', day: '2025-04-01' }, { documentType: 'assembly_minutes', day: '2024-04-01' },
      { documentType: 'summary_sheet', day: '2024-01-10' }, { documentType: 'coownership_rules', day: '1990-01-01' },
    ], '2026-03-01');
    const of = (type: string) => lines.find((l) => l.documentType === type)!;
    expect(of('assembly_minutes')).toEqual({ documentType: 'assembly_minutes', required: 3, present: 2, missing: 'too_few' });
    expect(of('summary_sheet').missing).toBe('outdated');
    expect(of('coownership_rules').missing).toBeNull();
    expect(of('maintenance_log').missing).toBe('none');
    expect(legalChecklist([{ documentType: 'summary_sheet', day: '2025-06-01' }], '2026-03-01').find((l) => l.documentType === 'summary_sheet')!.missing).toBeNull();
  });
});
