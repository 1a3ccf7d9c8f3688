// The daily digest of new documents (DOMAIN.md §15), a sweep of the automation pass: once a day per
// agency, from 07:00 its time, the documents uploaded before that hour and not yet told about are
// claimed (the agency's digest held by one worker, its rows FOR UPDATE SKIP LOCKED), each resident with an address gets ONE email listing those
// they see now (documents_digest), and the documents are marked — in one transaction, so a rerun
// or a second worker sends nothing twice. A document nobody sees (staff only) is marked without
// an email. Documents uploaded after 07:00 wait for the next day's digest.
import type { AppContext } from '../context.ts';
import { settingsOf } from '../domain/settings.ts';
import { documentVisibleTo } from '../domain/community/documents.ts';
import { calendarDay, startOfDay } from '../domain/time-zone.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { findTemplateOverride } from '../db/repositories/message-templates.ts';
import { insertOutboxMessages, type NewOutboxMessage } from '../db/repositories/outbox.ts';
import { agenciesWithNewDocuments, digestRecipients, lockNewDocuments, markDigested, tryLockAgencyDigest, type ResidentDocument } from '../db/repositories/documents.ts';
import { renderTemplate } from '../messages/render-template.ts';

export const DOCUMENTS_DIGEST_TEMPLATE = 'documents_digest';
/** The agency's hour from which the day's digest goes. */
export const DIGEST_HOUR = 7;

/** Where "Mes documents" is in the portal. */
export const portalDocumentsUrl = (publicUrl: string) => `${publicUrl}/portal/documents`;

const placeOf = (d: ResidentDocument) => [d.propertyName, d.unitReference].filter(Boolean).join(' – ');

/** Runs the digest of every agency whose hour has come; returns how many emails were written. */
export async function sendDocumentDigests(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let written = 0;
  for (const organizationId of await agenciesWithNewDocuments(ctx.db, now)) {
    const organization = (await findOrganization(ctx.db, organizationId))!;
    // Switched off, the documents wait: residents could not open them.
    if (!settingsOf(organization.settings).communityTools.documents.enabled) continue;
    const cutoff = new Date(startOfDay(now, organization.timezone).getTime() + DIGEST_HOUR * 3_600_000);
    if (now < cutoff) continue;
    const today = calendarDay(now, organization.timezone);
    const queued = await ctx.db.transaction(async (tx) => {
      // One worker per agency at a time, so that a resident's documents of the day make one email.
      if (!(await tryLockAgencyDigest(tx, organizationId))) return [];
      const fresh = await lockNewDocuments(tx, organizationId, cutoff);
      if (fresh.length === 0) return [];
      const rows: NewOutboxMessage[] = [];
      const overrides = new Map<string, Awaited<ReturnType<typeof findTemplateOverride>>>();
      for (const recipient of await digestRecipients(tx, organizationId, today)) {
        const seen = fresh.filter((d) => documentVisibleTo(d, recipient));
        if (seen.length === 0) continue;
        if (!overrides.has(recipient.language)) overrides.set(recipient.language, await findTemplateOverride(tx, organizationId, { key: DOCUMENTS_DIGEST_TEMPLATE, channel: 'email', language: recipient.language }));
        const override = overrides.get(recipient.language);
        const rendered = await renderTemplate({
          key: DOCUMENTS_DIGEST_TEMPLATE, channel: 'email', language: recipient.language,
          source: override ? { subject: override.subject, body: override.body } : undefined,
          variables: { recipient: { name: recipient.name }, agency: { name: organization.name }, portal_link: portalDocumentsUrl(ctx.config.publicUrl), documents: seen.map((d) => ({ title: d.title, place: placeOf(d) })) },
        });
        rows.push({
          organizationId, channel: 'email', template: DOCUMENTS_DIGEST_TEMPLATE, language: recipient.language,
          recipientName: recipient.name, recipients: [recipient.email], subject: rendered.subject ?? '', text: rendered.text, html: rendered.html ?? null,
          state: ctx.transports.mailer ? 'queued' : 'held', createdAt: now, meta: { personId: recipient.personId, documentIds: seen.map((d) => d.id) },
        });
      }
      const inserted = rows.length > 0 ? await insertOutboxMessages(tx, rows) : [];
      await markDigested(tx, fresh.map((d) => d.id), now);
      const ids = inserted.filter((m) => m.state === 'queued').map((m) => m.id);
      if (ids.length > 0) await ctx.jobs?.enqueueDeliveries(tx, ids);
      return inserted;
    });
    written += queued.length;
  }
  return written;
}
