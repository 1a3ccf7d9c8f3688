// Turns a ticket's new events into outgoing messages, written to the outbox in the same
// transaction as the change: the notification rules say who hears of what; each recipient gets
// the template in their language, on their channels. Silent mode holds back what is automatic.
import type { Db } from '../db/connection.ts';
import type { AppContext } from '../context.ts';
import { NOTIFICATION_RULES, type NotificationRule } from '../domain/messages/notification-rules.ts';
import { countsAsUnread } from '../domain/tickets/events.ts';
import { eventValue, type EventValueName } from '../domain/messages/event-values.ts';
import { TEMPLATES, type TemplateKey } from '../domain/messages/template-catalogue.ts';
import { settingsOf } from '../domain/settings.ts';
import type { TicketRow, DispatchRow, PartyRow, EventRow } from '../db/repositories/tickets.ts';
import { findOrganization, findUser } from '../db/repositories/users.ts';
import { propertiesRepository } from '../db/repositories/master-data.ts';
import { insertOutboxMessages, type NewOutboxMessage } from '../db/repositories/outbox.ts';
import { templateOverridesOf, propertiesByIds, usersByIds } from '../db/repositories/message-context.ts';
import { renderTemplate } from './render-template.ts';
import { emailSubject, composeSms } from './message-parts.ts';
import { templateVariablesFor } from './template-variables.ts';
import { findTemplateOverride } from '../db/repositories/message-templates.ts';
import { LINK_PLACEHOLDER } from './link-placeholder.ts';
import { invitationIcs } from '../channels/ics.ts';
import { mobileFirst } from '../channels/sms/sms-sender.ts';
import type { TicketChange } from '../tickets/ticket-change.ts';
import { delegationInForce } from '../domain/delegation.ts';
import { residentChannels, residentWants } from '../domain/messages/resident-preferences.ts';
import { portalAccountsOfPersons } from '../db/repositories/ticket-feedback.ts';

interface Target {
  name: string;
  emails: string[];
  phones: string[];
  channels: string[];
  language: string;
  dispatchId?: string;
  partyId?: string;
  userId?: string;
  /** The person of master data behind a party or the requester (a resident, maybe with a portal account). */
  personId?: string;
}

export interface TicketSnapshot {
  ticket: TicketRow;
  dispatches: readonly DispatchRow[];
  parties: readonly PartyRow[];
}

function fromDispatch(d: DispatchRow): Target {
  return { name: d.contractorName, emails: d.emails, phones: d.phones, channels: d.channels, language: d.language, dispatchId: d.id };
}

function fromParty(p: PartyRow): Target {
  return { name: p.name, emails: p.emails, phones: p.phones, channels: p.channels, language: p.language, partyId: p.id, ...(p.personId ? { personId: p.personId } : {}) };
}

async function staffTargets(db: Db, snapshot: TicketSnapshot, settings: ReturnType<typeof settingsOf>, now: Date): Promise<Target[]> {
  const { ticket } = snapshot;
  const ids = new Set<string>();
  if (ticket.assigneeId) ids.add(ticket.assigneeId);
  if (settings.notifyCreator && ticket.createdById) ids.add(ticket.createdById);
  const property = ticket.propertyId ? await propertiesRepository.get(db, ticket.organizationId, ticket.propertyId) : undefined;
  if (settings.notifyManager && property?.managerId) ids.add(property.managerId);
  if (settings.notifyAssistant && property?.assistantId) ids.add(property.assistantId);
  const targets: Target[] = [];
  for (const id of ids) {
    const user = await findUser(db, ticket.organizationId, id);
    if (!user || !user.active) continue;
    // A user away sends their notifications to their delegate until the date they set, or until back.
    const delegate = user.delegateUserId && delegationInForce(user, now) ? await findUser(db, ticket.organizationId, user.delegateUserId) : undefined;
    for (const u of delegate ? [user, delegate] : [user]) targets.push({ name: u.name, emails: [u.email], phones: [], channels: ['email'], language: u.language, userId: u.id });
  }
  return targets;
}

function recipients(rule: NotificationRule, event: EventRow, snapshot: TicketSnapshot): Target[] {
  const active = snapshot.parties.filter((p) => p.active);
  const dispatch = snapshot.dispatches.find((d) => d.id === event.dispatchId);
  switch (rule.to) {
    case 'dispatch':
      return dispatch && !event.partyId ? [fromDispatch(dispatch)] : [];
    case 'party': {
      const party = snapshot.parties.find((p) => p.id === event.partyId);
      return party ? [fromParty(party)] : [];
    }
    case 'contact':
      return active.filter((p) => p.role === 'contact').map(fromParty);
    case 'watchers':
      return active.filter((p) => p.role === 'watcher').map(fromParty);
    case 'approver':
      return active.filter((p) => p.role === 'approver').map(fromParty);
    case 'council_informed':
      return active.filter((p) => p.role === 'council_informed' && p.createdAt.getTime() === event.createdAt.getTime()).map(fromParty);
    case 'requester': {
      const t = snapshot.ticket;
      const channels = [...(t.requesterEmail ? ['email'] : []), ...(t.requesterPhone ? ['sms'] : [])];
      return t.requesterName
        ? [{ name: t.requesterName, emails: t.requesterEmail ? [t.requesterEmail] : [], phones: t.requesterPhone ? [t.requesterPhone] : [], channels, language: 'fr', ...(t.requesterPersonId ? { personId: t.requesterPersonId } : {}) }]
        : [];
    }
    case 'listed_parties': {
      const ids = Array.isArray(event.payload.partyIds) ? (event.payload.partyIds as string[]) : [];
      return active.filter((p) => ids.includes(p.id)).map(fromParty);
    }
    case 'third_parties': {
      const list = (event.payload.recipients as { name: string; emails: string[]; phones: string[]; channels: string[] }[] | undefined) ?? [];
      return list.map((r) => ({ ...r, language: 'fr' }));
    }
    default:
      return [];
  }
}

function channelsFor(rule: NotificationRule, target: Target, event: EventRow): ('email' | 'sms')[] {
  const offered = TEMPLATES[rule.template].channels as readonly string[];
  const chosen = Array.isArray(event.payload.channels) ? (event.payload.channels as string[]) : undefined;
  // A contractor is written to on the channels the manager chose; the parties an event lists on
  // those of their channels the manager chose.
  const wanted = new Set(chosen && target.dispatchId ? chosen : chosen && rule.to === 'listed_parties' ? target.channels.filter((c) => chosen.includes(c)) : target.channels);
  if (rule.forceEmail) wanted.add('email');
  return (['email', 'sms'] as const).filter((c) => offered.includes(c) && wanted.has(c) && (c === 'email' ? target.emails.length > 0 : target.phones.length > 0));
}

type ResidentAccount = Awaited<ReturnType<typeof portalAccountsOfPersons>>[number];

/** The live portal account of a person, if any (cached for the messages of one transaction). */
async function residentAccount(db: Db, personId: string, cache: Map<string, unknown>): Promise<ResidentAccount | undefined> {
  const key = `portal-account:${personId}`;
  if (!cache.has(key)) cache.set(key, (await portalAccountsOfPersons(db, [personId]))[0] ?? null);
  return (cache.get(key) as ResidentAccount | null) ?? undefined;
}

/** What the messages of one transaction share: each agency, its template overrides, the rows
 * the template variables read (property, unit, assignee). */
interface Shared {
  organizations: Map<string, NonNullable<Awaited<ReturnType<typeof findOrganization>>>>;
  overrides: Map<string, Awaited<ReturnType<typeof findTemplateOverride>>>;
  cache: Map<string, unknown>;
  /** Agencies whose edited templates are all in `overrides` already. */
  overridesLoaded?: Set<string>;
}

const newShared = (): Shared => ({ organizations: new Map(), overrides: new Map(), cache: new Map() });

/** The outbox rows that `events` call for. */
async function planMessages(db: Db, ctx: AppContext, snapshot: TicketSnapshot, events: readonly EventRow[], now: Date, shared: Shared): Promise<NewOutboxMessage[]> {
  if (events.length === 0) return [];
  const organizationId = snapshot.ticket.organizationId;
  if (!shared.organizations.has(organizationId)) shared.organizations.set(organizationId, (await findOrganization(db, organizationId))!);
  const organization = shared.organizations.get(organizationId)!;
  const settings = settingsOf(organization.settings);
  const rows: NewOutboxMessage[] = [];
  const { cache, overrides } = shared;
  for (const event of events) {
    if (event.internal) continue;
    const context = {
      payload: event.payload, ticketType: snapshot.ticket.type, notifyReminders: snapshot.ticket.notifyReminders,
      dispatchState: snapshot.dispatches.find((d) => d.id === event.dispatchId)?.state,
    };
    const rules: { template: TemplateKey; targets: Target[]; rule: NotificationRule }[] = NOTIFICATION_RULES.filter((r) => r.event === event.type && (!r.when || r.when(context))).map((rule) => ({
      rule, template: rule.template, targets: recipients(rule, event, snapshot),
    }));
    // A party's answer reaches the staff concerned.
    if (countsAsUnread(event.type, event.actorType)) {
      rules.push({ rule: { event: event.type, template: 'staff_answer_received', to: 'staff', explicit: true }, template: 'staff_answer_received', targets: await staffTargets(db, snapshot, settings, now) });
    }
    for (const { rule, template, targets } of rules) {
      for (const target of targets) {
        // A resident with a portal account: their preferences and their language (resident-preferences.ts).
        // Their preferences choose among what is told to watchers and requesters; as the contact
        // who lets the contractor in, or as an approver, they get what the ticket's channels say.
        const account = target.personId && !target.dispatchId && !target.userId ? await residentAccount(db, target.personId, cache) : undefined;
        const asResident = account !== undefined && (TEMPLATES[template].audience === 'watcher' || TEMPLATES[template].audience === 'requester');
        if (asResident && !residentWants(template, target.personId === snapshot.ticket.requesterPersonId, account.preferences)) continue;
        const channels = asResident ? residentChannels(channelsFor(rule, target, event), account.preferences, target.phones.length > 0) : channelsFor(rule, target, event);
        for (const channel of channels) {
          const language = (account?.language ?? target.language) === 'en' ? 'en' : 'fr';
          const spec = TEMPLATES[template];
          // Staff get the ticket's address in the cockpit; contractors and approvers their personal link.
          const link = target.userId ? `${ctx.config.publicUrl}/tickets/${snapshot.ticket.number}` : spec.withLink ? LINK_PLACEHOLDER(ctx.config.publicUrl) : undefined;
          const dispatchId = target.dispatchId ?? event.dispatchId ?? undefined;
          const variables = await templateVariablesFor(db, snapshot.ticket.organizationId, snapshot.ticket.number, {
            dispatchId, partyId: target.partyId, language, audience: spec.audience, key: template, link, publicUrl: ctx.config.publicUrl, now,
            loaded: { ...snapshot, organization }, cache,
          });
          const value = (name: EventValueName) => eventValue(event.payload, name);
          const comment = value('comment');
          const reason = value('reason');
          const count = value('reminder.count');
          Object.assign(variables, {
            ...(comment !== undefined ? { comment: String(comment) } : {}),
            ...(reason !== undefined ? { reason: String(reason) } : {}),
            message: { subject: String(value('message.subject') ?? snapshot.ticket.subject), body: String(value('message.body') ?? '') },
            recipient: { name: target.name },
            ...(typeof count === 'number' ? { reminder: { count } } : {}),
            // The ticket's page in the portal only to a resident who can sign in there.
            ...(account ? {} : { portal_link: '' }),
            // An answer from a party of the ticket (the requester, a watcher) is no contractor's:
            // without this, the first running dispatch's contractor would be named as its sender.
            ...(template === 'staff_answer_received' && !event.dispatchId ? { contractor: { name: '' } } : {}),
          });
          const overrideKey = `${organizationId}/${template}/${channel}/${language}`;
          if (!overrides.has(overrideKey) && !shared.overridesLoaded?.has(organizationId)) {
            overrides.set(overrideKey, await findTemplateOverride(db, organizationId, { key: template, channel, language }));
          }
          const override = overrides.get(overrideKey);
          const rendered = await renderTemplate({ key: template, channel, language, source: override ? { subject: override.subject, body: override.body } : undefined, variables });
          const silenced = snapshot.ticket.silent && !rule.explicit;
          const transportReady = channel === 'email' ? ctx.transports.mailer !== undefined : ctx.transports.sms !== undefined;
          const dispatch = snapshot.dispatches.find((d) => d.id === dispatchId);
          const ics =
            channel === 'email' && 'withIcs' in spec && spec.withIcs && dispatch?.appointmentStartsAt && target.emails[0]
              ? invitationIcs({
                  uid: `dispatch-${dispatch.id}@gardien`, sequence: Math.floor(now.getTime() / 60_000) % 2_000_000_000,
                  startsAt: dispatch.appointmentStartsAt, durationMinutes: dispatch.appointmentDurationMinutes ?? 60,
                  summary: `${variables.ticket?.type_label ?? 'Intervention'} n°${snapshot.ticket.number} – ${snapshot.ticket.subject}`,
                  description: `${dispatch.contractorName}\n${snapshot.ticket.description}`, location: variables.place?.address ?? '',
                  organizerEmail: /<([^>]+)>/.exec(ctx.config.mailFrom)?.[1] ?? ctx.config.mailFrom, organizerName: organization.name,
                  attendeeEmail: target.emails[0], now,
                })
              : null;
          rows.push({
            organizationId: snapshot.ticket.organizationId,
            ticketId: snapshot.ticket.id,
            eventId: event.id,
            dispatchId: target.dispatchId ?? null,
            partyId: target.partyId ?? null,
            dedupeKey: event.payload.automatic ? `${event.type}:${event.dispatchId}:${String(event.payload.count ?? event.payload.appointment ?? '')}:${template}:${channel}:${target.name}` : null,
            channel,
            template,
            language,
            recipientName: target.name,
            recipients: channel === 'email' ? target.emails : [mobileFirst(target.phones)!],
            subject: channel === 'email' ? emailSubject(snapshot.ticket.number, rendered.subject ?? '') : null,
            text: channel === 'sms' ? composeSms({ ticketNumber: snapshot.ticket.number, body: rendered.text, link, agencyName: organization.name }) : rendered.text,
            html: channel === 'email' ? (rendered.html ?? null) : null,
            ics,
            withLink: spec.withLink ? 'yes' : null,
            state: silenced ? 'silenced' : transportReady ? 'queued' : 'held',
            createdAt: now,
            meta: { event: event.type },
          });
        }
      }
    }
  }
  return rows;
}

/** Writes outbox rows and queues the delivery of those that can go; returns how many were written. */
async function writeMessages(db: Db, ctx: AppContext, rows: NewOutboxMessage[]): Promise<number> {
  let count = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const written = await insertOutboxMessages(db, rows.slice(i, i + 1000));
    await ctx.jobs?.enqueueDeliveries(db, written.filter((m) => m.state === 'queued').map((m) => m.id));
    count += written.length;
  }
  return count;
}

/** Writes the messages that `events` call for; returns how many were written. */
export async function queueMessages(db: Db, ctx: AppContext, snapshot: TicketSnapshot, events: readonly EventRow[], now: Date): Promise<number> {
  return writeMessages(db, ctx, await planMessages(db, ctx, snapshot, events, now, newShared()));
}


/** Writes the messages of every change of one transaction (the outgoing-messages reactor). */
export async function queueMessagesOfChanges(db: Db, ctx: AppContext, changes: readonly TicketChange[]): Promise<number> {
  const shared = newShared();
  const speaking = changes.filter((c) => c.events.some((e) => !e.internal));
  if (speaking.length === 0) return 0;
  // What the templates read, one query per table for the whole batch.
  const organizationIds = [...new Set(speaking.map((c) => c.ticket.organizationId))];
  for (const change of speaking) shared.organizations.set(change.ticket.organizationId, change.organization);
  // One after the other: inside the transaction they share one connection.
  const edited = await templateOverridesOf(db, organizationIds);
  const properties = await propertiesByIds(db, speaking.flatMap((c) => (c.ticket.propertyId ? [c.ticket.propertyId] : [])));
  const assignees = await usersByIds(db, speaking.flatMap((c) => (c.ticket.assigneeId ? [c.ticket.assigneeId] : [])));
  shared.overridesLoaded = new Set(organizationIds);
  for (const o of edited) shared.overrides.set(`${o.organizationId}/${o.key}/${o.channel}/${o.language}`, o);
  for (const p of properties) shared.cache.set(`property:${p.id}`, p);
  for (const u of assignees) shared.cache.set(`user:${u.id}`, u);
  const rows: NewOutboxMessage[] = [];
  for (const change of speaking) rows.push(...(await planMessages(db, ctx, change, change.events, change.now, shared)));
  return writeMessages(db, ctx, rows);
}
