// The header block of a mail as text: unfolded, raw 8-bit bytes read as UTF-8 or Windows-1252,
// RFC 2047 encoded words decoded whatever their charset, addresses and Message-IDs parsed.
import addressparser from 'nodemailer/lib/addressparser';
import type { MailAddress } from '../domain/inbound/mail.ts';
import { decodeRawHeader, decodeText, type Note } from './mail-charset.ts';

/** A raw header line as mailsplit hands it: the lower-cased name and the line (a latin1 string). */
export interface RawHeaderLine {
  key: string;
  line: string;
}

// The text of an encoded word may hold blanks in broken mail (a folded Exchange subject).
const ENCODED_WORD = /=\?([^?\s]{1,80})\?([bBqQ])\?([^?]*?)\?=/g;

function wordBytes(encoding: string, text: string): Buffer {
  if (encoding.toLowerCase() === 'b') return Buffer.from(text.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
  const spaced = text.replace(/_/g, ' ');
  const bytes: number[] = [];
  for (let i = 0; i < spaced.length; i++) {
    const hex = spaced[i] === '=' ? spaced.slice(i + 1, i + 3) : '';
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(spaced.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** Decodes RFC 2047 encoded words; adjacent words of one charset are joined before decoding (a
 * character may be split between two), the blanks between encoded words dropped. */
export function decodeWords(text: string, note: Note = () => {}): string {
  if (!text.includes('=?')) return text;
  let out = '';
  let last = -1;
  let charset: string | null = null;
  let bytes: Buffer[] = [];
  const flush = () => {
    if (charset !== null) out += decodeText(Buffer.concat(bytes), charset, note);
    charset = null;
    bytes = [];
  };
  for (const match of text.matchAll(ENCODED_WORD)) {
    const between = text.slice(Math.max(last, 0), match.index);
    const adjacent = last >= 0 && /^\s*$/.test(between);
    const wordCharset = match[1]!.replace(/\*.*$/, '').toLowerCase();
    if (!adjacent || wordCharset !== charset) {
      flush();
      if (!adjacent) out += between;
      charset = wordCharset;
    }
    bytes.push(wordBytes(match[2]!, match[3]!));
    last = match.index + match[0].length;
  }
  flush();
  return out + text.slice(Math.max(last, 0));
}

/** The value of one raw header line: after the name and colon, unfolded, 8-bit bytes decoded. */
export function rawValue(line: string): string {
  const colon = line.indexOf(':');
  const value = colon < 0 ? line : line.slice(colon + 1);
  return decodeRawHeader(value.replace(/\r?\n(?=[ \t])|\r(?=[ \t])/g, '').replace(/[\r\n]+/g, ' ')).replace(/\0/g, '').trim();
}

/** Every header, decoded to text, lower-cased name → values in order. */
export function headerMap(lines: RawHeaderLine[], note: Note): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, line } of lines) {
    if (!key) continue;
    const name = key.toLowerCase().trim();
    const values = map.get(name) ?? [];
    values.push(decodeWords(rawValue(line), note));
    map.set(name, values);
  }
  return map;
}

/** Addresses of a header value (raw, not yet word-decoded), lower-cased; those without "@" dropped. */
export function parseAddresses(raw: string | undefined, note: Note): MailAddress[] {
  if (!raw) return [];
  let parsed: { address: string; name: string }[];
  try {
    parsed = addressparser(raw, { flatten: true });
  } catch {
    parsed = [];
  }
  const found: MailAddress[] = [];
  for (const entry of parsed) {
    let address = (entry.address ?? '').trim().replace(/^mailto:/i, '');
    let name = decodeWords(entry.name ?? '', note).trim();
    // "user@example.com" written as the name alone (addressparser leaves it there without <>).
    if (!address.includes('@') && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(name)) [address, name] = [name, ''];
    if (!address.includes('@')) continue;
    found.push({ address: address.toLowerCase(), name: name.replace(/^["']|["']$/g, '') || null });
  }
  if (found.length === 0) {
    // Last resort for From lines addressparser cannot read: the first thing shaped like an address.
    // On the first 1000 characters only: the unanchored pattern is quadratic on a long run of letters.
    const bare = /[A-Za-z0-9._%+'=-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,24}/.exec(raw.slice(0, 1000));
    if (bare) found.push({ address: bare[0].toLowerCase(), name: null });
  }
  return found;
}

/** Message-IDs of a header value, without angle brackets. */
export function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1]!);
  if (bracketed.length > 0) return bracketed;
  return value.split(/[\s,]+/).filter((id) => id.includes('@'));
}

/** The Return-Path: '' for the null sender, the lower-cased address otherwise. */
export function returnPath(value: string | undefined): string | null {
  if (value === undefined) return null;
  const inside = /<([^>]*)>/.exec(value);
  const address = (inside ? inside[1]! : value).trim().toLowerCase();
  return address === '' || address === '<>' ? '' : address;
}
