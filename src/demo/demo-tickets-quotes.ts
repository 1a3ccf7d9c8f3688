// The demo agency's quote requests, with one contractor (DS) or several (DM): waiting, received,
// put to the council's president, approved, disapproved, confirmed into a work order, closed.
// Plain data; load-demo-tickets.ts plays them.
import type { DemoTicket } from './demo-ticket-types.ts';

const HELENE = { personId: 'P-001' };
const CLAIRE = { personId: 'P-005' };

export const demoQuotes: DemoTicket[] = [
  {
    subject: "Réfection de la toiture de l'annexe", property: 'COP-002', watchers: ['P-005'], source: 'staff',
    description: "Plusieurs tuiles cassées sur l'annexe (local commercial), infiltration au-dessus de la boulangerie.",
    type: 'DS', contractors: ['F-007'], daysAgo: 6, hour: 10,
  },
  {
    subject: 'Remplacement des boîtes aux lettres', property: 'GER-010', source: 'staff',
    description: "Boîtes aux lettres vétustes (9 boîtes), serrures forcées. Modèle normé La Poste.",
    type: 'DS', contractors: ['F-010'], daysAgo: 3, hour: 15,
    steps: [{ at: 20, by: { contractor: 0 }, act: { action: 'accept', comment: 'Je passe prendre les mesures lundi, devis dans la semaine.' } }],
  },
  {
    subject: 'Ravalement de la façade côté rue', property: 'COP-001', watchers: ['P-001', 'P-002'], source: 'staff',
    description: "Ravalement de la façade sur rue (injonction de la mairie). Échafaudage, nettoyage, reprise des fissures, peinture.",
    type: 'DS', contractors: ['F-010'], daysAgo: 18, hour: 9, unread: true,
    steps: [{ at: 5 * 24, by: { contractor: 0 }, act: { action: 'submit_quote', amountCents: 1_845_000, validUntil: { fromToday: 60 }, comment: 'Devis détaillé joint, échafaudage compris.' }, files: ['quote'] }],
  },
  {
    subject: "Remplacement de l'interphone", property: 'COP-001', requester: 'P-003', source: 'portal',
    description: "L'interphone ne sonne plus chez plusieurs résidents. Remplacement par un visiophone voté en AG.",
    type: 'DS', contractors: ['F-002'], daysAgo: 14, hour: 11,
    steps: [
      { at: 3 * 24, by: { contractor: 0 }, act: { action: 'submit_quote', amountCents: 420_000, validUntil: { fromToday: 45 } }, files: ['quote'] },
      { at: 4 * 24, act: { action: 'request_approval', approver: HELENE, comment: "Devis conforme à ce qui a été voté en AG : merci de l'approuver." } },
    ],
  },
  {
    subject: 'Élagage des tilleuls de la cour', property: 'COP-001', source: 'staff',
    description: 'Élagage des trois tilleuls de la cour, les branches touchent les fenêtres du 2e étage.',
    type: 'DS', contractors: ['F-008'], daysAgo: 22, hour: 9,
    steps: [
      { at: 4 * 24, by: { contractor: 0 }, act: { action: 'submit_quote', amountCents: 95_000, validUntil: { fromToday: 30 } }, files: ['quote'] },
      { at: 5 * 24, act: { action: 'request_approval', approver: HELENE } },
      { at: 6 * 24, by: 'approver', act: { action: 'approve', d: 0, comment: "D'accord, à faire avant le printemps." } },
    ],
  },
  {
    subject: 'Peinture du local poubelles', property: 'COP-002', source: 'staff',
    description: 'Reprise des peintures du local poubelles (murs et sol), très dégradées.',
    type: 'DS', contractors: ['F-010'], daysAgo: 16, hour: 14,
    steps: [
      { at: 2 * 24, by: { contractor: 0 }, act: { action: 'submit_quote', amountCents: 310_000, validUntil: { fromToday: 20 } }, files: ['quote'] },
      { at: 3 * 24, act: { action: 'request_approval', approver: CLAIRE } },
      { at: 5 * 24, by: 'approver', act: { action: 'disapprove', d: 0, comment: 'Trop cher pour un local de 8 m² : demandez un autre devis, svp.' } },
    ],
  },
  {
    subject: 'Remplacement du chauffe-eau collectif', property: 'COP-002', watchers: ['P-005'], source: 'staff',
    description: "Le chauffe-eau collectif fuit ; il a 19 ans. Remplacement à prévoir avant l'hiver.",
    type: 'DS', contractors: ['F-003'], daysAgo: 30, hour: 10,
    steps: [
      { at: 3 * 24, by: { contractor: 0 }, act: { action: 'submit_quote', amountCents: 680_000, validUntil: { fromToday: 15 } }, files: ['quote'] },
      { at: 4 * 24, act: { action: 'accept_quote', d: 0, comment: 'Dépense urgente, dans le budget voté.' } },
      { at: 4 * 24 + 1, act: { action: 'confirm_quote', d: 0 } },
      { at: 5 * 24, act: { action: 'enter_appointment', d: 0, startsAt: { fromToday: 5, hour: 8 }, durationMinutes: 8 * 60, comment: "Eau chaude coupée toute la journée : affichage fait." } },
    ],
  },
  {
    subject: 'Remplacement des fenêtres du 1er étage', property: 'GER-010', watchers: ['P-009'], source: 'staff',
    description: 'Remplacement des fenêtres simple vitrage du 1er étage (studio et T2) par du double vitrage.',
    type: 'DS', contractors: ['F-006', 'F-010'], daysAgo: 20, hour: 9, unread: true,
    steps: [
      { at: 4 * 24, by: { contractor: 0 }, act: { action: 'submit_quote', amountCents: 1_240_000, validUntil: { fromToday: 40 } }, files: ['quote'] },
      { at: 6 * 24, by: { contractor: 1 }, act: { action: 'submit_quote', amountCents: 1_095_000, validUntil: { fromToday: 25 }, comment: 'Menuiseries PVC, pose comprise.' }, files: ['quote'] },
    ],
  },
  {
    subject: "Mise aux normes de l'ascenseur", property: 'COP-002', source: 'staff',
    description: 'Mise aux normes imposée par le contrôle quinquennal : portes palières et éclairage de la cabine.',
    type: 'DS', contractors: ['F-005', 'F-002'], daysAgo: 35, hour: 10,
    steps: [
      { at: 2 * 24, by: { contractor: 1 }, act: { action: 'refuse', reason: "Hors de notre domaine : nous ne faisons que l'électricité de la machinerie." } },
      { at: 7 * 24, by: { contractor: 0 }, act: { action: 'submit_quote', amountCents: 2_350_000, validUntil: { fromToday: 50 } }, files: ['quote'] },
      { at: 9 * 24, act: { action: 'request_approval', ds: [0], approver: CLAIRE, comment: 'Travaux obligatoires : seul devis reçu.' } },
    ],
  },
  {
    subject: "Traitement de l'humidité de la cave", property: 'COP-001', watchers: ['P-004'], source: 'staff',
    description: 'Murs de cave humides et salpêtre. Deux devis demandés : injection ou drainage.',
    type: 'DS', contractors: ['F-010', 'F-007'], daysAgo: 40, hour: 9,
    steps: [
      { at: 5 * 24, by: { contractor: 0 }, act: { action: 'submit_quote', amountCents: 560_000, validUntil: { fromToday: 30 } }, files: ['quote'] },
      { at: 8 * 24, by: { contractor: 1 }, act: { action: 'submit_quote', amountCents: 495_000, validUntil: { fromToday: 30 } }, files: ['quote'] },
      { at: 9 * 24, act: { action: 'request_approval', approver: HELENE } },
      { at: 12 * 24, by: 'approver', act: { action: 'approve', d: 1, comment: 'Le drainage me paraît plus durable.' } },
      { at: 13 * 24, act: { action: 'confirm_quote', d: 1 } },
      { at: 14 * 24, by: { contractor: 1 }, act: { action: 'propose_appointment', startsAt: { fromToday: 9, hour: 8 }, durationMinutes: 2 * 24 * 60, comment: 'Deux jours de travaux, caves à vider avant.' } },
    ],
  },
  {
    subject: 'Boîte à clés du gîte', property: 'GER-011', unit: 'M1', requester: 'P-013', source: 'email',
    description: "Pose d'une boîte à clés sécurisée à côté de la porte d'entrée.",
    type: 'DS', contractors: ['F-004'], daysAgo: 50, hour: 17,
    steps: [
      { at: 3 * 24, by: { contractor: 0 }, act: { action: 'submit_quote', amountCents: 24_000, validUntil: { fromCreation: 33 * 24 } }, files: ['quote'] },
      { at: 5 * 24, act: { action: 'reject_quote', d: 0, comment: 'La propriétaire la pose elle-même.' } },
      { at: 5 * 24 + 1, act: { action: 'close', comment: 'Sans suite, à la demande de la propriétaire.' } },
    ],
  },
];
