// A ticket's summary (PDF) and all its documents with the summary (zip), offered at closing and
// available at any step. Both are downloads, never shown in the page: `attachment`, `nosniff`,
// not cached (they hold personal data and change with the ticket).
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { renderTicketSummary } from '../../channels/pdf.ts';
import { summaryLanguage, ticketSummaryOf } from '../../tickets/ticket-summary.ts';
import { ticketDocumentsZip } from '../../tickets/ticket-documents-zip.ts';
import { actorOf } from '../access.ts';
import { sendPdfDownload } from '../pdf-download.ts';
import { STAFF_ERRORS } from '../schemas/common.ts';
import { NumberParams } from '../schemas/tickets.ts';

const tags = ['tickets'];
const access = 'tickets:work' as const;

const LangQuery = Type.Object(
  { lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')], { description: "The summary's language; default the user's, else French." })) },
  { additionalProperties: false },
);

const binary = (description: string, type: string) => ({
  description,
  content: { [type]: { schema: { type: 'string', contentMediaType: type } } },
});

/** Registers the summary and the documents zip of a ticket. */
export function ticketDocumentRoutes(app: FastifyInstance, ctx: AppContext) {
  const input = (request: { params: unknown; query: unknown }) => ({
    number: (request.params as { number: number }).number,
    lang: (request.query as { lang?: string }).lang,
  });

  app.get('/tickets/:number/summary.pdf', {
    config: { access },
    schema: {
      tags,
      summary: 'The ticket summary as a PDF: opened, closed, requested and created by, place, subject, description, amount, contractors, intervention dates and the dated history (internal notes left out)',
      params: NumberParams,
      querystring: LangQuery,
      produces: ['application/pdf'],
      response: { 200: binary('The summary, as a download named ticket-{number}-resume.pdf.', 'application/pdf'), ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const { number, lang } = input(request);
      const actor = actorOf(request);
      const language = await summaryLanguage(ctx, actor, lang);
      const pdf = await renderTicketSummary(await ticketSummaryOf(ctx, actor, number, language), language);
      return sendPdfDownload(reply, pdf, `ticket-${number}-resume.pdf`);
    },
  });

  app.get('/tickets/:number/documents.zip', {
    config: { access },
    schema: {
      tags,
      summary: 'Every document of the ticket (photos, quotes, invoices…, internal ones left out) with the summary, in one zip streamed as it is made',
      description: 'Entries: `ticket-{number}.pdf` (the summary) and `{kind}/{filename}` for each file linked to the history, names made unique.',
      params: NumberParams,
      querystring: LangQuery,
      produces: ['application/zip'],
      response: { 200: binary('The zip, as a download named ticket-{number}-documents.zip.', 'application/zip'), ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const { number, lang } = input(request);
      const actor = actorOf(request);
      const language = await summaryLanguage(ctx, actor, lang);
      const stream = await ticketDocumentsZip(ctx, actor, number, language);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="ticket-${number}-documents.zip"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', 'sandbox')
        .send(stream);
    },
  });
}
