// An urgent post's fan-out (DOMAIN.md §15): one email — and an SMS when the resident chose SMS in
// the portal and has a mobile — to every resident of its audience today, written to the outbox
// once. The template is rendered once per language and channel (it reads no recipient's own
// values), and the rows go in set-based batches. A post published now fans out in the
// publication's transaction; one published for a later time, in the automation pass once its
// time has come (fanOutDueNews), claimed with SKIP LOCKED and marked in the same transaction: a
// second pass or worker never sends it twice, and the dedupe key of each row says so again.
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/connection.ts';
import type { Language } from '../../domain/master-data.ts';
import { preferencesOf } from '../../domain/portal/portal-codes.ts';
import { NEWS_URGENT_TEMPLATE, newsPostUrl, onWall, shortText } from '../../domain/community/news.ts';
import { calendarDay } from '../../domain/time-zone.ts';
import { insertOutboxMessages, type NewOutboxMessage } from '../../db/repositories/outbox.ts';
import { findTemplateOverride } from '../../db/repositories/message-templates.ts';
import { findOrganization } from '../../db/repositories/users.ts';
import { renderTemplate, type RenderedMessage } from '../../messages/render-template.ts';
import { composeTicketlessSms } from '../../messages/message-parts.ts';
import { mobileFirst } from '../../channels/sms/sms-sender.ts';
import * as repo from '../../db/repositories/news.ts';
import * as fanOut from '../../db/repositories/news-fan-out.ts';

/** Rows written per statement. */
const BATCH = 2000;
const LANGUAGES: readonly Language[] = ['fr', 'en'];

/** A plain text cut at `max` characters with an ellipsis. */
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

async function rendered(db: Db, organizationId: string, channel: 'email' | 'sms', language: Language, variables: Parameters<typeof renderTemplate>[0]['variables']): Promise<RenderedMessage> {
  const override = await findTemplateOverride(db, organizationId, { key: NEWS_URGENT_TEMPLATE, channel, language });
  const render = (source?: { subject: string | null; body: string }) => renderTemplate({ key: NEWS_URGENT_TEMPLATE, channel, language, variables, source });
  if (!override) return render();
  // An agency's text that no longer renders (a limit reached) must not hold the alert back: the shipped one goes.
  return render({ subject: override.subject, body: override.body }).catch(() => render());
}

/**
 * Writes the post's emails and SMS to the outbox with `db` (the caller's transaction) and marks
 * the post fanned out. Returns how many rows were written. A post no longer on the wall (removed,
 * hidden, ended) is marked without sending.
 */
export async function fanOutPost(ctx: AppContext, db: Db, post: repo.NewsPostRow): Promise<{ emails: number; sms: number }> {
  const now = ctx.clock.now();
  const counts = { emails: 0, sms: 0 };
  if (post.kind === 'urgent' && onWall(post, now)) {
    const organization = (await findOrganization(db, post.organizationId))!;
    const recipients = await fanOut.audienceRecipients(db, post.organizationId, post.audience, calendarDay(now, organization.timezone));
    const link = newsPostUrl(ctx.config.publicUrl, post.id);
    const variables = { agency: { name: organization.name }, message: { subject: post.title, body: shortText(post.body) }, portal_link: link };
    const texts = new Map<string, RenderedMessage>();
    for (const language of LANGUAGES) {
      texts.set(`email/${language}`, await rendered(db, post.organizationId, 'email', language, variables));
      // An SMS stays short: the title cut at 80 characters, the link says the rest.
      texts.set(`sms/${language}`, await rendered(db, post.organizationId, 'sms', language, { ...variables, message: { subject: cut(post.title, 80), body: shortText(post.body, 80) } }));
    }
    const state = ctx.transports.mailer ? 'queued' : 'held';
    const smsState = ctx.transports.sms ? 'queued' : 'held';
    const rows: NewOutboxMessage[] = [];
    for (const person of recipients) {
      const language: Language = (person.accountLanguage ?? person.language) === 'en' ? 'en' : 'fr';
      const email = person.accountEmail ?? person.emails[0];
      const meta = { newsPostId: post.id, personId: person.personId };
      const base = { organizationId: post.organizationId, template: NEWS_URGENT_TEMPLATE, language, recipientName: person.name, createdAt: now, meta };
      if (email) {
        const text = texts.get(`email/${language}`)!;
        rows.push({ ...base, channel: 'email', recipients: [email], subject: text.subject ?? '', text: text.text, html: text.html ?? null, state, dedupeKey: `news:${post.id}:${person.personId}:email` });
        counts.emails++;
      }
      const mobile = person.preferences && preferencesOf(person.preferences).sms ? mobileFirst(person.phones) : undefined;
      if (mobile) {
        rows.push({ ...base, channel: 'sms', recipients: [mobile], subject: null, text: composeTicketlessSms({ body: texts.get(`sms/${language}`)!.text, link, agencyName: organization.name }), html: null, state: smsState, dedupeKey: `news:${post.id}:${person.personId}:sms` });
        counts.sms++;
      }
    }
    const queued: string[] = [];
    for (let i = 0; i < rows.length; i += BATCH) {
      for (const written of await insertOutboxMessages(db, rows.slice(i, i + BATCH))) if (written.state === 'queued') queued.push(written.id);
    }
    if (queued.length > 0) await ctx.jobs?.enqueueDeliveries(db, queued);
  }
  await repo.updatePost(db, post.organizationId, post.id, { fannedOutAt: now });
  return counts;
}

/** The automation pass: fans out the urgent posts whose publication time has come; returns how many. */
export async function fanOutDueNews(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let done = 0;
  for (;;) {
    let claimed = 0;
    await ctx.db.transaction(async (tx) => {
      const due = await fanOut.lockDueFanOuts(tx, now, 1);
      claimed = due.length;
      for (const post of due) {
        await fanOutPost(ctx, tx, post);
        done++;
      }
    });
    if (claimed === 0) break;
  }
  return done;
}
