// The demo agency's documents (DOMAIN.md §15): the tool switched on for managers and assistants,
// the legal online space of Résidence Les Tilleuls partly filled (two general assemblies' minutes
// of three, no maintenance log: its checklist shows what is missing), a council document, an
// owner's individual account, a notice for Immeuble Voltaire and Sarah Cohen's lease. Small
// one-page PDFs; all already told about (digestedAt), so the first digest does not repeat them.
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { AppContext } from '../context.ts';
import { newStorageKey } from '../channels/file-store.ts';
import { insertDocuments, insertFolder, relationsOfKind, type FolderRow } from '../db/repositories/documents.ts';
import { legalSectionAudience, type LegalSection } from '../domain/community/documents.ts';
import type { CommunityTools } from '../domain/community/tools.ts';

/** The demo's switches with documents on. */
export const withDemoDocuments = (tools: CommunityTools): CommunityTools => ({ ...tools, documents: { enabled: true, roles: ['manager', 'assistant'] } });

const AT = new Date('2026-01-20T09:00:00Z');

function onePagePdf(title: string, subtitle: string): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: 'Agence Démo Gardien' } });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font('Helvetica-Bold').fontSize(18).text(title).moveDown();
  pdf.font('Helvetica').fontSize(11).text(subtitle).moveDown().fillColor('#555').text('Document de démonstration – Agence Démo Gardien');
  pdf.end();
  return done;
}

interface Ids {
  organizationId: string;
  properties: Record<string, string>;
  persons: Record<string, string>;
  managerId: string;
}

/** Writes the folders and documents (in the demo's transaction, `ctx.db`), their bytes in the file store. */
export async function loadDemoDocuments(ctx: AppContext, ids: Ids): Promise<void> {
  const { organizationId } = ids;
  const folder = (values: Omit<Parameters<typeof insertFolder>[1], 'organizationId' | 'createdAt' | 'updatedAt' | 'createdById'>) =>
    insertFolder(ctx.db, { organizationId, createdById: ids.managerId, createdAt: AT, updatedAt: AT, ...values });
  const put = async (into: FolderRow, items: { title: string; documentType: string; documentDate?: string; personId?: string; filename: string }[]) => {
    const rows = [];
    for (const item of items) {
      const bytes = await onePagePdf(item.title, into.name);
      const storageKey = newStorageKey(organizationId, AT);
      await ctx.files.put(storageKey, bytes, 'application/pdf');
      rows.push({
        organizationId, folderId: into.id, title: item.title, documentType: item.documentType, documentDate: item.documentDate ?? null, personId: item.personId ?? null,
        filename: item.filename, contentType: 'application/pdf', sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), storageKey,
        uploadedById: ids.managerId, digestedAt: AT, createdAt: AT, updatedAt: AT,
      });
    }
    await insertDocuments(ctx.db, rows);
  };

  const tilleuls = ids.properties['COP-001']!;
  const section = (legalSection: LegalSection, name: string) => folder({ name, scope: 'property', propertyId: tilleuls, legalSection, audience: legalSectionAudience(legalSection, tilleuls) });
  const all = await section('all_co_owners', 'Documents de tous les copropriétaires');
  await put(all, [
    { title: 'Règlement de copropriété', documentType: 'coownership_rules', documentDate: '1998-05-12', filename: 'reglement-copropriete.pdf' },
    { title: 'État descriptif de division', documentType: 'division_statement', documentDate: '1998-05-12', filename: 'etat-descriptif-division.pdf' },
    { title: 'Fiche synthétique 2025', documentType: 'summary_sheet', documentDate: '2025-12-15', filename: 'fiche-synthetique-2025.pdf' },
    { title: 'Procès-verbal de l’AG du 15 avril 2025', documentType: 'assembly_minutes', documentDate: '2025-04-15', filename: 'pv-ag-2025.pdf' },
    { title: 'Procès-verbal de l’AG du 12 avril 2024', documentType: 'assembly_minutes', documentDate: '2024-04-12', filename: 'pv-ag-2024.pdf' },
    { title: 'Police d’assurance multirisque immeuble', documentType: 'insurance_policy', documentDate: '2025-01-01', filename: 'assurance-immeuble.pdf' },
    { title: 'Contrat d’entretien de l’ascenseur', documentType: 'service_contract', documentDate: '2024-09-01', filename: 'contrat-ascenseur.pdf' },
    { title: 'Contrat de syndic 2025-2028', documentType: 'syndic_contract', documentDate: '2025-04-15', filename: 'contrat-syndic.pdf' },
  ]);
  const owners = await section('each_owner', 'Documents de chaque copropriétaire');
  await put(owners, [
    { title: 'Compte individuel – Georges Petit', documentType: 'owner_account', documentDate: '2025-12-31', personId: ids.persons['P-004']!, filename: 'compte-individuel-petit.pdf' },
    { title: 'Appel de fonds T1 2026 – Georges Petit', documentType: 'call_for_funds', documentDate: '2026-01-01', personId: ids.persons['P-004']!, filename: 'appel-fonds-t1-2026-petit.pdf' },
  ]);
  const council = await section('council', 'Documents du conseil syndical');
  await put(council, [
    { title: 'Devis de ravalement de façade (comparatif)', documentType: 'council_contracts', documentDate: '2026-01-10', filename: 'devis-ravalement.pdf' },
  ]);

  const voltaire = ids.properties['GER-010']!;
  const building = await folder({ name: 'Immeuble Voltaire', scope: 'property', propertyId: voltaire, audience: { propertyIds: [voltaire] } });
  await put(building, [{ title: 'Règlement intérieur de l’immeuble', documentType: 'notice', filename: 'reglement-interieur.pdf' }]);

  const [tenancy] = await relationsOfKind(ctx.db, organizationId, ids.persons['P-010']!, 'tenant');
  if (tenancy) {
    const lease = await folder({ name: 'Bail de Sarah Cohen', scope: 'tenancy', propertyId: voltaire, unitId: tenancy.unitId, relationId: tenancy.id, personId: ids.persons['P-010']! });
    await put(lease, [
      { title: 'Bail d’habitation', documentType: 'lease', documentDate: '2024-02-01', filename: 'bail.pdf' },
      { title: 'État des lieux d’entrée', documentType: 'inventory', documentDate: '2024-02-01', filename: 'etat-des-lieux-entree.pdf' },
    ]);
  }
}
