// The demo residents' own tickets (demo-agency.ts, demoResidentLogins): what each of the three
// portal logins finds there. The tenant of Immeuble Voltaire (Sarah Cohen, P-010) has a request
// just sent from the portal and one validated with an appointment; the co-owner of Les Tilleuls
// (Georges Petit, P-004) sees a works ticket shared with every co-owner; its council's president
// (Hélène Rousseau, P-001) has a quote awaiting her approval ("Remplacement de l'interphone",
// demo-tickets-quotes.ts). Plain data; load-demo-tickets.ts plays them.
import type { DemoTicket } from './demo-ticket-types.ts';

export const demoPortalTickets: DemoTicket[] = [
  {
    subject: 'Volet roulant bloqué dans la chambre', property: 'GER-010', unit: 'V1G', requester: 'P-010', source: 'portal',
    description: "Le volet roulant de la chambre reste bloqué à mi-hauteur depuis ce matin, la sangle ne remonte plus. Je suis là tous les soirs après 18 h.",
    type: 'PENDING', daysAgo: 0, hour: 8,
  },
  {
    subject: 'Robinet de la baignoire qui goutte', property: 'GER-010', unit: 'V1G', requester: 'P-010', source: 'portal',
    description: "Le mitigeur de la baignoire goutte en continu, même fermé à fond. Ça fait une trace de calcaire dans la baignoire.",
    category: "Plomberie / fuite d'eau", categoryFields: { location: 'salle de bain', water_cut: false },
    type: 'ODS', contractors: ['F-001'], daysAgo: 5, hour: 18,
    steps: [
      { at: 16, by: { contractor: 0 }, act: { action: 'accept', startsAt: { fromToday: 2, hour: 14 }, durationMinutes: 60, comment: 'Changement de la cartouche du mitigeur.' } },
      { at: 17, act: { action: 'validate_appointment', d: 0 } },
    ],
  },
  {
    subject: 'Porte du garage collectif qui ne se referme plus', property: 'COP-001', source: 'staff', visibility: 'all_coowners',
    description: "La porte basculante du garage collectif reste ouverte : le moteur force puis s'arrête. Accès au garage à laisser libre le jour de l'intervention.",
    type: 'ODS', contractors: ['F-004'], daysAgo: 2, hour: 11,
    steps: [
      { at: 20, by: { contractor: 0 }, act: { action: 'accept', startsAt: { fromToday: 4, hour: 9 }, durationMinutes: 120, comment: 'Fin de course du moteur à régler, ressorts à vérifier.' } },
      { at: 22, act: { action: 'validate_appointment', d: 0 } },
    ],
  },
];
