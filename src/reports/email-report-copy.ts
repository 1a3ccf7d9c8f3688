// The copy of a report emailed to its author: the `report_copy` email (the agency may edit it)
// with the link to the report's page and the report's PDF attached — drawn when the email leaves
// from the figures kept with the report (src/messages/deliver-message.ts), so the outbox row holds
// no file.
import type { AppContext } from '../context.ts';
import type { Language } from '../domain/master-data.ts';
import { insertOutboxMessages } from '../db/repositories/outbox.ts';
import { findTemplateOverride } from '../db/repositories/message-templates.ts';
import { renderTemplate } from '../messages/render-template.ts';

export const REPORT_COPY_TEMPLATE = 'report_copy';

/** The report's page in the cockpit. */
export const reportPageUrl = (publicUrl: string, reportId: string) => `${publicUrl}/reports/${reportId}`;

interface Copy {
  reportId: string;
  author: { id: string; name: string; email: string; organizationId: string };
  agencyName: string;
  propertyName: string;
  language: Language;
}

/** Writes the copy to the outbox (in the caller's transaction); returns its id when it is queued. */
export async function queueReportCopy(ctx: AppContext, copy: Copy): Promise<string | undefined> {
  const { author, language } = copy;
  const override = await findTemplateOverride(ctx.db, author.organizationId, { key: REPORT_COPY_TEMPLATE, channel: 'email', language });
  const rendered = await renderTemplate({
    key: REPORT_COPY_TEMPLATE, channel: 'email', language,
    source: override ? { subject: override.subject, body: override.body } : undefined,
    variables: { recipient: { name: author.name }, agency: { name: copy.agencyName }, place: { name: copy.propertyName }, link: reportPageUrl(ctx.config.publicUrl, copy.reportId) },
  });
  const [written] = await insertOutboxMessages(ctx.db, [{
    organizationId: author.organizationId, channel: 'email', template: REPORT_COPY_TEMPLATE, language,
    recipientName: author.name, recipients: [author.email], subject: rendered.subject ?? '', text: rendered.text, html: rendered.html ?? null,
    state: ctx.transports.mailer ? 'queued' : 'held', createdAt: ctx.clock.now(), meta: { reportId: copy.reportId, userId: author.id },
  }]);
  return written?.state === 'queued' ? written.id : undefined;
}
