// The ticket summary (DOMAIN.md §10, "Compte rendu du ticket"): what happened on one ticket, in
// words fit to hand to an owner or the owners' council. Opened and closed dates, who asked and
// who created it, the place, subject, description, amount, each contractor with their state and
// intervention date, and the dated history, oldest first. Internal notes (and anything marked
// internal) stay out. Everything comes formatted for one language, in the agency's time zone and
// currency; src/channels/pdf.ts lays it out.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { LANGUAGES, type Language } from '../domain/master-data.ts';
import { findUser } from '../db/repositories/users.ts';
import { getTicket, ticketEvents } from './get-ticket.ts';
import { describeEvent } from './describe-event.ts';
import { formatDateTime, formatMoney, ticketTypeLabel } from '../channels/locale-format.ts';

export interface TicketSummaryContractor {
  name: string;
  /** The dispatch's state in words ("Facture reçue"). */
  state: string;
  /** The appointment (or, without one, when the work was reported done); null when none. */
  interventionAt: string | null;
}

export interface TicketSummary {
  language: Language;
  agency: string;
  number: number;
  typeLabel: string;
  statusLabel: string;
  openedAt: string;
  /** Null while the ticket is open. */
  closedAt: string | null;
  requestedBy: string | null;
  createdBy: string;
  source: string;
  place: { property: string; address: string; unit: string | null };
  subject: string;
  description: string;
  /** Formatted in the agency's currency; null when no amount was entered. */
  amount: string | null;
  contractors: TicketSummaryContractor[];
  /** Oldest first. */
  history: { at: string; text: string }[];
  /** When the summary was made, formatted. */
  generatedAt: string;
  /** The same instant, for the document's metadata. */
  generatedAtDate: Date;
}

const STATE_LABELS: Record<string, Record<Language, string>> = {
  requested: { fr: 'Ordre de service envoyé', en: 'Work order sent' },
  quote_requested: { fr: 'Devis demandé', en: 'Quote requested' },
  accepted: { fr: 'Accepté', en: 'Accepted' },
  refused: { fr: 'A refusé', en: 'Declined' },
  planned: { fr: 'Intervention planifiée', en: 'Work scheduled' },
  on_site: { fr: 'Sur place', en: 'On site' },
  done: { fr: 'Intervention terminée', en: 'Work completed' },
  invoice_requested: { fr: 'Facture demandée', en: 'Invoice requested' },
  invoice_received: { fr: 'Facture reçue', en: 'Invoice received' },
  quote_received: { fr: 'Devis reçu', en: 'Quote received' },
  approval_requested: { fr: "Devis en attente d'approbation", en: 'Quote awaiting approval' },
  approved: { fr: 'Devis approuvé', en: 'Quote approved' },
  disapproved: { fr: 'Devis désapprouvé', en: 'Quote rejected' },
  not_retained: { fr: 'Devis non retenu', en: 'Quote not retained' },
  cancelled: { fr: 'Intervention annulée', en: 'Cancelled' },
};

export const SOURCE_LABELS: Record<string, Record<Language, string>> = {
  portal: { fr: 'Extranet', en: 'Portal' },
  email: { fr: 'E-mail', en: 'Email' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  webform: { fr: 'Formulaire web', en: 'Web form' },
  sms: { fr: 'SMS', en: 'SMS' },
  inspection: { fr: "Visite d'immeuble", en: 'Building inspection' },
  staff: { fr: 'Gestionnaire', en: 'Staff' },
};

const STATUS_LABELS: Record<string, Record<Language, string>> = {
  open: { fr: 'En cours', en: 'Open' },
  closed: { fr: 'Clos', en: 'Closed' },
};

/** `?lang` when given, else the user's language, else French. */
export async function summaryLanguage(ctx: AppContext, actor: Actor, requested?: string): Promise<Language> {
  if (requested && (LANGUAGES as readonly string[]).includes(requested)) return requested as Language;
  const user = await findUser(ctx.db, actor.organizationId, actor.userId);
  return user && (LANGUAGES as readonly string[]).includes(user.language) ? user.language : 'fr';
}

/** Gathers the summary of a ticket the actor may see (404 otherwise). */
export async function ticketSummaryOf(ctx: AppContext, actor: Actor, number: number, language: Language): Promise<TicketSummary> {
  const data = await getTicket(ctx, actor, number);
  const rows = await ticketEvents(ctx, actor, number);
  const { ticket, organization, dispatches, parties, property, unit, createdBy } = data;
  const timeZone = organization.timezone || 'Europe/Paris';
  const currency = organization.currency || 'EUR';
  const at = (date: Date) => formatDateTime(date, language, timeZone);
  const contractors = new Map(dispatches.map((d) => [d.id, d.contractorName]));
  const partyNames = new Map(parties.map((p) => [p.id, p.name]));
  const now = ctx.clock.now();

  const history = rows
    .map((r) => r.event)
    .filter((e) => !e.internal && e.type !== 'internal_note')
    .sort((a, b) => a.seq - b.seq)
    .map((e) => ({ at: at(e.createdAt), text: describeEvent(e, language, { timeZone, currency, contractors, parties: partyNames }) }));

  const address = !property ? '' : [property.addressLine, [property.postalCode, property.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const unitLabel = unit ? [unit.reference, unit.floor ? (language === 'fr' ? `étage ${unit.floor}` : `floor ${unit.floor}`) : ''].filter(Boolean).join(', ') : null;

  return {
    language,
    agency: organization.name,
    number: ticket.number,
    typeLabel: ticketTypeLabel(ticket.type, language),
    statusLabel: STATUS_LABELS[ticket.closedAt ? 'closed' : 'open']![language],
    openedAt: at(ticket.createdAt),
    closedAt: ticket.closedAt ? at(ticket.closedAt) : null,
    requestedBy: ticket.requesterName?.trim() || null,
    createdBy: createdBy?.name ?? 'Gardien',
    source: SOURCE_LABELS[ticket.source]?.[language] ?? ticket.source,
    place: { property: property?.name ?? (language === 'fr' ? 'Lieu à préciser' : 'Place to be confirmed'), address, unit: unitLabel },
    subject: ticket.subject,
    description: ticket.description,
    amount: ticket.amountCents !== null ? formatMoney(ticket.amountCents, language, currency) : null,
    contractors: dispatches.map((d) => {
      const when = d.appointmentStartsAt ?? d.completedAt;
      const state = d.kind === 'quote' && d.state === 'requested' ? 'quote_requested' : d.state;
      return { name: d.contractorName, state: STATE_LABELS[state]?.[language] ?? d.state, interventionAt: when ? at(when) : null };
    }),
    history,
    generatedAt: at(now),
    generatedAtDate: now,
  };
}
