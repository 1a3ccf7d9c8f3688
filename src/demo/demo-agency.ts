// The demo agency's content: a French agency with co-ownerships, rented buildings, residents,
// councils and contractors. Plain data; load-demo.ts writes it.

export const DEMO_SLUG = 'demo';
export const DEMO_PASSWORD = 'gardien-demo';

export const demoOrganization = { name: 'Agence Démo Gardien', slug: DEMO_SLUG, currency: 'EUR', locale: 'fr-FR', timezone: 'Europe/Paris' };

export const demoUsers = [
  { key: 'manager', email: 'manager@demo.gardien.test', name: 'Camille Martin', roles: ['manager'] },
  { key: 'assistant', email: 'assistant@demo.gardien.test', name: 'Julien Bernard', roles: ['assistant'] },
  { key: 'admin', email: 'admin@demo.gardien.test', name: 'Sophie Lefèvre', roles: ['app_admin', 'master_data_admin'] },
] as const;

/** The demo residents who have a portal account (password DEMO_PASSWORD), by person reference:
 * a tenant of a rented building (gérance), a co-owner and the council's president of the same
 * co-ownership. The address is added to the person's emails. */
export const demoResidentLogins = [
  { email: 'locataire@demo.gardien.test', person: 'P-010', who: 'tenant, Immeuble Voltaire (gérance)' },
  { email: 'coproprietaire@demo.gardien.test', person: 'P-004', who: 'co-owner, Résidence Les Tilleuls (syndic)' },
  { email: 'president@demo.gardien.test', person: 'P-001', who: "council president, Résidence Les Tilleuls (syndic)" },
] as const;

type Relation = { kind: 'tenant' | 'owner' | 'co_owner' | 'council_member' | 'council_president'; unit?: string; startsOn?: string; endsOn?: string };

/** The properties the demo assistant assists (the co-ownerships): the assistant's login shows
 * their tickets and those assigned to them, not the rented buildings' (DOMAIN.md §2). */
export const DEMO_ASSISTED_PROPERTIES: readonly string[] = ['COP-001', 'COP-002'];

export const demoProperties = [
  {
    ref: 'COP-001', name: 'Résidence Les Tilleuls', kind: 'coownership', module: 'syndic',
    addressLine: '12 rue des Tilleuls', postalCode: '69003', city: 'Lyon',
    units: [
      { reference: 'A01', floor: 'RDC', description: 'T2 côté cour' },
      { reference: 'A11', floor: '1er', description: 'T3 traversant' },
      { reference: 'A21', floor: '2e', description: 'T4 avec balcon' },
      { reference: 'CAVE-03', floor: 'Sous-sol', description: 'Cave' },
    ],
  },
  {
    ref: 'COP-002', name: 'Le Clos Saint-Jean', kind: 'coownership', module: 'syndic',
    addressLine: '4 montée du Chemin Neuf', postalCode: '69005', city: 'Lyon',
    units: [
      { reference: 'B01', floor: 'RDC', description: 'Local commercial' },
      { reference: 'B12', floor: '1er', description: 'T3' },
      { reference: 'B22', floor: '2e', description: 'T2' },
    ],
  },
  {
    ref: 'GER-010', name: 'Immeuble Voltaire', kind: 'building', module: 'gerance',
    addressLine: '45 boulevard Voltaire', postalCode: '75011', city: 'Paris',
    units: [
      { reference: 'V1G', floor: '1er gauche', description: 'Studio' },
      { reference: 'V1D', floor: '1er droite', description: 'T2' },
      { reference: 'V3', floor: '3e', description: 'T3 sous combles' },
    ],
  },
  {
    ref: 'GER-011', name: 'Maison Montplaisir', kind: 'building', module: 'gerance',
    addressLine: '8 avenue des Frères Lumière', postalCode: '69008', city: 'Lyon',
    units: [{ reference: 'M1', floor: null, description: 'Maison individuelle' }],
  },
] as const;

/** Every address ends in .test (RFC 2606) and every number is in the ranges ARCEP keeps for
 * fiction (06 39 98…, 04 65 71…): whatever the outbox does, no real mailbox or phone receives it. */
export const demoPersons: { ref: string; name: string; emails: string[]; phones: string[]; property: string; relations: Relation[]; language?: 'en' }[] = [
  { ref: 'P-001', name: 'Hélène Rousseau', emails: ['helene.rousseau@example.test'], phones: ['+33 6 39 98 56 01'], property: 'COP-001', relations: [{ kind: 'co_owner', unit: 'A11', startsOn: '2015-06-01' }, { kind: 'council_president', startsOn: '2023-04-15' }] },
  { ref: 'P-002', name: 'Marc Lefebvre', emails: ['marc.lefebvre@example.test'], phones: ['+33 6 39 98 56 02'], property: 'COP-001', relations: [{ kind: 'co_owner', unit: 'A21', startsOn: '2018-01-10' }, { kind: 'council_member', startsOn: '2023-04-15' }] },
  { ref: 'P-003', name: 'Nadia Benali', emails: ['nadia.benali@example.test'], phones: ['+33 6 39 98 56 03'], property: 'COP-001', relations: [{ kind: 'tenant', unit: 'A01', startsOn: '2022-09-01' }] },
  { ref: 'P-004', name: 'Georges Petit', emails: ['georges.petit@example.test'], phones: [], property: 'COP-001', relations: [{ kind: 'co_owner', unit: 'A01', startsOn: '2010-03-01' }, { kind: 'co_owner', unit: 'CAVE-03', startsOn: '2010-03-01' }] },
  { ref: 'P-005', name: 'Claire Fontaine', emails: ['claire.fontaine@example.test'], phones: ['+33 6 39 98 56 05'], property: 'COP-002', relations: [{ kind: 'co_owner', unit: 'B12', startsOn: '2019-05-20' }, { kind: 'council_president', startsOn: '2024-03-01' }] },
  { ref: 'P-006', name: 'Boulangerie Saint-Jean SARL', emails: ['contact@boulangerie-stjean.example.test'], phones: ['+33 4 65 71 00 06'], property: 'COP-002', relations: [{ kind: 'co_owner', unit: 'B01', startsOn: '2012-01-01' }] },
  { ref: 'P-007', name: 'Thomas Girard', emails: ['thomas.girard@example.test'], phones: ['+33 6 39 98 56 07'], property: 'COP-002', relations: [{ kind: 'tenant', unit: 'B22', startsOn: '2021-11-01', endsOn: '2025-10-31' }] },
  { ref: 'P-008', name: 'Léa Moreau', emails: ['lea.moreau@example.test'], phones: ['+33 6 39 98 56 08'], property: 'COP-002', relations: [{ kind: 'tenant', unit: 'B22', startsOn: '2025-11-15' }] },
  { ref: 'P-009', name: 'Jean-Pierre Durand', emails: ['jp.durand@example.test'], phones: ['+33 6 39 98 56 09'], property: 'GER-010', relations: [{ kind: 'owner', unit: 'V1G' }, { kind: 'owner', unit: 'V1D' }, { kind: 'owner', unit: 'V3' }] },
  { ref: 'P-010', name: 'Sarah Cohen', emails: ['sarah.cohen@example.test'], phones: ['+33 6 39 98 56 10'], property: 'GER-010', relations: [{ kind: 'tenant', unit: 'V1G', startsOn: '2024-02-01' }] },
  { ref: 'P-011', name: 'Karim Haddad', emails: ['karim.haddad@example.test'], phones: ['+33 6 39 98 56 11'], property: 'GER-010', relations: [{ kind: 'tenant', unit: 'V1D', startsOn: '2023-07-01' }] },
  { ref: 'P-012', name: 'Emily Walker', emails: ['emily.walker@example.test'], phones: ['+33 6 39 98 56 12'], property: 'GER-010', language: 'en', relations: [{ kind: 'tenant', unit: 'V3', startsOn: '2025-01-01' }] },
  { ref: 'P-013', name: 'Odile Marchand', emails: ['odile.marchand@example.test'], phones: ['+33 6 39 98 56 13'], property: 'GER-011', relations: [{ kind: 'owner', unit: 'M1' }] },
  { ref: 'P-014', name: 'Famille Nguyen', emails: ['famille.nguyen@example.test'], phones: ['+33 6 39 98 56 14'], property: 'GER-011', relations: [{ kind: 'tenant', unit: 'M1', startsOn: '2020-09-01' }] },
];

export const demoContractors = [
  { ref: 'F-001', name: 'Plomberie Dupuis', trades: ['plumbing', 'heating'], emails: ['contact@plomberie-dupuis.example.test', 'urgences@plomberie-dupuis.example.test'], phones: ['+33 4 65 71 22 33', '+33 6 39 98 22 33'], preferredChannels: ['email', 'sms'] },
  { ref: 'F-002', name: 'Élec Services Rhône', trades: ['electricity', 'intercom'], emails: ['atelier@elec-rhone.example.test'], phones: ['+33 4 65 71 33 44'], preferredChannels: ['email'] },
  { ref: 'F-003', name: 'Chauffage Confort', trades: ['heating', 'chimney_sweeping'], emails: ['sav@chauffage-confort.example.test'], phones: ['+33 4 65 71 44 55'], preferredChannels: ['email', 'sms'] },
  { ref: 'F-004', name: 'Serrurerie Express', trades: ['locksmith', 'garage_door'], emails: ['depannage@serrurerie-express.example.test'], phones: ['+33 6 39 98 55 66'], preferredChannels: ['sms'] },
  { ref: 'F-005', name: 'Ascenseurs Lyonnais', trades: ['elevator'], emails: ['maintenance@ascenseurs-lyonnais.example.test'], phones: ['+33 4 65 71 66 77'], preferredChannels: ['email'] },
  { ref: 'F-006', name: 'Vitrerie du Centre', trades: ['glazing'], emails: ['devis@vitrerie-centre.example.test'], phones: ['+33 4 65 71 77 88'], preferredChannels: ['email'] },
  { ref: 'F-007', name: 'Toitures Martin & Fils', trades: ['roofing', 'masonry'], emails: ['toitures.martin@example.test'], phones: ['+33 6 39 98 88 99'], preferredChannels: ['email', 'sms'] },
  { ref: 'F-008', name: 'Net & Clair Propreté', trades: ['cleaning', 'gardening'], emails: ['planning@netetclair.example.test'], phones: ['+33 4 65 71 99 00'], preferredChannels: ['email'] },
  { ref: 'F-009', name: 'Anti-Nuisibles Rhône-Alpes', trades: ['pest_control'], emails: ['intervention@antinuisibles.example.test'], phones: ['+33 4 65 71 00 11'], preferredChannels: ['email'] },
  { ref: 'F-010', name: 'Bâti Rénov', trades: ['painting', 'carpentry', 'general_works'], emails: ['chantiers@batirenov.example.test'], phones: ['+33 6 39 98 11 22'], preferredChannels: ['email'] },
];

type DemoField = { key: string; label: { fr: string; en: string }; type: 'text' | 'number' | 'boolean' | 'date' | 'select'; required: boolean; options?: string[] };

export const demoCategories: { name: string; fields: DemoField[] }[] = [
  {
    name: "Plomberie / fuite d'eau",
    fields: [
      { key: 'location', label: { fr: 'Où est la fuite ?', en: 'Where is the leak?' }, type: 'select', required: true, options: ['cuisine', 'salle de bain', 'parties communes', 'cave'] },
      { key: 'water_cut', label: { fr: "L'eau est-elle coupée ?", en: 'Is the water turned off?' }, type: 'boolean', required: false },
    ],
  },
  {
    name: 'Chauffage',
    fields: [{ key: 'radiators_cold', label: { fr: 'Nombre de radiateurs froids', en: 'Number of cold radiators' }, type: 'number', required: false }],
  },
  {
    name: 'Ascenseur en panne',
    fields: [{ key: 'floor_blocked', label: { fr: 'Étage où la cabine est bloquée', en: 'Floor where the car is stuck' }, type: 'text', required: false }],
  },
  { name: 'Nuisibles', fields: [] },
];

/** Rules by category name → demo user key; tried by position. */
export const demoRoutingRules = [
  { name: 'Ascenseurs → assistant', position: 10, category: 'Ascenseur en panne', assignee: 'assistant' },
] as const;
