// Every document of a ticket in one zip (DOMAIN.md §10, "Obtenir les documents du ticket"): the
// summary as `ticket-{number}.pdf`, then each file linked to the ticket's history and not internal,
// as `{kind}/{filename}` ("invoice/facture.pdf"), names made unique ("photo (2).jpg"), then the
// dossier's proof (docs/dossier.md): `manifest.json` (every document with its size, SHA-256 and
// origin in the history) and `signature.json` (the server's Ed25519 signature over the manifest's
// and the summary's SHA-256; the summary prints the manifest's). The documents' hashes must be
// known before the summary is drawn, so each file is read twice from the FileStore, hashed as a
// stream the first time and hashed again as it goes into the zip: a file that changed in between
// breaks the download rather than giving a dossier that lies. One file at a time, as the client
// takes the bytes, so a ticket with many photos costs no more memory than one. Everything that can
// refuse (404, the summary) happens before the first byte; a file whose bytes are missing from
// storage is left out and named in a note inside the zip rather than breaking the download.
import { createHash } from 'node:crypto';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import type { Language } from '../domain/master-data.ts';
import { eventOriginsOfTicket, sharedDocumentsOfTicket, type AttachmentRow } from '../db/repositories/attachments.ts';
import { activeDossierKey } from '../dossier/dossier-key.ts';
import { MANIFEST_FORMAT, MANIFEST_NAME, SIGNATURE_NAME, sha256Hex, signDossier, type Manifest, type ManifestFile } from '../dossier/dossier-format.ts';
import { StoredFileMissing } from '../channels/file-store.ts';
import { renderTicketSummary, type PdfOptions } from '../channels/pdf.ts';
import { visibleTicket } from './ticket-access.ts';
import { ticketSummaryOf } from './ticket-summary.ts';

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

/** Size and SHA-256 of a stored file, read as a stream; undefined when its bytes are missing. */
async function hashStored(ctx: AppContext, key: string): Promise<{ size: number; sha256: string } | undefined> {
  let source: Readable;
  try {
    source = await ctx.files.get(key);
  } catch (error) {
    if (error instanceof StoredFileMissing) return undefined;
    throw error;
  }
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    size += chunk.length;
    hash.update(chunk);
  }
  return { size, sha256: hash.digest('hex') };
}

/** Passes the bytes on and fails at the end when they are not those the manifest holds. */
function checkedAgainst(expected: string, name: string): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      const actual = hash.digest('hex');
      callback(actual === expected ? null : new Error(`${name} changed in storage while the dossier was made`));
    },
  });
}

interface Planned {
  file: AttachmentRow;
  name: string;
  sha256: string;
}

/** The zip of a ticket the actor may see (404 otherwise), as a stream to send. */
export async function ticketDocumentsZip(ctx: AppContext, actor: Actor, number: number, language: Language, options: { pdf?: PdfOptions } = {}): Promise<Readable> {
  const ticket = await visibleTicket(ctx, actor, number);
  const summary = await ticketSummaryOf(ctx, actor, number, language);
  const files = await sharedDocumentsOfTicket(ctx.db, ticket);
  const origins = new Map((await eventOriginsOfTicket(ctx.db, ticket.organizationId, ticket.id)).map((e) => [e.id, e]));

  const taken = new Set<string>([summaryEntryName(number), MISSING_NOTE[language].name, MANIFEST_NAME, SIGNATURE_NAME].map((n) => n.toLowerCase()));
  const planned: Planned[] = [];
  const listed: ManifestFile[] = [];
  const missing: string[] = [];
  for (const file of files) {
    const name = uniqueEntryName(file.kind, file.filename, taken);
    const hashed = await hashStored(ctx, file.storageKey);
    if (!hashed) {
      missing.push(name);
      continue;
    }
    const event = file.eventId ? origins.get(file.eventId) : undefined;
    planned.push({ file, name, sha256: hashed.sha256 });
    listed.push({
      path: name, size: hashed.size, sha256: hashed.sha256, mediaType: file.contentType,
      origin: { attachmentId: file.id, eventSeq: event?.seq ?? null, eventType: event?.type ?? null, eventAt: event?.createdAt.toISOString() ?? null, actor: event?.actorName ?? null },
    });
  }
  const note = missing.length > 0 ? Buffer.from(MISSING_NOTE[language].text(missing), 'utf8') : undefined;
  if (note) listed.push({ path: MISSING_NOTE[language].name, size: note.length, sha256: sha256Hex(note), mediaType: 'text/plain; charset=utf-8', origin: null });

  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    ticket: { agency: summary.agency, number: ticket.number, subject: ticket.subject, closedAt: ticket.closedAt?.toISOString() ?? null },
    createdAt: summary.generatedAtDate.toISOString(),
    summary: { path: summaryEntryName(number), mediaType: 'application/pdf' },
    files: listed,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8');
  const manifestSha256 = sha256Hex(manifestBytes);
  const key = await activeDossierKey(ctx.db);
  const pdf = await renderTicketSummary(summary, language, { ...options.pdf, dossier: { manifestSha256, keyFingerprint: key.fingerprint } });
  const signature = signDossier(key, summary.generatedAtDate, { [MANIFEST_NAME]: manifestSha256, [summaryEntryName(number)]: sha256Hex(pdf) });

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

  const mtime = summary.generatedAtDate;
  zip.addBuffer(pdf, summaryEntryName(number), { mtime, compress: false });

  const pump = async () => {
    for (const { file, name, sha256 } of planned) {
      if (stopped) return;
      const source = await ctx.files.get(file.storageKey);
      if (stopped) {
        source.destroy();
        return;
      }
      current = source;
      const checked = new PassThrough();
      zip.addReadStream(checked, name, { mtime: file.createdAt, compress: worthCompressing(file.contentType) });
      // One file at a time: the next is opened once yazl has read this one to its end.
      await Promise.all([pipeline(source, checkedAgainst(sha256, name), checked), finished(checked)]);
      current = undefined;
    }
    if (note) zip.addBuffer(note, MISSING_NOTE[language].name, { mtime });
    zip.addBuffer(manifestBytes, MANIFEST_NAME, { mtime });
    zip.addBuffer(Buffer.from(JSON.stringify(signature, null, 2) + '\n', 'utf8'), SIGNATURE_NAME, { mtime });
    zip.end();
  };
  pump().catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
  return output;
}
