// The rules of documents (DOMAIN.md §15): what a folder belongs to, the types of documents (the
// legal ones of a co-ownership's online space, décret 2019-502, with their section), what the
// legal space of a co-ownership still lacks, and who sees a document. The same visibility rule is
// turned into SQL by db/repositories/document-visibility-sql.ts; a test holds both to it.
import type { RelationKind } from '../master-data.ts';
import { audienceIncludes, type Audience } from './audience.ts';
import type { ResidentRelation } from '../portal/ticket-visibility.ts';

/** What a folder is the folder of: the agency, a property (or building), a unit, a tenancy or
 * an ownership period (a person's relation to a unit), or one person. */
export const FOLDER_SCOPES = ['agency', 'property', 'unit', 'tenancy', 'ownership', 'person'] as const;
export type FolderScope = (typeof FOLDER_SCOPES)[number];

/** The relation kinds a tenancy or an ownership period folder may name. */
export const SCOPE_RELATION_KINDS: Record<'tenancy' | 'ownership', readonly RelationKind[]> = {
  tenancy: ['tenant'],
  ownership: ['owner', 'co_owner'],
};

/** The three sections of a co-ownership's legal online space (décret 2019-502, art. 1 to 3). */
export const LEGAL_SECTIONS = ['all_co_owners', 'each_owner', 'council'] as const;
export type LegalSection = (typeof LEGAL_SECTIONS)[number];

/** Who a legal section's folder is open to, for property `propertyId`: every co-owner; nobody but
 * staff (each document there names its owner, `personId`); the council. */
export function legalSectionAudience(section: LegalSection, propertyId: string): Audience | null {
  if (section === 'all_co_owners') return { propertyIds: [propertyId], relations: ['co_owner'] };
  if (section === 'council') return { propertyIds: [propertyId], relations: ['council_member', 'council_president'] };
  return null;
}

interface DocumentTypeRule {
  /** The legal section it belongs to, when it is one of the legal documents. */
  legal?: LegalSection;
  /** For the checklist: how many a co-ownership must show (absent: not checked). */
  required?: number;
  /** For the checklist: the latest must be dated within so many months (its documentDate, else its upload). */
  freshMonths?: number;
}

/** The document types. Labels are in the web app's i18n (documents.types.<code>). The legal ones
 * follow décret 2019-502; for the council the décret leaves the list to the syndic's contract:
 * we keep the pieces a council checks (accounts, supporting bills, contracts and quotes, the
 * council's own reports). */
export const DOCUMENT_TYPES = {
  // For all co-owners (art. 1).
  coownership_rules: { legal: 'all_co_owners', required: 1 }, // règlement de copropriété
  division_statement: { legal: 'all_co_owners', required: 1 }, // état descriptif de division
  rules_amendment: { legal: 'all_co_owners' }, // modificatifs
  summary_sheet: { legal: 'all_co_owners', required: 1, freshMonths: 12 }, // fiche synthétique
  maintenance_log: { legal: 'all_co_owners', required: 1 }, // carnet d'entretien
  common_parts_diagnostics: { legal: 'all_co_owners' }, // diagnostics techniques des parties communes
  insurance_policy: { legal: 'all_co_owners', required: 1 }, // polices d'assurance
  service_contract: { legal: 'all_co_owners', required: 1 }, // contrats en cours (maintenance…)
  assembly_minutes: { legal: 'all_co_owners', required: 3 }, // PV des 3 dernières AG
  syndic_contract: { legal: 'all_co_owners', required: 1 }, // contrat de syndic
  // For each owner alone (art. 2).
  owner_account: { legal: 'each_owner' }, // compte individuel
  call_for_funds: { legal: 'each_owner' }, // appels de fonds
  owner_charges: { legal: 'each_owner' }, // charges des deux derniers exercices clos
  // For the council (art. 3).
  syndicate_accounts: { legal: 'council' }, // comptes du syndicat, budget, annexes
  supporting_bills: { legal: 'council' }, // factures et pièces justificatives
  council_contracts: { legal: 'council' }, // contrats, marchés et devis
  council_report: { legal: 'council' }, // rapports et avis du conseil
  // Not legal.
  lease: {},
  inventory: {}, // état des lieux
  notice: {},
  minutes: {},
  invoice: {},
  quote: {},
  plan: {},
  certificate: {},
  other: {},
} as const satisfies Record<string, DocumentTypeRule>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_CODES = Object.keys(DOCUMENT_TYPES) as DocumentType[];

export function documentTypeRule(type: string): DocumentTypeRule | undefined {
  return (DOCUMENT_TYPES as Record<string, DocumentTypeRule>)[type];
}

/** The types of one legal section, in the table's order. */
export const legalTypes = (section: LegalSection): DocumentType[] => DOCUMENT_TYPE_CODES.filter((code) => documentTypeRule(code)!.legal === section);

/** One line of a co-ownership's checklist: a legal type it must show, what it has, what is missing. */
export interface ChecklistLine {
  documentType: DocumentType;
  required: number;
  present: number;
  /** Null when nothing is missing; else why. */
  missing: null | 'none' | 'too_few' | 'outdated';
}

/** The checklist of a co-ownership from its legal documents (type and day, YYYY-MM-DD). */
export function legalChecklist(documents: readonly { documentType: string; day: string }[], today: string): ChecklistLine[] {
  const lines: ChecklistLine[] = [];
  for (const code of DOCUMENT_TYPE_CODES) {
    const rule: DocumentTypeRule = DOCUMENT_TYPES[code];
    if (!rule.required) continue;
    const days = documents.filter((d) => d.documentType === code).map((d) => d.day).sort();
    let missing: ChecklistLine['missing'] = null;
    if (days.length === 0) missing = 'none';
    else if (days.length < rule.required) missing = 'too_few';
    else if (rule.freshMonths && days.at(-1)! < monthsBefore(today, rule.freshMonths)) missing = 'outdated';
    lines.push({ documentType: code, required: rule.required, present: days.length, missing });
  }
  return lines;
}

function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 - months, d));
  return date.toISOString().slice(0, 10);
}

/** A resident's relation of today with its id (a tenancy or ownership folder names it); null for
 * the occupant's relation a tenant company's employee holds on its premises. */
export interface ViewerRelation extends ResidentRelation {
  id: string | null;
}

export interface DocumentViewer {
  personId: string;
  /** Their relations current today (ends_on null or on or after today). */
  relations: readonly ViewerRelation[];
}

/** What the rule reads of a document and its folder. */
export interface DocumentFacts {
  audience: Audience | null;
  personId: string | null;
  folder: { scope: FolderScope; audience: Audience | null; personId: string | null; relationId: string | null };
}

/** Who sees a document, in this order: one naming a person is that person's alone; in a person's
 * folder, that person's; in a tenancy or ownership folder, the person of that relation while it
 * is current (a previous tenant's documents close with their tenancy); else its own audience or,
 * without one, its folder's — none (null) is staff only. */
export function documentVisibleTo(document: DocumentFacts, viewer: DocumentViewer): boolean {
  if (document.personId) return document.personId === viewer.personId;
  const { folder } = document;
  if (folder.scope === 'person') return folder.personId === viewer.personId;
  if (folder.scope === 'tenancy' || folder.scope === 'ownership') return viewer.relations.some((r) => r.id !== null && r.id === folder.relationId);
  const audience = document.audience ?? folder.audience;
  return audience !== null && audienceIncludes(audience, viewer.relations);
}

/** How the portal groups what a resident sees. */
export const PORTAL_GROUPS = ['building', 'unit', 'lease', 'mine', 'council'] as const;
export type PortalGroup = (typeof PORTAL_GROUPS)[number];

/** The group a visible document is shown in. */
export function portalGroup(document: DocumentFacts & { folder: { legalSection: string | null } }): PortalGroup {
  if (document.personId || document.folder.scope === 'person') return 'mine';
  if (document.folder.scope === 'tenancy' || document.folder.scope === 'ownership') return 'lease';
  if (document.folder.legalSection === 'council') return 'council';
  const audience = document.audience ?? document.folder.audience;
  if (audience?.relations?.length && audience.relations.every((k) => k === 'council_member' || k === 'council_president')) return 'council';
  if (document.folder.scope === 'unit') return 'unit';
  return 'building';
}
