// The leaves of a mail sorted into what a user sees as its files and what they do not: signatures
// and delivery-report parts are no files (a report becomes ReadMail.report); a forwarded message
// is one file "<its subject>.eml", a winmail.dat one 'tnef' file, an S/MIME envelope one 'smime'
// file, an image referred to by Content-ID an 'inline' one. Each file is named safely and judged
// (judge-file.ts); past the limits (count, size, depth) it is refused with the reason.
import type { MailFile, MailFileKind, MailLimits, MailReport, RefusedFile } from '../domain/inbound/mail.ts';
import { judgeFile } from './judge-file.ts';
import { decodeWords, rawValue } from './mail-headers.ts';
import { decodeGuess, repairBinaryName, type Note } from './mail-charset.ts';
import type { MimeLeaf } from './parse-mime.ts';
import { safeFilename } from './safe-filename.ts';

const SIGNATURES = new Set(['application/pgp-signature', 'application/pkcs7-signature', 'application/x-pkcs7-signature']);
const STATUS = new Set(['message/delivery-status', 'message/global-delivery-status']);
const DISPOSITION = new Set(['message/disposition-notification', 'message/global-disposition-notification']);
const RETURNED_HEADERS = new Set(['text/rfc822-headers', 'message/rfc822-headers', 'message/global-headers']);
/** Report parts that readBounce does not read but that are no file either (an abuse report's). */
const OTHER_REPORTS = new Set(['message/feedback-report', 'message/global-feedback-report', 'message/tracking-status']);
const MESSAGES = new Set(['message/rfc822', 'message/global', 'message/news']);
const TNEF = new Set(['application/ms-tnef', 'application/vnd.ms-tnef']);
const SMIME = new Set(['application/pkcs7-mime', 'application/x-pkcs7-mime']);

const MAX_REPORT_TEXT = 64 * 1024;

/** The header block of a message part (up to the first blank line). */
function headBlock(content: Buffer): string {
  const text = content.toString('latin1', 0, Math.min(content.length, 256 * 1024));
  const end = /\r?\n\r?\n/.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/** The decoded Subject of a forwarded message, '' when it has none. */
function innerSubject(content: Buffer, note: Note): string {
  const line = headBlock(content)
    .split(/\r?\n(?![ \t])/)
    .find((header) => /^subject\s*:/i.test(header));
  return line ? decodeWords(rawValue(line), note).replace(/\s+/g, ' ').trim() : '';
}

function kindOf(leaf: MimeLeaf): MailFileKind {
  const name = (leaf.filename ?? '').toLowerCase();
  if (MESSAGES.has(leaf.contentType)) return 'forwarded';
  if (TNEF.has(leaf.contentType) || name === 'winmail.dat') return 'tnef';
  if (SMIME.has(leaf.contentType) || /^smime\.p7m$/.test(name)) return 'smime';
  if (leaf.contentId && leaf.contentType.startsWith('image/') && (leaf.related || leaf.disposition !== 'attachment')) return 'inline';
  return 'attachment';
}

function reportText(leaf: MimeLeaf): string {
  return decodeGuess(leaf.content.subarray(0, MAX_REPORT_TEXT));
}

export interface SortedFiles {
  files: MailFile[];
  refused: RefusedFile[];
  report: MailReport | null;
}

/** Sorts and judges the leaves, in the order of the mail. */
export async function mailFiles(leaves: MimeLeaf[], limits: MailLimits, note: Note): Promise<SortedFiles> {
  const files: MailFile[] = [];
  const refused: RefusedFile[] = [];
  let report: MailReport | null = null;
  let originalHeaders: string | null = null;
  let index = 0;
  for (const leaf of leaves) {
    if (SIGNATURES.has(leaf.contentType) || OTHER_REPORTS.has(leaf.contentType)) continue;
    if (STATUS.has(leaf.contentType) || DISPOSITION.has(leaf.contentType)) {
      report ??= { kind: STATUS.has(leaf.contentType) ? 'delivery-status' : 'disposition', text: reportText(leaf), originalHeaders: null };
      continue;
    }
    if (RETURNED_HEADERS.has(leaf.contentType)) {
      originalHeaders ??= reportText(leaf);
      continue;
    }
    if (MESSAGES.has(leaf.contentType) && leaf.parentType === 'multipart/report') {
      originalHeaders ??= headBlock(leaf.content);
      continue;
    }
    // A text part without a name that is not an attachment is an alternative body (text/watch-html,
    // text/enriched, a calendar request's text/calendar), not a file.
    if (leaf.contentType.startsWith('text/') && !leaf.filename && leaf.disposition !== 'attachment') continue;
    index++;
    const kind = kindOf(leaf);
    const named = kind === 'forwarded' ? innerSubject(leaf.content, note) : leaf.filename && repairBinaryName(leaf.filename);
    // A subject's slashes are words ("Facture 3/4"), not a path.
    const base = kind === 'forwarded' && named ? `${named.replace(/[/\\]+/g, '-').slice(0, 170)}.eml` : named;
    const filename = safeFilename(base, index, kind === 'forwarded' ? 'message/rfc822' : leaf.contentType);
    if (leaf.depth > limits.maxDepth) {
      refused.push({ filename, code: 'unreadable', reason: `The file is nested more than ${limits.maxDepth} levels deep.` });
      continue;
    }
    if (leaf.tooLarge) {
      const mib = Math.floor(limits.maxFileBytes / 1024 / 1024);
      refused.push({ filename, code: 'too_large', reason: `The file is larger than ${mib} MiB.` });
      continue;
    }
    if (files.length >= limits.maxFiles) {
      refused.push({ filename, code: 'too_many_files', reason: `Only the first ${limits.maxFiles} files of a message are kept.` });
      continue;
    }
    const refusal = await judgeFile(filename, leaf.content);
    if (refusal) {
      refused.push({ filename, ...refusal });
      continue;
    }
    files.push({ filename, contentType: leaf.contentType, content: leaf.content, kind, contentId: leaf.contentId });
  }
  if (refused.length > 0) note('files_refused');
  if (report) report.originalHeaders = originalHeaders;
  else if (originalHeaders !== null) report = { kind: 'delivery-status', text: '', originalHeaders };
  return { files, refused, report };
}
