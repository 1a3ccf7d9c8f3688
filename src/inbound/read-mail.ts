// A raw message as Gardien reads it (ReadMail, src/domain/inbound/mail.ts): its routing headers,
// its text, its sanitized HTML, its files judged one by one, the report of a delivery report,
// and a note of everything repaired on the way. Broken input is repaired, never a crash: the only
// errors are DomainError 'message_too_large' (over a limit) and 'message_unreadable' (nothing to
// read, or reading took too long).
import { DomainError } from '../domain/errors.ts';
import type { MailLimits, ReadMail } from '../domain/inbound/mail.ts';
import { headerMap, messageIds, parseAddresses, rawValue, returnPath, type RawHeaderLine } from './mail-headers.ts';
import { mailFiles } from './mail-files.ts';
import { decodeGuess } from './mail-charset.ts';
import { parseMime, type ParsedMime } from './parse-mime.ts';
import { htmlExcess, htmlToPlainText } from './html-limits.ts';
import { sanitizeMailHtml } from './sanitize-mail-html.ts';

export const DEFAULT_MAIL_LIMITS: MailLimits = {
  maxBytes: 25 * 1024 * 1024,
  maxFiles: 50,
  maxFileBytes: 20 * 1024 * 1024,
  maxDepth: 30,
  maxHeaderBytes: 1024 * 1024,
  maxParts: 2000,
  timeoutMs: 20_000,
};

const MAX_SUBJECT = 998;
/** Beyond these the HTML is not kept for display (its text still is): browsers flatten what
 * nests deeper than 512 levels, the sanitizer's parser is quadratic in the depth, and takes
 * about a second per 100,000 elements (200,000 tags). */
const MAX_HTML_BYTES = 5 * 1024 * 1024;
const MAX_HTML_DEPTH = 500;
const MAX_HTML_TAGS = 200_000;

/** Line endings made CRLF-parsable, an mbox "From " line dropped, NUL bytes taken out. */
function normalize(raw: Buffer, note: (n: string) => void): Buffer {
  let bytes = raw;
  if (bytes.includes(0)) {
    note('nul_bytes');
    if (!/content-transfer-encoding:\s*binary/i.test(bytes.toString('latin1', 0, Math.min(bytes.length, 1 << 20)))) {
      bytes = Buffer.from(bytes.filter((byte) => byte !== 0));
    }
  }
  if (!bytes.includes(0x0a) && bytes.includes(0x0d)) {
    note('cr_line_endings');
    bytes = Buffer.from(bytes.toString('latin1').replace(/\r/g, '\r\n'), 'latin1');
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    note('byte_order_mark');
    start = 3;
  }
  const first = start;
  while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x20 || bytes[start] === 0x09)) start++;
  if (start > first) note('leading_blank_lines');
  if (bytes.subarray(start, start + 5).toString('latin1') === 'From ') {
    const end = bytes.indexOf(0x0a, start);
    if (end > 0) {
      note('mbox_from_line');
      start = end + 1;
    }
  }
  return blankSeparator(start > 0 ? bytes.subarray(start) : bytes, note);
}

/** A line of only blanks where the header block should end (which parsers read as a folded
 * header, swallowing the body) made the empty line it was meant to be. */
function blankSeparator(bytes: Buffer, note: (n: string) => void): Buffer {
  const head = bytes.toString('latin1', 0, Math.min(bytes.length, 1 << 20));
  const end = /\r?\n(?:[ \t]+\r?\n|\r?\n)/.exec(head);
  if (!end || !/^\r?\n[ \t]/.test(end[0])) return bytes;
  // Headers going on after it: a blank folded line, not the end of the block.
  if (/^[\x21-\x39\x3b-\x7e]{1,76}:/.test(head.slice(end.index + end[0].length))) return bytes;
  note('blank_header_separator');
  const at = end.index + (end[0].startsWith('\r') ? 2 : 1);
  const blanks = end[0].length - (end[0].startsWith('\r') ? 2 : 1) - (end[0].endsWith('\r\n') ? 2 : 1);
  return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + blanks)]);
}

/** What is left when the MIME structure cannot be read at all: the head and the body as text. */
function fallback(raw: Buffer): ParsedMime {
  const text = raw.toString('latin1');
  const split = /\r?\n\r?\n/.exec(text);
  const head = split ? text.slice(0, split.index) : text;
  const lines: RawHeaderLine[] = [];
  for (const line of head.split(/\r?\n(?![ \t])/)) {
    const colon = line.indexOf(':');
    if (colon > 0) lines.push({ key: line.slice(0, colon).trim().toLowerCase(), line });
  }
  const body = split ? decodeGuess(Buffer.from(text.slice(split.index + split[0].length), 'latin1')) : '';
  return { headerLines: lines, text: body, html: null, textConversionFailed: false, leaves: [] };
}

async function parseWithin(raw: Buffer, limits: MailLimits, note: (n: string) => void): Promise<ParsedMime> {
  const { done, stop } = parseMime(raw, limits, note);
  // After a timeout nobody waits for it: a late failure must not be an unhandled rejection.
  done.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DomainError('message_unreadable', 'The message took too long to read.')), limits.timeoutMs);
  });
  try {
    return await Promise.race([done, timeout]);
  } catch (error) {
    stop();
    if (error instanceof DomainError) throw error;
    if ((error as { code?: unknown }).code === 'EMAXLEN') {
      throw new DomainError('message_too_large', 'The message has too many parts or too large headers to be read.');
    }
    note('mime_unreadable');
    return fallback(raw);
  } finally {
    clearTimeout(timer);
  }
}

function displayHtml(html: string, note: (n: string) => void): string | null {
  if (html.length > MAX_HTML_BYTES) {
    note('html_too_large');
    return null;
  }
  const excess = htmlExcess(html, MAX_HTML_DEPTH, MAX_HTML_TAGS);
  if (excess) {
    note(excess === 'deep' ? 'html_too_deep' : 'html_too_many_elements');
    return null;
  }
  return sanitizeMailHtml(html);
}

/** Reads one raw message. */
export async function readMail(raw: Buffer, limits?: Partial<MailLimits>): Promise<ReadMail> {
  const bounds: MailLimits = { ...DEFAULT_MAIL_LIMITS, ...limits };
  if (raw.length > bounds.maxBytes) {
    throw new DomainError('message_too_large', `The message is larger than ${Math.floor(bounds.maxBytes / 1024 / 1024)} MiB.`, {
      size: raw.length,
      limit: bounds.maxBytes,
    });
  }
  const notes = new Set<string>();
  const note = (text: string) => void notes.add(text);
  const input = normalize(raw, note);
  if (!input.some((byte) => byte > 0x20)) throw new DomainError('message_unreadable', 'The message is empty.');
  const parsed = await parseWithin(input, bounds, note);

  const first = (name: string) => parsed.headerLines.find((line) => line.key === name);
  const firstRaw = (name: string) => {
    const line = first(name);
    return line ? rawValue(line.line) : undefined;
  };
  const addressesOf = (name: string) => parsed.headerLines.filter((line) => line.key === name).flatMap((line) => parseAddresses(rawValue(line.line), note));
  const headers = headerMap(parsed.headerLines, note);
  const value = (name: string) => headers.get(name)?.[0];

  const from = parseAddresses(firstRaw('from'), note)[0] ?? null;
  const senderAddress = parseAddresses(firstRaw('sender'), note)[0] ?? null;
  const messageId = messageIds(value('message-id'))[0] ?? null;
  const dateText = value('date');
  const parsedDate = dateText ? new Date(dateText.replace(/\s*\([^)]*\)\s*$/, '')) : null;
  const date = parsedDate && !Number.isNaN(parsedDate.getTime()) ? parsedDate : null;
  if (!from) note('no_from');
  if (!messageId) note('no_message_id');
  if (!dateText) note('no_date');
  else if (!date) note('bad_date');

  // eslint-disable-next-line no-control-regex -- control characters have no place in a subject
  let subject = (value('subject') ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
  if (subject.length > MAX_SUBJECT) {
    note('subject_cut');
    subject = subject.slice(0, MAX_SUBJECT);
  }

  const { files, refused, report } = await mailFiles(parsed.leaves, bounds, note);
  let text = parsed.text;
  if (text.trim() === '' && parsed.html) {
    if (parsed.textConversionFailed) note('html_to_text_failed');
    text = htmlToPlainText(parsed.html.slice(0, MAX_HTML_BYTES));
  }
  const html = parsed.html ? displayHtml(parsed.html, note) : null;
  const contentType = (value('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase() || 'text/plain';

  return {
    messageId,
    from,
    sender: senderAddress && senderAddress.address !== from?.address ? senderAddress : null,
    replyTo: parseAddresses(firstRaw('reply-to'), note),
    to: addressesOf('to'),
    cc: addressesOf('cc'),
    returnPath: returnPath(value('return-path')),
    subject,
    date,
    inReplyTo: messageIds(value('in-reply-to')),
    references: (headers.get('references') ?? []).flatMap((refs) => messageIds(refs)),
    headers,
    text: text.replace(/\0/g, ''),
    html,
    files,
    refused,
    notes: [...notes],
    contentType,
    ...(report ? { report } : {}),
  };
}
