// Use cases of an agency's message templates (DOMAIN.md §8, §11): the list with what the agency
// changed, one template, save (checked first), reset to the shipped default, and a preview with a
// real ticket of the agency (for who may read it) or the example ticket — for an SMS with the honest count of what will leave (the system's
// prefix, the link and the signature included).
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/connection.ts';
import { DomainError } from '../domain/errors.ts';
import { LANGUAGES, type Language } from '../domain/master-data.ts';
import { TEMPLATES, TEMPLATE_KEYS, TEMPLATE_VARIABLES, type TemplateKey, type TemplateSpec } from '../domain/messages/template-catalogue.ts';
import type { SmsCount } from '../domain/messages/sms-count.ts';
import { partiesOf } from '../db/repositories/tickets.ts';
import { mayReadTickets, visibleTicket } from '../tickets/ticket-access.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { EXAMPLE_BOOKING, EXAMPLE_TICKET_NUMBER, exampleTicketVariables } from './example-ticket.ts';
import { defaultSource } from './default-templates.ts';
import {
  renderTemplate, validateTemplate, invalidTemplate,
  type TemplateChannel, type TemplateSource, type TemplateVariables, type TemplateProblem,
} from './render-template.ts';
import { emailSubject, countComposedSms, composeTicketlessSms } from './message-parts.ts';
import { countSms } from '../domain/messages/sms-count.ts';
import { NEWS_URGENT_TEMPLATE, newsPostUrl } from '../domain/community/news.ts';
import { templateVariablesFor, helpLinkFor } from './template-variables.ts';
import { findTemplateOverride, saveTemplateOverride, deleteTemplateOverride, listTemplateOverrides, type TemplateAddress } from '../db/repositories/message-templates.ts';

/** One template of one channel and language. */
export interface TemplateAt {
  key: TemplateKey;
  channel: TemplateChannel;
  language: Language;
}

export interface EffectiveTemplate extends TemplateAt {
  spec: TemplateSpec;
  /** What is in force: the agency's version, else the default. */
  source: { subject: string | null; body: string };
  customised: boolean;
  updatedAt: Date | null;
  default: { subject: string | null; body: string };
}

/** Throws 404 unless the key exists with that channel and language. */
function checkAddress(at: { key: string; channel: string; language: string }): { spec: TemplateSpec; defaults: TemplateSource } {
  const spec = (TEMPLATES as Record<string, TemplateSpec>)[at.key];
  if (!spec) throw new DomainError('not_found', `No template "${at.key}".`);
  if (!(spec.channels as readonly string[]).includes(at.channel)) throw new DomainError('not_found', `The template "${at.key}" has no ${at.channel} version.`);
  if (!(LANGUAGES as readonly string[]).includes(at.language)) throw new DomainError('not_found', `No template in "${at.language}".`);
  const defaults = defaultSource(at.key as TemplateKey, at.channel as TemplateChannel, at.language as Language);
  if (!defaults) throw new DomainError('not_found', `The template "${at.key}" has no ${at.channel} version.`);
  return { spec, defaults };
}

/** The template in force for an agency (for the outbox too): its edited version, else the default. */
export async function effectiveTemplate(db: Db, organizationId: string, at: TemplateAt): Promise<EffectiveTemplate> {
  const { spec, defaults } = checkAddress(at);
  const override = await findTemplateOverride(db, organizationId, at as TemplateAddress);
  const fallback = { subject: defaults.subject ?? null, body: defaults.body };
  return {
    ...at,
    spec,
    source: override ? { subject: at.channel === 'email' ? override.subject : null, body: override.body } : fallback,
    customised: Boolean(override),
    updatedAt: override?.updatedAt ?? null,
    default: fallback,
  };
}

export interface TemplateListEntry {
  key: TemplateKey;
  spec: TemplateSpec;
  languages: Language[];
  variants: { channel: TemplateChannel; language: Language; customised: boolean; updatedAt: Date | null; subject: string | null; body: string }[];
}

/** Every template, each channel and language with its source in force and whether it was changed. */
export async function listTemplates(ctx: AppContext, actor: Actor): Promise<TemplateListEntry[]> {
  const overrides = await listTemplateOverrides(ctx.db, actor.organizationId);
  const found = new Map(overrides.map((o) => [`${o.key}/${o.channel}/${o.language}`, o]));
  return TEMPLATE_KEYS.map((key) => {
    const spec: TemplateSpec = TEMPLATES[key];
    const variants = spec.channels.flatMap((channel) =>
      LANGUAGES.map((language) => {
        const override = found.get(`${key}/${channel}/${language}`);
        const defaults = defaultSource(key, channel, language)!;
        return {
          channel, language,
          customised: Boolean(override),
          updatedAt: override?.updatedAt ?? null,
          subject: channel === 'email' ? (override ? override.subject : (defaults.subject ?? null)) : null,
          body: override ? override.body : defaults.body,
        };
      }),
    );
    return { key, spec, languages: [...LANGUAGES], variants };
  });
}

/** One template as the editor opens it. */
export function getTemplate(ctx: AppContext, actor: Actor, at: TemplateAt): Promise<EffectiveTemplate> {
  return effectiveTemplate(ctx.db, actor.organizationId, at);
}

/** The problems of a source for this channel: the template's own, and what the channel requires. */
function problemsOf(at: TemplateAt, source: { subject?: string | null; body: string }): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const blank = { kind: 'syntax' as const, line: 1, column: 1 };
  if (at.channel === 'email' && !source.subject?.trim()) problems.push({ field: 'subject', ...blank, message: 'is required for an email' });
  if (at.channel === 'sms' && source.subject !== undefined && source.subject !== null) problems.push({ field: 'subject', ...blank, message: 'an SMS has no subject' });
  if (!source.body.trim()) problems.push({ field: 'body', ...blank, message: 'is empty' });
  return [...problems, ...validateTemplate({ subject: at.channel === 'email' ? source.subject : undefined, body: source.body })];
}

/** Saves the agency's version after checking it: 400 invalid_template with every problem (line,
 * column, message) when it does not parse or reads an unknown variable. */
export async function saveTemplate(ctx: AppContext, actor: Actor, at: TemplateAt, input: { subject?: string | null; body: string }): Promise<EffectiveTemplate> {
  checkAddress(at);
  const problems = problemsOf(at, input);
  if (problems.length) throw invalidTemplate(problems);
  await saveTemplateOverride(
    ctx.db, actor.organizationId, at,
    { subject: at.channel === 'email' ? input.subject!.trim() : null, body: input.body },
    ctx.clock.now(),
  );
  return effectiveTemplate(ctx.db, actor.organizationId, at);
}

/** Back to the shipped default (nothing to do when it was never changed). */
export async function resetTemplate(ctx: AppContext, actor: Actor, at: TemplateAt): Promise<EffectiveTemplate> {
  checkAddress(at);
  await deleteTemplateOverride(ctx.db, actor.organizationId, at);
  return effectiveTemplate(ctx.db, actor.organizationId, at);
}

export interface TemplatePreview {
  /** Rendered with the real ticket named, or with the example ticket. */
  ticket: 'real' | 'example';
  /** Email: the full subject, "[Ticket n°N] " included. */
  subject?: string;
  /** Email: the text part. SMS: the whole message as it leaves (prefix, body, link, signature). */
  text: string;
  html?: string;
  /** SMS: the count of the whole message. */
  sms?: SmsCount;
}

/** A stand-in token of the length of a real one, so that the SMS count is the real count. */
const PREVIEW_TOKEN = `apercu-${'0'.repeat(36)}`;

const PREVIEW_PLACEHOLDERS: Record<Language, { comment: string; reason: string; message: string }> = {
  fr: { comment: '[Commentaire]', reason: '[Motif]', message: '[Texte du message]' },
  en: { comment: '[Comment]', reason: '[Reason]', message: '[Message text]' },
};

/** Renders a template (the one in force, or the unsaved `subject`/`body` given) as its recipient
 * would receive it: with a real ticket of the agency when one is named and the user may read it
 * (404 when they may not see that one), else with the example ticket (example-ticket.ts), which
 * is all a user without the right to read tickets ever gets. */
export async function previewTemplate(
  ctx: AppContext,
  actor: Actor,
  at: TemplateAt,
  input: { ticketNumber?: number; subject?: string; body?: string },
): Promise<TemplatePreview> {
  const current = await effectiveTemplate(ctx.db, actor.organizationId, at);
  const source = {
    subject: at.channel === 'email' ? (input.subject ?? current.source.subject) : null,
    body: input.body ?? current.source.body,
  };
  if (input.subject !== undefined || input.body !== undefined) {
    const problems = problemsOf(at, at.channel === 'sms' ? { body: source.body } : source);
    if (problems.length) throw invalidTemplate(problems);
  }

  const publicUrl = ctx.config.publicUrl;
  const link = current.spec.withLink ? `${publicUrl}/x/${PREVIEW_TOKEN}` : '';
  const real = input.ticketNumber !== undefined && mayReadTickets(actor);
  let variables: TemplateVariables;
  let ticketNumber: number;
  if (real) {
    const ticket = await visibleTicket(ctx, actor, input.ticketNumber!);
    const audience = current.spec.audience;
    const parties = await partiesOf(ctx.db, ticket.id);
    const role = audience === 'approver' ? 'approver' : audience === 'contact' ? 'contact' : audience === 'watcher' || audience === 'requester' ? 'watcher' : undefined;
    const party = role ? parties.find((p) => p.role === role && p.active) : undefined;
    variables = await templateVariablesFor(ctx.db, actor.organizationId, ticket.number, {
      partyId: party?.id, language: at.language, audience, key: at.key, publicUrl, link, now: ctx.clock.now(),
    });
    const placeholders = PREVIEW_PLACEHOLDERS[at.language];
    variables.comment ||= placeholders.comment;
    variables.reason ||= placeholders.reason;
    variables.message = { subject: variables.message?.subject ?? '', body: variables.message?.body || placeholders.message };
    // A ticket has no booking: the booking emails preview an example one.
    variables.booking ??= EXAMPLE_BOOKING[at.language];
    ticketNumber = ticket.number;
  } else {
    const organization = await findOrganization(ctx.db, actor.organizationId);
    variables = exampleTicketVariables(at.language, { name: organization?.name ?? '' }, { link, helpLink: helpLinkFor(publicUrl, at.language) });
    ticketNumber = EXAMPLE_TICKET_NUMBER;
  }

  // The news wall's urgent post links to a post (of a real post's length), not to a ticket.
  if (at.key === NEWS_URGENT_TEMPLATE) variables.portal_link = newsPostUrl(publicUrl, '00000000-0000-4000-8000-000000000000');
  const rendered = await renderTemplate({ key: at.key, channel: at.channel, language: at.language, source, variables });
  const ticket = real ? ('real' as const) : ('example' as const);
  // It goes without a ticket: no "[Ticket n°N]" nor "Ticket N: " prefix.
  if (at.key === NEWS_URGENT_TEMPLATE) {
    if (at.channel === 'email') return { ticket, subject: rendered.subject ?? '', text: rendered.text, html: rendered.html };
    const text = composeTicketlessSms({ body: rendered.text, link: variables.portal_link ?? '', agencyName: variables.agency?.name });
    return { ticket, text, sms: countSms(text) };
  }
  if (at.channel === 'sms') {
    const { text, ...count } = countComposedSms({ ticketNumber, body: rendered.text, link: variables.link, agencyName: variables.agency?.name });
    return { ticket, text, sms: count };
  }
  return { ticket, subject: emailSubject(ticketNumber, rendered.subject ?? ''), text: rendered.text, html: rendered.html };
}

/** The variables an editor offers, in the order of the catalogue. */
export const EDITOR_VARIABLES: readonly string[] = TEMPLATE_VARIABLES;
