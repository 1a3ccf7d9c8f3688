// The values a message template reads (TEMPLATE_VARIABLES), gathered from one ticket of an agency:
// the ticket, its place, its contact person, a dispatch (its contractor, appointment, amounts), a
// party (approver, recipient), the assignee (the manager's signature) and the agency. Dates, times
// and amounts are formatted for the message's language in the agency's time zone and currency.
// What belongs to one event (a comment, a reason, a message) the caller adds; `link` too, minted
// when the message leaves.
import type { Db } from '../db/connection.ts';
import { findTicket, dispatchesOf, partiesOf, type DispatchRow, type PartyRow, type TicketRow } from '../db/repositories/tickets.ts';
import { findOrganization, findUser } from '../db/repositories/users.ts';
import type { OrganizationRow } from '../db/repositories/organizations.ts';
import { currentOwnerName, propertiesRepository, unitsRepository } from '../db/repositories/master-data.ts';
import { quoteFilesOf } from '../db/repositories/attachments.ts';
import { notFound } from '../domain/errors.ts';
import { settingsOf } from '../domain/settings.ts';
import { STATUSES, ENDED_STATES, type TicketStatus, type TicketType } from '../domain/tickets/codes.ts';
import { dispatchStatus } from '../domain/tickets/ticket-status.ts';
import { LANGUAGES, type Language } from '../domain/master-data.ts';
import type { Audience, TemplateKey } from '../domain/messages/template-catalogue.ts';
import { INSTRUCTION_TEMPLATES } from '../domain/messages/event-values.ts';
import type { TemplateVariables } from './render-template.ts';

export interface TemplateVariableOptions {
  /** The contractor's dispatch the message is about (default: the first one still running). */
  dispatchId?: string;
  /** The party the message goes to (approver, contact, watcher). */
  partyId?: string;
  /** Default: the party's, else the dispatch's, else the agency's language. */
  language?: Language;
  /** Who receives it: "hide the agency's email" applies to contractors (and when not said). */
  audience?: Audience;
  /** The template: for a first request and its reminders, `comment` carries the dispatch's instructions. */
  key?: TemplateKey;
  /** The recipient's personal link, when there is one. */
  link?: string;
  /** Rows the caller already holds (the outbox writer does), and a cache shared by the messages
   * of one change: fewer queries per message. */
  loaded?: { ticket: TicketRow; dispatches: readonly DispatchRow[]; parties: readonly PartyRow[]; organization: OrganizationRow };
  cache?: Map<string, unknown>;
  /** The contractors' guide; default: PUBLIC_URL/x/help?lang=… when publicUrl is given. */
  helpLink?: string;
  publicUrl?: string;
  /** "Today", for the owner in force (default: now). */
  now?: Date;
}

const TYPE_LABELS: Record<TicketType, Record<Language, string>> = {
  ODS: { fr: 'Ordre de service', en: 'Work order' },
  ODSM: { fr: 'Ordre de service multi-intervenants', en: 'Multi-contractor work order' },
  DS: { fr: 'Demande de devis', en: 'Quote request' },
  DM: { fr: 'Devis multiple', en: 'Multiple quotes' },
  PENDING: { fr: 'Demande en attente de validation', en: 'Pending request' },
};


/** The contractors' guide, linked from every email they receive, in the email's language (the
 * parties' page shows it at `/x/help`; `/help/contractors`, in emails sent before, redirects there). */
export function helpLinkFor(publicUrl: string, language: Language): string {
  return `${publicUrl.replace(/\/$/, '')}/x/help?lang=${language}`;
}

/** A ticket's page in the residents' portal: residents signed in see it, others are asked to
 * sign in (or to ask for a one-time link by email) and come back to it. */
export function portalTicketLink(publicUrl: string, number: number): string {
  return `${publicUrl.replace(/\/$/, '')}/portal/tickets/${number}`;
}

/** Intl output with its no-break spaces made plain (they are not GSM-7, and mean nothing in mail). */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function intlLocale(language: Language, agencyLocale: string): string {
  if (agencyLocale.toLowerCase().startsWith(`${language}-`)) return agencyLocale;
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

/** "1 h 30", "45 min", "2 h" (fr); "1 h 30 min" (en). */
export function formatDuration(minutes: number | null | undefined, language: Language): string {
  if (!minutes || minutes <= 0) return '';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  if (m === 0) return `${h} h`;
  return language === 'fr' ? `${h} h ${String(m).padStart(2, '0')}` : `${h} h ${m} min`;
}

// Formatters are costly to build and a few serve every message: one per locale, zone and use.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = make();
    if (formatters.size > 500) formatters.clear();
    formatters.set(key, found);
  }
  return found;
}

/** An appointment's date ("mardi 25 novembre 2025") and time ("09:00") in the agency's zone. */
export function formatAppointment(at: Date, language: Language, locale: string, timeZone: string): { date: string; time: string } {
  const date = formatter(`date/${locale}/${timeZone}`, () => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone })).format(at);
  const time = formatter(`time/${locale}/${timeZone}`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })).format(at);
  return { date: plainSpaces(date), time: plainSpaces(time) };
}

/** An amount in cents in the agency's currency ("1 234,56 €"). */
export function formatAmount(cents: number | null | undefined, locale: string, currency: string): string {
  if (cents === null || cents === undefined) return '';
  return plainSpaces(formatter(`money/${locale}/${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(cents / 100));
}

/** A quote's validity ("31 janvier 2027"): a calendar date, the same everywhere. */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day) return '';
  const at = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return '';
  return plainSpaces(formatter(`day-long/${locale}`, () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(at));
}

/** Every quote put to an approver: contractor, amount, validity and, through the approver's own
 * link (`?file=`, see routes/exchange.ts), its latest file. */
async function quotesPutTo(db: Db, ticket: TicketRow, party: PartyRow, dispatches: readonly DispatchRow[], format: { locale: string; currency: string; link: string }): Promise<NonNullable<TemplateVariables['quotes']>> {
  const put = dispatches.filter((d) => party.dispatchIds.includes(d.id));
  const files = await quoteFilesOf(db, ticket.id, put.map((d) => d.id));
  return put.map((d) => {
    const file = files.filter((f) => f.dispatchId === d.id).at(-1);
    return {
      contractor: d.contractorName,
      amount: formatAmount(d.quoteAmountCents, format.locale, format.currency),
      valid_until: formatDay(d.quoteValidUntil, format.locale),
      file_link: file && format.link ? `${format.link}?file=${file.id}` : '',
    };
  });
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function pickDispatch(dispatches: readonly DispatchRow[], dispatchId?: string): DispatchRow | undefined {
  if (dispatchId) {
    const found = dispatches.find((d) => d.id === dispatchId);
    if (!found) throw notFound('Dispatch');
    return found;
  }
  return dispatches.find((d) => !ENDED_STATES.includes(d.state)) ?? dispatches[0];
}

/** Everything a template of this ticket may read. Throws 404 for a ticket, dispatch or party that
 * is not the agency's. */
export async function templateVariablesFor(
  db: Db,
  organizationId: string,
  ticketNumber: number,
  options: TemplateVariableOptions = {},
): Promise<TemplateVariables> {
  const loaded = options.loaded;
  const ticket = loaded?.ticket ?? (await findTicket(db, organizationId, ticketNumber));
  if (!ticket) throw notFound('Ticket');
  const cached = async <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (!options.cache) return read();
    if (!options.cache.has(key)) options.cache.set(key, await read());
    return options.cache.get(key) as T;
  };
  // One after the other: inside a transaction they share one connection anyway.
  const organization = loaded?.organization ?? (await findOrganization(db, organizationId));
  const property = ticket.propertyId ? await cached(`property:${ticket.propertyId}`, () => propertiesRepository.get(db, organizationId, ticket.propertyId!)) : undefined;
  const unit = ticket.unitId ? await cached(`unit:${ticket.unitId}`, () => unitsRepository.get(db, organizationId, ticket.unitId!)) : undefined;
  const dispatches = loaded?.dispatches ?? (await dispatchesOf(db, ticket.id));
  const parties = loaded?.parties ?? (await partiesOf(db, ticket.id));
  const assignee = ticket.assigneeId ? await cached(`user:${ticket.assigneeId}`, () => findUser(db, organizationId, ticket.assigneeId!)) : undefined;
  if (!organization) throw notFound('Ticket');

  const dispatch = pickDispatch(dispatches, options.dispatchId);
  const party = options.partyId ? parties.find((p) => p.id === options.partyId) : undefined;
  if (options.partyId && !party) throw notFound('Party');
  const contact = parties.find((p) => p.role === 'contact' && p.active);
  const approver = party?.role === 'approver' ? party : parties.find((p) => p.role === 'approver' && p.active);

  const candidates = [options.language, party?.language, dispatch?.language, organization.locale.slice(0, 2)];
  const language = (candidates.find((l) => (LANGUAGES as readonly string[]).includes(l ?? '')) ?? 'fr') as Language;
  const locale = intlLocale(language, organization.locale);
  const timeZone = organization.timezone || 'Europe/Paris';

  const settings = settingsOf(organization.settings);
  const stored = organization.settings ?? {};
  const hideEmail = settings.hideAgencyEmail && (options.audience === undefined || options.audience === 'contractor');
  const agencyEmail = hideEmail ? '' : text(stored.email);
  const agencyPhone = text(stored.phone);

  const managerName = assignee?.name ?? '';
  const managerPhone = assignee?.phone ?? '';
  const managerEmail = hideEmail ? '' : (assignee?.email ?? '');
  const labels = language === 'fr' ? { phone: 'Tél. : ', email: 'Email : ' } : { phone: 'Phone: ', email: 'Email: ' };
  const signature = [managerName, managerPhone && `${labels.phone}${managerPhone}`, managerEmail && `${labels.email}${managerEmail}`].filter(Boolean).join('\n');

  const appointment = dispatch?.appointmentStartsAt ? formatAppointment(dispatch.appointmentStartsAt, language, locale, timeZone) : { date: '', time: '' };
  const status: TicketStatus =
    (ticket.type === 'ODSM' && dispatch ? dispatchStatus({ kind: dispatch.kind, state: dispatch.state }) : undefined) ??
    ticket.status;
  const today = formatter(`day/${timeZone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(options.now ?? new Date());
  const ownerName = ticket.sendOwnerName && ticket.unitId ? await currentOwnerName(db, organizationId, ticket.unitId, today) : '';
  const contactEmail = contact?.emails[0] ?? '';
  const helpLink = options.helpLink ?? (options.publicUrl ? helpLinkFor(options.publicUrl, language) : '');
  const quotes = approver && (party === approver || options.audience === 'approver')
    ? await quotesPutTo(db, ticket, approver, dispatches, { locale, currency: organization.currency, link: options.link ?? '' })
    : [];

  return {
    ticket: {
      number: ticket.number,
      subject: ticket.subject,
      description: ticket.description,
      type_label: TYPE_LABELS[ticket.type]?.[language] ?? ticket.type,
      step_label: STATUSES[status]?.[language] ?? status,
    },
    place: {
      // A request from an unknown sender may not have its place yet.
      name: property?.name ?? (language === 'fr' ? 'Lieu à préciser' : 'Place to be confirmed'),
      address: property ? `${property.addressLine}, ${property.postalCode} ${property.city}` : '',
      unit: unit ? `${unit.reference}${unit.floor ? ` (${unit.floor})` : ''}` : '',
    },
    contact: { name: contact?.name ?? '', phone: contact?.phones[0] ?? '', email: contactEmail },
    contractor: { name: dispatch?.contractorName ?? '' },
    approver: { name: approver?.name ?? '' },
    recipient: { name: party?.name ?? dispatch?.contractorName ?? '' },
    appointment: { ...appointment, duration: formatDuration(dispatch?.appointmentDurationMinutes, language) },
    quote: { amount: formatAmount(dispatch?.quoteAmountCents, locale, organization.currency) },
    invoice: { amount: formatAmount(dispatch?.invoiceAmountCents, locale, organization.currency) },
    agency: { name: organization.name, email: agencyEmail, phone: agencyPhone },
    manager: { name: managerName, phone: managerPhone, email: managerEmail, signature },
    link: options.link ?? '',
    help_link: helpLink,
    portal_link: options.publicUrl ? portalTicketLink(options.publicUrl, ticket.number) : '',
    comment: options.key && INSTRUCTION_TEMPLATES.includes(options.key) ? (dispatch?.instructions ?? '') : '',
    reason: '',
    message: { subject: '', body: '' },
    reminder: { count: dispatch?.remindersSent ?? 0 },
    owner: { name: ownerName },
    quotes,
  };
}
