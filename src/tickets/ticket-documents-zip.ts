// Every document of a ticket in one zip (DOMAIN.md §10, "Obtenir les documents du ticket"): the
// summary as `ticket-{number}.pdf`, then each file linked to the ticket's history and not internal,
// as `{kind}/{filename}` ("invoice/facture.pdf"), names made unique ("photo (2).jpg"). The zip is
// streamed: files are read from the FileStore one at a time, as the client takes the bytes, so a
// ticket with many photos costs no more memory than one. Everything that can refuse (404, the
// summary) happens before the first byte; a file whose bytes are missing from storage is left out
// and named in a note inside the zip rather than breaking the download.
import type { PassThrough, Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { ZipFile } from 'yazl';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import type { Language } from '../domain/master-data.ts';
import { attachments } from '../db/schema/index.ts';
import { StoredFileMissing } from '../channels/file-store.ts';
import { renderTicketSummary, type PdfOptions } from '../channels/pdf.ts';
import { visibleTicket } from './ticket-access.ts';
import { ticketSummaryOf } from './ticket-summary.ts';

type AttachmentRow = typeof attachments.$inferSelect;

/** The summary's name inside the zip. */
export const summaryEntryName = (number: number) => `ticket-${number}.pdf`;

const MISSING_NOTE: Record<Language, { name: string; text: (names: string[]) => string }> = {
  fr: { name: 'fichiers-manquants.txt', text: (names) => `Ces fichiers sont listés sur le ticket mais leur contenu est introuvable :\r\n${names.join('\r\n')}\r\n` },
  en: { name: 'missing-files.txt', text: (names) => `These files are listed on the ticket but their content could not be found:\r\n${names.join('\r\n')}\r\n` },
};

/** A name fit for every unzip tool: no characters Windows refuses, no trailing dots or spaces. */
function safeSegment(name: string, fallback: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters have no place in a file name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/[. ]+$/, '')
    .replace(/^\.+/, '')
    .trim();
  return cleaned === '' ? fallback : cleaned;
}

/** `{kind}/{filename}`, with " (2)", " (3)"… before the extension when the name is taken
 * (compared without case: Windows and macOS would otherwise overwrite one with the other). */
export function uniqueEntryName(kind: string, filename: string, taken: Set<string>): string {
  const folder = safeSegment(kind, 'document');
  const file = safeSegment(filename, 'document');
  const dot = file.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [file.slice(0, dot), file.slice(dot)] : [file, ''];
  let name = `${folder}/${file}`;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${folder}/${base} (${i})${extension}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Whether deflating helps: images, PDF and office files are compressed already. */
function worthCompressing(contentType: string): boolean {
  return contentType.startsWith('text/');
}

/** The ticket's documents not marked internal, in the order they came. */
async function documentsOf(ctx: AppContext, ticket: { id: string; organizationId: string }): Promise<AttachmentRow[]> {
  return ctx.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.organizationId, ticket.organizationId), eq(attachments.ticketId, ticket.id), isNotNull(attachments.eventId), eq(attachments.internal, false)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/** The zip of a ticket the actor may see (404 otherwise), as a stream to send. */
export async function ticketDocumentsZip(ctx: AppContext, actor: Actor, number: number, language: Language, options: { pdf?: PdfOptions } = {}): Promise<Readable> {
  const ticket = await visibleTicket(ctx, actor, number);
  const summary = await ticketSummaryOf(ctx, actor, number, language);
  const pdf = await renderTicketSummary(summary, language, options.pdf);
  const files = await documentsOf(ctx, ticket);

  const taken = new Set<string>([summaryEntryName(number), MISSING_NOTE[language].name].map((n) => n.toLowerCase()));
  const entries = files.map((file) => ({ file, name: uniqueEntryName(file.kind, file.filename, taken) }));

  const zip = new ZipFile();
  const output = zip.outputStream as PassThrough;
  let current: Readable | undefined;
  let stopped = false;
  const fail = (error: Error) => {
    stopped = true;
    current?.destroy();
    if (!output.destroyed) output.destroy(error);
  };
  zip.on('error', fail);
  // The client went away (or the stream failed): stop reading files.
  output.on('close', () => {
    stopped = true;
    current?.destroy();
  });

  zip.addBuffer(pdf, summaryEntryName(number), { mtime: summary.generatedAtDate, compress: false });

  const pump = async () => {
    const missing: string[] = [];
    for (const { file, name } of entries) {
      if (stopped) return;
      let source: Readable;
      try {
        source = await ctx.files.get(file.storageKey);
      } catch (error) {
        if (!(error instanceof StoredFileMissing)) throw error;
        missing.push(name);
        continue;
      }
      if (stopped) {
        source.destroy();
        return;
      }
      current = source;
      zip.addReadStream(source, name, { mtime: file.createdAt, compress: worthCompressing(file.contentType) });
      // One file at a time: the next is opened once yazl has read this one to its end.
      await finished(source);
      current = undefined;
    }
    if (missing.length > 0) zip.addBuffer(Buffer.from(MISSING_NOTE[language].text(missing), 'utf8'), MISSING_NOTE[language].name, { mtime: summary.generatedAtDate });
    zip.end();
  };
  pump().catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
  return output;
}
