// One event of a ticket's history in plain words, in French or English: the lines of the ticket
// summary ("Plomberie Dupuis envoie sa facture de 253,64 €"). Every event type of the catalogue
// (src/domain/tickets/events.ts) has its sentence. Internal notes are described too, but the
// summary leaves them out.
import type { Language } from '../domain/master-data.ts';
import { formatDateTime, formatMoney, plain, ticketTypeLabel } from '../channels/locale-format.ts';
import { isEventType, type EventType } from '../domain/tickets/events.ts';

/** What describeEvent reads of an event row. */
export interface DescribableEvent {
  type: EventType;
  actorType: string;
  actorName: string;
  dispatchId: string | null;
  partyId: string | null;
  payload: Record<string, unknown>;
}

export interface DescribeOptions {
  /** The agency's time zone, for appointment times (default Europe/Paris). */
  timeZone?: string;
  /** The agency's currency (default EUR). */
  currency?: string;
  /** Contractor names by dispatch id, for events whose payload does not name the contractor. */
  contractors?: ReadonlyMap<string, string>;
  /** Party names by party id (approvers, contact person, watchers). */
  parties?: ReadonlyMap<string, string>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '');

/** A comment or reason cut to one readable line. */
function short(value: unknown, max = 200): string {
  const t = text(value);
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

type Words = { fr: string; en: string };

/** What every sentence reads: the payload, the contractor `c`, the actor `who`, and formatters. */
interface Said {
  event: DescribableEvent;
  p: Record<string, unknown>;
  fr: boolean;
  c: string;
  who: string;
  when: (value: unknown) => string;
  amount: (value: unknown) => string;
  colon: (value: string) => string;
  reason: string;
  comment: string;
  options: DescribeOptions;
}

function approverDecision({ event, p, fr, c, colon, comment, options }: Said): Words {
  const approver = text(p.approver) || (event.partyId ? options.parties?.get(event.partyId) : undefined) || (fr ? "L'approbateur" : 'The approver');
  const yes = event.type === 'quote_approved';
  return {
    fr: `${approver} ${yes ? 'approuve' : 'désapprouve'} le devis de ${c}${colon(comment)}`,
    en: `${approver} ${yes ? 'approves' : 'rejects'} ${c}'s quote${colon(comment)}`,
  };
}

/** Every sentence, by event type: one for each event of the catalogue (a missing one does not compile). */
const SENTENCES: Record<EventType, (said: Said) => Words> = {
  request_received: ({ p }) => {
    const from = text(p.requester);
    return { fr: from ? `Demande reçue de ${from}` : 'Demande reçue', en: from ? `Request received from ${from}` : 'Request received' };
  },
  ticket_created: ({ p, who }) => ({
    fr: `Ticket créé par ${who}${p.type ? ` (${ticketTypeLabel(String(p.type), 'fr').toLowerCase()})` : ''}`,
    en: `Ticket created by ${who}${p.type ? ` (${ticketTypeLabel(String(p.type), 'en').toLowerCase()})` : ''}`,
  }),
  request_validated: ({ p, who }) => ({ fr: `Demande validée par ${who} : ${ticketTypeLabel(String(p.type ?? ''), 'fr').toLowerCase()}`, en: `Request validated by ${who}: ${ticketTypeLabel(String(p.type ?? ''), 'en').toLowerCase()}` }),
  request_cancelled: ({ who, colon, reason }) => ({ fr: `Demande annulée par ${who}${colon(reason)}`, en: `Request cancelled by ${who}${colon(reason)}` }),
  work_order_sent: ({ p, c }) => {
    const replaces = text(p.replaces);
    return {
      fr: `Ordre de service envoyé à ${c}${replaces ? ` (en remplacement de ${replaces})` : ''}`,
      en: `Work order sent to ${c}${replaces ? ` (replacing ${replaces})` : ''}`,
    };
  },
  quote_requested: ({ p, c }) => {
    const replaces = text(p.replaces);
    return {
      fr: `Devis demandé à ${c}${replaces ? ` (en remplacement de ${replaces})` : ''}`,
      en: `Quote requested from ${c}${replaces ? ` (replacing ${replaces})` : ''}`,
    };
  },
  work_order_acknowledged: ({ c }) => ({ fr: `${c} a pris connaissance de l'ordre de service`, en: `${c} read the work order` }),
  contractor_accepted: ({ p, c, when }) => {
    const at = when(p.startsAt);
    if (p.kind === 'quote') return { fr: `${c} accepte d'établir un devis`, en: `${c} agrees to provide a quote` };
    return {
      fr: at ? `${c} accepte l'intervention et propose le ${at}` : `${c} accepte l'intervention`,
      en: at ? `${c} accepts the work order and proposes ${at}` : `${c} accepts the work order`,
    };
  },
  contractor_refused: ({ c, colon, reason }) => ({ fr: `${c} refuse l'intervention${colon(reason)}`, en: `${c} declines${colon(reason)}` }),
  appointment_proposed: ({ p, c, when }) => ({ fr: `${c} propose un rendez-vous le ${when(p.startsAt)}`, en: `${c} proposes an appointment on ${when(p.startsAt)}` }),
  appointment_set: ({ p, c, when }) => ({ fr: `${c} planifie l'intervention pour le ${when(p.startsAt)}`, en: `${c} schedules the work for ${when(p.startsAt)}` }),
  appointment_validated: ({ p, c, who, when }) => {
    const at = when(p.startsAt);
    return {
      fr: at ? `Rendez-vous de ${c} du ${at} validé par ${who}` : `Rendez-vous de ${c} validé par ${who}`,
      en: at ? `${who} confirms ${c}'s appointment on ${at}` : `${who} confirms ${c}'s appointment`,
    };
  },
  appointment_postponed: ({ p, c, when, colon, reason }) => {
    const from = when(p.from);
    const to = when(p.to);
    return {
      fr: `Rendez-vous de ${c} reporté${from ? ` du ${from}` : ''} au ${to}${colon(reason)}`,
      en: `${c}'s appointment moved${from ? ` from ${from}` : ''} to ${to}${colon(reason)}`,
    };
  },
  check_in_answered: ({ p, c, when }) => {
    const at = when(p.startsAt);
    switch (p.presence) {
      case 'on_site': return { fr: `${c} est sur place`, en: `${c} is on site` };
      case 'late': return { fr: `${c} sera en retard${at ? `, arrivée prévue le ${at}` : ''}`, en: `${c} will be late${at ? `, expected ${at}` : ''}` };
      case 'postpone': return { fr: `${c} reporte l'intervention${at ? ` au ${at}` : ''}`, en: `${c} postpones the work${at ? ` to ${at}` : ''}` };
      case 'cannot_come': return { fr: `${c} ne peut pas venir`, en: `${c} cannot come` };
      default: return { fr: `${c} répond à la demande de présence`, en: `${c} answers the check-in request` };
    }
  },
  work_completed: ({ p, c, amount, colon, comment }) => {
    const invoice = amount(p.invoiceAmountCents);
    return {
      fr: `${c} déclare l'intervention terminée${invoice ? ` et envoie sa facture de ${invoice}` : ''}${colon(comment)}`,
      en: `${c} reports the work completed${invoice ? ` and sends an invoice for ${invoice}` : ''}${colon(comment)}`,
    };
  },
  invoice_requested: ({ c }) => ({ fr: `Facture demandée à ${c}`, en: `Invoice requested from ${c}` }),
  invoice_received: ({ p, c, amount }) => {
    const sum = amount(p.amountCents);
    return { fr: `${c} envoie sa facture${sum ? ` de ${sum}` : ''}`, en: `${c} sends an invoice${sum ? ` for ${sum}` : ''}` };
  },
  invoice_rerequested: ({ c, colon, comment }) => ({ fr: `Facture demandée de nouveau à ${c}${colon(comment)}`, en: `Invoice requested again from ${c}${colon(comment)}` }),
  quote_received: ({ p, c, amount }) => {
    const sum = amount(p.amountCents);
    return { fr: `${c} envoie son devis${sum ? ` de ${sum}` : ''}`, en: `${c} sends a quote${sum ? ` for ${sum}` : ''}` };
  },
  quote_accepted: ({ c, who }) => ({ fr: `Devis de ${c} accepté par ${who}`, en: `${c}'s quote accepted by ${who}` }),
  quote_rejected: ({ c, who, colon, comment }) => ({ fr: `Devis de ${c} refusé par ${who}${colon(comment)}`, en: `${c}'s quote rejected by ${who}${colon(comment)}` }),
  quote_not_retained: ({ c }) => ({ fr: `Devis de ${c} non retenu`, en: `${c}'s quote not retained` }),
  approval_requested: ({ event, p, options }) => {
    const approver = text(p.approver) || (event.partyId ? options.parties?.get(event.partyId) : undefined) || '';
    const names = Array.isArray(p.contractors) ? p.contractors.filter((n): n is string => typeof n === 'string').join(', ') : '';
    return {
      fr: `Approbation du devis${names ? ` de ${names}` : ''} demandée${approver ? ` à ${approver}` : ''}`,
      en: `Approval of ${names ? `${names}'s quote` : 'the quote'} asked${approver ? ` of ${approver}` : ''}`,
    };
  },
  quote_approved: approverDecision,
  quote_disapproved: approverDecision,
  quote_confirmed: ({ c }) => ({ fr: `Devis de ${c} confirmé : commande passée`, en: `${c}'s quote confirmed: work ordered` }),
  contractor_added: ({ c }) => ({ fr: `Intervenant ajouté : ${c}`, en: `Contractor added: ${c}` }),
  contractor_replaced: ({ c, colon, reason }) => ({ fr: `${c} est remplacé${colon(reason)}`, en: `${c} is replaced${colon(reason)}` }),
  intervention_cancelled: ({ c, colon, reason }) => ({ fr: `Intervention de ${c} annulée${colon(reason)}`, en: `${c}'s intervention cancelled${colon(reason)}` }),
  reminder_sent: ({ p, c, who }) => {
    const count = typeof p.count === 'number' && p.count > 0 ? p.count : null;
    return p.automatic
      ? { fr: `Relance automatique${count ? ` n°${count}` : ''} envoyée à ${c}`, en: `Automatic reminder${count ? ` #${count}` : ''} sent to ${c}` }
      : { fr: `Relance envoyée à ${c} par ${who}`, en: `Reminder sent to ${c} by ${who}` };
  },
  appointment_reminder_sent: ({ c }) => ({ fr: `Rappel du rendez-vous envoyé à ${c}`, en: `Appointment reminder sent to ${c}` }),
  check_in_requested: ({ c }) => ({ fr: `Confirmation de présence demandée à ${c}`, en: `Check-in asked of ${c}` }),
  completion_requested: ({ c }) => ({ fr: `Confirmation de fin d'intervention demandée à ${c}`, en: `Completion report asked of ${c}` }),
  message_sent: ({ p, who }) => {
    const to = text(p.to);
    return { fr: `Message envoyé${to ? ` à ${to}` : ''} par ${who}`, en: `Message sent${to ? ` to ${to}` : ''} by ${who}` };
  },
  message_received: ({ event, p }) => {
    const from = text(p.from) || event.actorName;
    return { fr: `Message reçu de ${from}`, en: `Message received from ${from}` };
  },
  third_party_informed: ({ p }) => {
    const names = Array.isArray(p.recipients)
      ? p.recipients.map((r) => text((r as { name?: unknown } | null)?.name)).filter(Boolean).join(', ')
      : '';
    return { fr: `${names || 'Un tiers'} informé(s) de l'avancement`, en: `${names || 'A third party'} informed of the progress` };
  },
  attachments_added: ({ p, who, colon, comment }) => {
    const count = typeof p.count === 'number' ? p.count : 1;
    return {
      fr: `${count} document${count > 1 ? 's ajoutés' : ' ajouté'} par ${who}${colon(comment)}`,
      en: `${count} document${count > 1 ? 's' : ''} added by ${who}${colon(comment)}`,
    };
  },
  party_updated: ({ event, options }) => {
    const name = (event.dispatchId ? options.contractors?.get(event.dispatchId) : undefined) ?? (event.partyId ? options.parties?.get(event.partyId) : undefined);
    return { fr: `Coordonnées ${name ? `de ${name} ` : ''}mises à jour`, en: `Contact details${name ? ` of ${name}` : ''} updated` };
  },
  ticket_edited: ({ who }) => ({ fr: `Ticket modifié par ${who}`, en: `Ticket edited by ${who}` }),
  ticket_reassigned: ({ p }) => {
    const to = text(p.toName);
    return { fr: `Ticket confié à ${to || 'un autre gestionnaire'}`, en: `Ticket handed to ${to || 'another manager'}` };
  },
  silent_on: () => ({ fr: 'Mode silencieux activé', en: 'Silent mode on' }),
  silent_off: () => ({ fr: 'Mode silencieux désactivé', en: 'Silent mode off' }),
  reminders_set: () => ({ fr: 'Délais de relance modifiés', en: 'Reminder delays changed' }),
  ticket_closed: ({ who, colon, comment }) => ({ fr: `Ticket clos par ${who}${colon(comment)}`, en: `Ticket closed by ${who}${colon(comment)}` }),
  internal_note: ({ who }) => ({ fr: `Note interne de ${who}`, en: `Internal note by ${who}` }),
  ticket_resolved: ({ p, who, colon, comment }) =>
    p.automatic === true
      ? { fr: 'Ticket résolu : travaux terminés et facturés', en: 'Ticket resolved: work done and invoiced' }
      : { fr: `Ticket marqué comme résolu par ${who}${colon(comment)}`, en: `Ticket marked as resolved by ${who}${colon(comment)}` },
  feedback_requested: () => ({ fr: 'Avis demandé au demandeur', en: 'Feedback asked of the requester' }),
  feedback_given: ({ p, event, colon, comment }) => {
    const rating = FEEDBACK_WORDS[String(p.rating)] ?? { fr: text(p.rating), en: text(p.rating) };
    return { fr: `Avis de ${event.actorName || 'du demandeur'} : ${rating.fr}${colon(comment)}`, en: `Feedback from ${event.actorName || 'the requester'}: ${rating.en}${colon(comment)}` };
  },
  linked_to_incident: ({ p, who }) => p.merged === true
    ? { fr: `Regroupé dans l'incident n°${num(p.incident)} par ${who}`, en: `Merged into incident number ${num(p.incident)} by ${who}` }
    : { fr: `Rattaché à l'incident n°${num(p.incident)} par ${who}`, en: `Linked to incident number ${num(p.incident)} by ${who}` },
  incident_report_linked: ({ p }) => ({ fr: `Signalement n°${num(p.ticket)} rattaché à cet incident`, en: `Report number ${num(p.ticket)} linked to this incident` }),
  unlinked_from_incident: ({ p, who }) => ({ fr: `Retiré de l'incident n°${num(p.incident)} par ${who}`, en: `Taken out of incident number ${num(p.incident)} by ${who}` }),
  incident_report_unlinked: ({ p }) => ({ fr: `Signalement n°${num(p.ticket)} retiré de cet incident`, en: `Report number ${num(p.ticket)} taken out of this incident` }),
  closed_as_duplicate: ({ p }) => ({ fr: `Clos comme doublon de l'incident n°${num(p.incident)}`, en: `Closed as a duplicate of incident number ${num(p.incident)}` }),
  incident_update_sent: ({ p, who }) => {
    const count = Array.isArray(p.partyIds) ? p.partyIds.length : 0;
    return { fr: `Mise à jour de l'incident envoyée par ${who} à ${count} demandeur${count > 1 ? 's' : ''}`, en: `Incident update sent by ${who} to ${count} requester${count === 1 ? '' : 's'}` };
  },
  incident_update_relayed: ({ p }) => ({ fr: `Mise à jour de l'incident n°${num(p.incident)} transmise au demandeur`, en: `Update of incident number ${num(p.incident)} passed on to the requester` }),
  ticket_auto_closed: ({ p }) => {
    const days = typeof p.days === 'number' ? p.days : 0;
    return { fr: `Ticket clos automatiquement, sans avis ${days} jour${days > 1 ? 's' : ''} après sa résolution`, en: `Ticket closed automatically, no feedback ${days} day${days === 1 ? '' : 's'} after its resolution` };
  },
};

/** A ticket number of a payload, or "?". */
const num = (value: unknown) => (typeof value === 'number' ? String(value) : '?');

/** A requester's rating in words. */
const FEEDBACK_WORDS: Record<string, { fr: string; en: string }> = {
  good: { fr: 'satisfait', en: 'satisfied' },
  fair: { fr: 'moyennement satisfait', en: 'fairly satisfied' },
  bad: { fr: 'pas satisfait', en: 'not satisfied' },
};

/** The sentence of one event; an event type outside the catalogue is its code in words. */
function sentence(event: DescribableEvent, language: Language, options: Required<Pick<DescribeOptions, 'timeZone' | 'currency'>> & DescribeOptions): Words {
  const p = event.payload ?? {};
  const fr = language === 'fr';
  const said: Said = {
    event, p, fr, options,
    c: text(p.contractor) || (event.dispatchId ? options.contractors?.get(event.dispatchId) : undefined) || (fr ? "l'intervenant" : 'the contractor'),
    who: event.actorName || (fr ? 'le gestionnaire' : 'the manager'),
    when: (value: unknown) => {
      const at = typeof value === 'string' && value ? new Date(value) : null;
      return at && !Number.isNaN(at.getTime()) ? formatDateTime(at, language, options.timeZone) : '';
    },
    amount: (value: unknown) => (typeof value === 'number' ? formatMoney(value, language, options.currency) : ''),
    colon: (value: string) => (value ? (fr ? ` : ${value}` : `: ${value}`) : ''),
    reason: short(p.reason),
    comment: short(p.comment),
  };
  // A row read from the database is trusted to hold a catalogue type; one that does not (none is
  // written) still reads as its code in words.
  const code: string = event.type;
  if (isEventType(code)) return SENTENCES[code](said);
  const words = code.replace(/_/g, ' ');
  return { fr: words, en: words };
}

/** The event in one line of plain words, in `language`; an answer a manager entered for a party
 * says so ("(saisi par Camille Martin)"). */
export function describeEvent(event: DescribableEvent, language: Language, options: DescribeOptions = {}): string {
  const full = { timeZone: 'Europe/Paris', currency: 'EUR', ...options };
  const line = sentence(event, language, full)[language];
  const enteredBy = text(event.payload?.enteredBy);
  const suffix = enteredBy ? (language === 'fr' ? ` (saisi par ${enteredBy})` : ` (entered by ${enteredBy})`) : '';
  return plain(line.charAt(0).toUpperCase() + line.slice(1) + suffix);
}
