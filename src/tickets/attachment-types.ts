// Which files a ticket accepts, judged by their bytes, not by what the client claims: the type is
// detected from the first bytes (file-type), office documents are zip files with the extension
// of a known format, text is text. Also the cleaning of file names and the Content-Disposition.
import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';

/** How many first bytes the type detection needs. */
export const SNIFF_BYTES = 4100;

/** What the API tells a client it may upload. */
export const ALLOWED_DESCRIPTION = 'JPEG, PNG, WebP, HEIC/HEIF, GIF, PDF, plain text or CSV, DOCX, XLSX, ODT, ODS';

const MEDIA = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence', 'application/pdf']);

const OFFICE: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
};

const TEXT: Record<string, string> = { '.txt': 'text/plain', '.csv': 'text/csv' };

export interface AcceptedType {
  /** The type the file is stored and served with (text gets its charset once read whole). */
  contentType: string;
  /** Text: the whole file must then pass TextCheck. */
  text: boolean;
}

/** The type of a file from its first bytes and its name, or undefined when it is not accepted. */
export async function detectAttachmentType(head: Buffer, filename: string): Promise<AcceptedType | undefined> {
  const detected = await fileTypeFromBuffer(head).catch(() => undefined);
  const extension = extname(filename).toLowerCase();
  if (detected && MEDIA.has(detected.mime)) return { contentType: detected.mime, text: false };
  const office = OFFICE[extension];
  if (office) {
    const isZip = head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const zipLike = detected && ['zip', 'docx', 'xlsx', 'odt', 'ods'].includes(detected.ext);
    return isZip && zipLike ? { contentType: office, text: false } : undefined;
  }
  const text = TEXT[extension];
  if (text && (!detected || detected.mime.startsWith('text/') || detected.mime === 'application/xml')) {
    return looksLikeText(head) ? { contentType: text, text: true } : undefined;
  }
  return undefined;
}

// C0 control characters other than tab, line feed, vertical tab, form feed, carriage return;
// and DEL. Their presence means a binary file, not text.
function isBinaryByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1a) || byte === 0x7f;
}

function looksLikeText(bytes: Uint8Array): boolean {
  return !bytes.some(isBinaryByte);
}

/** Reads a text file chunk by chunk: refuses binary bytes, and tells UTF-8 from a legacy 8-bit charset. */
export class TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private utf8 = true;
  binary = false;

  push(chunk: Uint8Array): void {
    if (!this.binary && !looksLikeText(chunk)) this.binary = true;
    if (this.utf8) {
      try {
        this.decoder.decode(chunk, { stream: true });
      } catch {
        this.utf8 = false;
      }
    }
  }

  /** The content type with its charset: UTF-8, or Windows-1252 (what French spreadsheets export). */
  contentType(base: string): string {
    if (this.utf8) {
      try {
        this.decoder.decode();
      } catch {
        this.utf8 = false;
      }
    }
    return `${base}; charset=${this.utf8 ? 'utf-8' : 'windows-1252'}`;
  }
}

const MAX_NAME = 200;

/** A file name fit to keep and show: no folders, no control or direction-override characters,
 * at most 200 characters (the extension kept). */
export function sanitizeFilename(raw: string | undefined, fallback = 'document'): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const name = cleaned === '' ? fallback : cleaned;
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME) return name;
  const extension = extname(name);
  const keep = Array.from(extension).length <= 20 ? extension : '';
  return chars.slice(0, MAX_NAME - Array.from(keep).length).join('').trimEnd() + keep;
}

/** Images and PDF are shown by the browser (the carousel shows them large); the rest is downloaded. */
export function servedInline(contentType: string): boolean {
  return contentType === 'application/pdf' || contentType.startsWith('image/');
}

/** `Content-Disposition` with an ASCII fallback and the exact name in RFC 5987 form. */
export function contentDisposition(filename: string, inline: boolean): string {
  const ascii = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
