// The demo agency's pending requests and work orders, at every step from a request just received
// to a job invoiced and closed. Plain data; load-demo-tickets.ts plays them.
import type { DemoTicket } from './demo-ticket-types.ts';

export const demoPendingRequests: DemoTicket[] = [
  {
    subject: "Tache d'humidité au plafond de la salle de bain", property: 'COP-001', unit: 'A01', requester: 'P-003', source: 'portal',
    description: "Une tache brune s'agrandit au plafond de la salle de bain depuis hier soir, sous l'appartement du dessus. Ça goutte un peu quand on prend une douche en haut.",
    type: 'PENDING', daysAgo: 1, hour: 8, files: ['photo'],
  },
  {
    subject: 'Interphone qui grésille', property: 'GER-010', unit: 'V1D', requester: 'P-011', source: 'email',
    description: "Bonjour, l'interphone grésille et on n'entend plus les visiteurs. Le bouton d'ouverture de la porte marche encore. Merci, Karim Haddad",
    type: 'PENDING', daysAgo: 0, hour: 7,
  },
  {
    subject: 'Local vélos : la gâche ne verrouille plus', property: 'COP-002', requester: 'P-005', source: 'phone',
    description: 'La présidente du conseil syndical signale que la porte du local vélos ne se verrouille plus : la gâche semble arrachée.',
    type: 'PENDING', daysAgo: 2, hour: 15,
  },
  {
    subject: 'Badge supplémentaire pour le parking', property: 'COP-001', unit: 'A21', requester: 'P-002', source: 'portal',
    description: "Je souhaiterais un troisième badge pour le parking, pour ma fille qui revient habiter chez nous.",
    type: 'PENDING', daysAgo: 7, hour: 19,
    steps: [{ at: 14, act: { action: 'cancel_request', reason: 'Les badges se demandent au conseil syndical, qui les commande : M. Lefebvre a été prévenu.' } }],
  },
];

export const demoWorkOrders: DemoTicket[] = [
  {
    subject: "Fuite au raccord de l'évier", property: 'GER-010', unit: 'V1G', requester: 'P-010', source: 'phone',
    description: "Fuite au raccord sous l'évier, un seau est en place. La locataire est joignable en journée.",
    category: "Plomberie / fuite d'eau", categoryFields: { location: 'cuisine', water_cut: false },
    type: 'ODS', contractors: ['F-001'], daysAgo: 3, hour: 10, files: ['photo'],
  },
  {
    subject: "Clé qui force dans la serrure d'entrée", property: 'GER-011', unit: 'M1', requester: 'P-014', source: 'portal',
    description: "La clé tourne de plus en plus difficilement dans la serrure de la porte d'entrée ; hier, impossible d'ouvrir pendant dix minutes.",
    type: 'ODS', contractors: ['F-004'], daysAgo: 9, hour: 11,
    steps: [{ at: 7 * 24 + 2, act: { action: 'remind', d: 0 } }],
  },
  {
    subject: 'Radiateurs froids au 2e étage', property: 'COP-001', unit: 'A21', requester: 'P-002', watchers: ['P-001'], source: 'email',
    description: "Trois radiateurs sur quatre restent froids depuis la remise en route du chauffage collectif. Purger n'a rien changé.",
    category: 'Chauffage', categoryFields: { radiators_cold: 3 },
    type: 'ODS', contractors: ['F-003'], daysAgo: 4, hour: 9, unread: true,
    steps: [{ at: 26, by: { contractor: 0 }, act: { action: 'propose_appointment', startsAt: { fromToday: 3, hour: 9 }, durationMinutes: 90, comment: 'Je peux passer jeudi matin, il faudra accéder à la chaufferie.' } }],
  },
  {
    subject: "Remplacement du ballon d'eau chaude", property: 'GER-010', unit: 'V3', requester: 'P-012', source: 'email',
    description: "The water heater leaks at the bottom and there is no hot water since Sunday. The tenant speaks English.",
    type: 'ODS', contractors: ['F-001'], daysAgo: 6, hour: 8,
    steps: [
      { at: 5, by: { contractor: 0 }, act: { action: 'accept', startsAt: { fromToday: 6, hour: 10 }, durationMinutes: 180, comment: 'Ballon de 150 L à commander, livré sous 5 jours.' } },
      { at: 7, act: { action: 'validate_appointment', d: 0 } },
    ],
  },
  {
    subject: 'Ampoules grillées dans le hall et la cage B', property: 'COP-002', source: 'staff',
    description: "Deux plafonniers du hall et trois de la cage B ne s'allument plus. Vérifier aussi la minuterie.",
    type: 'ODS', contractors: ['F-002'], daysAgo: 5, hour: 14,
    steps: [{ at: 2, act: { action: 'enter_appointment', d: 0, startsAt: { fromToday: 2, hour: 14 }, durationMinutes: 60, comment: 'Rendez-vous pris par téléphone avec l\'atelier.' } }],
  },
  {
    subject: 'Nettoyage des vitres de la verrière', property: 'COP-001', source: 'staff',
    description: 'Nettoyage annuel de la verrière du hall (environ 40 m², hauteur 7 m).',
    type: 'ODS', contractors: ['F-006'], daysAgo: 8, hour: 10, unread: true,
    steps: [{ at: 30, by: { contractor: 0 }, act: { action: 'refuse', reason: "Nous n'intervenons pas au-delà de 6 m de hauteur sans nacelle. Désolés, voyez un cordiste." } }],
  },
  {
    subject: "Débouchage de la colonne d'eaux usées", property: 'COP-002', unit: 'B22', requester: 'P-008', watchers: ['P-005'], source: 'portal',
    description: "L'eau remonte dans la douche et l'évier quand les voisins du dessus vident leur baignoire.",
    category: "Plomberie / fuite d'eau", categoryFields: { location: 'salle de bain', water_cut: false },
    type: 'ODS', contractors: ['F-001'], daysAgo: 12, hour: 9, unread: true,
    steps: [
      { at: 3, by: { contractor: 0 }, act: { action: 'accept', startsAt: { fromCreation: 48 }, durationMinutes: 120 } },
      { at: 4, act: { action: 'validate_appointment', d: 0 } },
      { at: 48, by: { contractor: 0 }, act: { action: 'check_in', presence: 'on_site' } },
      { at: 51, by: { contractor: 0 }, act: { action: 'complete', comment: 'Colonne débouchée au furet, caméra passée : pas de casse.' }, files: ['photo'] },
    ],
  },
  {
    subject: 'Réparation du portail du parking', property: 'COP-001', source: 'staff',
    description: "Le portail s'arrête à mi-course et repart en arrière. Les résidents sortent par le portillon.",
    type: 'ODS', contractors: ['F-004'], daysAgo: 20, hour: 8,
    steps: [
      { at: 4, act: { action: 'enter_appointment', d: 0, startsAt: { fromCreation: 72 }, durationMinutes: 120 } },
      { at: 75, act: { action: 'enter_completion', d: 0, comment: 'Cellule photoélectrique remplacée, dit le serrurier au téléphone.' } },
      { at: 76, act: { action: 'request_invoice', d: 0 } },
    ],
  },
  {
    subject: 'Remise en état de la porte du garage', property: 'GER-011', unit: 'M1', requester: 'P-013', source: 'email',
    description: 'La porte basculante du garage frotte et ne se ferme plus à clé.',
    type: 'ODS', contractors: ['F-010'], daysAgo: 25, hour: 16,
    steps: [
      { at: 20, by: { contractor: 0 }, act: { action: 'accept', startsAt: { fromCreation: 96 }, durationMinutes: 180 } },
      { at: 22, act: { action: 'validate_appointment', d: 0 } },
      { at: 100, by: { contractor: 0 }, act: { action: 'complete', comment: 'Rails redressés, serrure changée, deux clés remises à la propriétaire.', invoiceAmountCents: 38_500 }, files: ['invoice'] },
    ],
  },
  {
    subject: "Fuite sur le robinet d'arrêt de la cave", property: 'COP-001', unit: 'CAVE-03', requester: 'P-004', source: 'phone',
    description: "Le robinet d'arrêt général suinte dans la cave n°3.",
    category: "Plomberie / fuite d'eau", categoryFields: { location: 'cave', water_cut: true },
    type: 'ODS', contractors: ['F-001'], daysAgo: 45, hour: 10,
    steps: [
      { at: 6, act: { action: 'enter_appointment', d: 0, startsAt: { fromCreation: 30 }, durationMinutes: 60 } },
      { at: 32, by: { contractor: 0 }, act: { action: 'complete', comment: 'Robinet remplacé.', invoiceAmountCents: 18_900 }, files: ['invoice'] },
      { at: 200, act: { action: 'close', comment: 'Facture transmise à la comptabilité.' } },
    ],
  },
  {
    subject: 'Désinsectisation des parties communes', property: 'COP-002', watchers: ['P-005', 'P-006'], source: 'staff',
    description: 'Blattes signalées dans le local poubelles et la cage d\'escalier. Traitement gel + pulvérisation.',
    category: 'Nuisibles', type: 'ODS', contractors: ['F-009'], daysAgo: 58, hour: 9,
    steps: [
      { at: 20, by: { contractor: 0 }, act: { action: 'accept', startsAt: { fromCreation: 7 * 24 }, durationMinutes: 120 } },
      { at: 21, act: { action: 'validate_appointment', d: 0 } },
      { at: 7 * 24 + 3, by: { contractor: 0 }, act: { action: 'complete', comment: 'Traitement fait. Second passage inutile si les poubelles restent fermées.' }, files: ['report'] },
      { at: 7 * 24 + 5, act: { action: 'request_invoice', d: 0 } },
      { at: 9 * 24, by: { contractor: 0 }, act: { action: 'submit_invoice', amountCents: 42_000 }, files: ['invoice'] },
      { at: 10 * 24, act: { action: 'close', comment: 'Facture validée.' } },
    ],
  },
  {
    subject: 'Contrôle de la VMC', property: 'GER-010', unit: 'V1D', requester: 'P-011', source: 'phone',
    description: 'La VMC de la salle de bain ne tire plus, de la condensation coule sur les murs.',
    type: 'ODS', contractors: ['F-003'], daysAgo: 15, hour: 11,
    steps: [
      { at: 10, by: { contractor: 0 }, act: { action: 'accept', startsAt: { fromCreation: 5 * 24 }, durationMinutes: 60 } },
      { at: 48, act: { action: 'cancel_intervention', d: 0, reason: 'Le locataire a fait intervenir son propre électricien : le moteur était débranché.' } },
    ],
  },
  {
    subject: "Rafraîchissement de la cage d'escalier", property: 'COP-001', watchers: ['P-001', 'P-002'], source: 'staff',
    description: "Peinture des murs de la cage d'escalier (voté en AG), puis nettoyage complet après chantier.",
    type: 'ODS', contractors: ['F-010', 'F-008'], daysAgo: 10, hour: 9,
    steps: [
      { at: 30, by: { contractor: 0 }, act: { action: 'accept', startsAt: { fromToday: 8, hour: 8 }, durationMinutes: 3 * 24 * 60, comment: 'Trois jours de chantier, le hall restera praticable.' } },
      { at: 32, act: { action: 'validate_appointment', d: 0 } },
      { at: 50, by: { contractor: 1 }, act: { action: 'propose_appointment', startsAt: { fromToday: 12, hour: 9 }, durationMinutes: 240 } },
      { at: 51, act: { action: 'validate_appointment', d: 1 } },
      { at: 52, act: { action: 'internal_note', body: 'Prévenir les résidents par affichage une semaine avant.' } },
    ],
  },
  {
    subject: "Ascenseur à l'arrêt, cabine au 3e", property: 'COP-002', requester: 'P-006', watchers: ['P-005'], source: 'phone',
    description: "La cabine est bloquée au 3e étage, portes fermées. Personne à l'intérieur.",
    category: 'Ascenseur en panne', categoryFields: { floor_blocked: '3e' },
    type: 'ODS', contractors: ['F-005'], daysAgo: 1, hour: 8, unread: true,
    steps: [
      { at: 1, by: { contractor: 0 }, act: { action: 'accept', startsAt: { fromToday: 1, hour: 9 }, durationMinutes: 120 } },
      { at: 2, by: 'assistant', act: { action: 'validate_appointment', d: 0 } },
      { at: 3, by: { contractor: 0 }, act: { action: 'message', body: "Pièce commandée (carte de manœuvre), le technicien passe demain à 9 h. L'ascenseur reste consigné d'ici là." } },
    ],
  },
  {
    subject: 'Révision annuelle de la chaudière gaz', property: 'GER-011', unit: 'M1', requester: 'P-014', source: 'staff',
    description: 'Entretien annuel obligatoire de la chaudière gaz, attestation à remettre au locataire.',
    type: 'ODS', contractors: ['F-003'], daysAgo: 33, hour: 9,
    steps: [
      { at: 3, act: { action: 'enter_appointment', d: 0, startsAt: { fromCreation: 6 * 24 }, durationMinutes: 90 } },
      { at: 6 * 24, by: { contractor: 0 }, act: { action: 'check_in', presence: 'on_site' } },
      { at: 6 * 24 + 2, by: { contractor: 0 }, act: { action: 'complete', comment: 'Entretien fait, attestation jointe.' }, files: ['report'] },
      { at: 6 * 24 + 3, act: { action: 'request_invoice', d: 0 } },
      { at: 8 * 24, by: { contractor: 0 }, act: { action: 'submit_invoice', amountCents: 14_500 }, files: ['invoice'] },
      { at: 8 * 24 + 2, act: { action: 'internal_note', body: "Contrat d'entretien à renouveler en janvier." } },
    ],
  },
];
