// One pass of mailparser's streaming MailParser over a raw message, holding the limits while it
// reads: every part that is not body text comes out as a leaf (attachments, inline images,
// forwarded messages kept whole, report parts) with its place in the tree; a leaf over the file
// limit stops being kept at that limit (the rest is drained, not held); body text is decoded by
// Gardien's own charset rules (mail-charset.ts) instead of libmime's.
//
// Two things mailparser has no option for are done by wrapping its chunk handler (MailParser
// 3.14's processChunk, pinned in package.json): body text parts get a charset tag so that every
// one of them, UTF-8 and ASCII included, goes through the decoder given as `Iconv`; and the depth
// and parent type of each part are recorded by part id.
import { EventEmitter } from 'node:events';
import { MailParser, type AttachmentStream, type IconvConstructor, type MessageText } from 'mailparser';
import type { MailLimits } from '../domain/inbound/mail.ts';
import { decodeText, type Note } from './mail-charset.ts';
import type { RawHeaderLine } from './mail-headers.ts';

const CHARSET_TAG = 'x-gardien-charset:';

/** A part that is not body text. */
export interface MimeLeaf {
  contentType: string;
  filename: string | null;
  disposition: string | null;
  contentId: string | null;
  /** Inside a multipart/related. */
  related: boolean;
  /** The content type of the multipart (or message) it sits in. */
  parentType: string | null;
  depth: number;
  /** The decoded bytes (empty when not kept). */
  content: Buffer;
  /** Its decoded size, also when it was not kept whole. */
  size: number;
  /** Larger than the file limit: only its size is known. */
  tooLarge: boolean;
}

export interface ParsedMime {
  headerLines: RawHeaderLine[];
  text: string;
  html: string | null;
  textConversionFailed: boolean;
  leaves: MimeLeaf[];
}

interface SplitNode {
  type: string;
  contentType?: string | false;
  charset?: string | false;
  filename?: string | false;
  disposition?: string | false;
  parentNode?: SplitNode | null;
  partNr?: (number | string)[];
  _parentBoundary?: unknown;
}

interface PartPlace {
  parentType: string | null;
  depth: number;
}

/** An `Iconv` stand-in that decodes a whole text part at its end with Gardien's rules. */
function charsetDecoder(note: Note): IconvConstructor {
  class Decoder extends EventEmitter {
    private readonly chunks: Buffer[] = [];
    private readonly charset: string | null;
    constructor(from: string) {
      super();
      const declared = from.startsWith(CHARSET_TAG) ? from.slice(CHARSET_TAG.length) : from;
      this.charset = declared === '' ? null : declared;
    }
    write(chunk: Buffer): boolean {
      this.chunks.push(chunk);
      return true;
    }
    end(): void {
      let text = decodeText(Buffer.concat(this.chunks), this.charset, note);
      if (text.includes('\0')) {
        note('nul_bytes');
        text = text.replace(/\0/g, '');
      }
      this.emit('data', Buffer.from(text, 'utf8'));
      this.emit('end');
    }
  }
  return Decoder as unknown as IconvConstructor;
}

function partId(node: SplitNode): string {
  if (!node._parentBoundary) return '';
  return (node.partNr ?? []).filter((nr) => typeof nr === 'number').join('.');
}

function depthOf(node: SplitNode): number {
  let depth = 0;
  for (let parent = node.parentNode; parent && depth < 10_000; parent = parent.parentNode) depth++;
  return depth;
}

/** Marks the node before MailParser reads it: its charset tagged, its place recorded. */
function prepare(node: SplitNode, places: Map<string, PartPlace>): void {
  places.set(partId(node), { parentType: node.parentNode ? node.parentNode.contentType || null : null, depth: depthOf(node) });
  const type = node.contentType || 'text/plain';
  if (type !== 'text/plain' && type !== 'text/html') return;
  // A text part with a name is a file (what every client shows as one), not the body.
  if (node.filename && node.disposition !== 'attachment') node.disposition = 'attachment';
  node.charset = CHARSET_TAG + (node.charset || '');
}

/** Reads the attachment stream, keeping at most `max` bytes. */
function readLeaf(attachment: AttachmentStream, keep: boolean, max: number): Promise<{ content: Buffer; size: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = attachment.content;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (keep && size <= max) chunks.push(chunk);
    });
    stream.once('end', () => resolve({ content: keep && size <= max ? Buffer.concat(chunks) : Buffer.alloc(0), size }));
    stream.once('error', reject);
  });
}

/** Writes the message in slices, waiting for the parser to drain, so that it never holds more
 * than a slice of work at once (writing it whole made it buffer its lines all at once). */
function feed(parser: MailParser, raw: Buffer): void {
  const SLICE = 64 * 1024;
  let at = 0;
  const next = (): void => {
    while (at < raw.length) {
      const slice = raw.subarray(at, at + SLICE);
      at += SLICE;
      if (!parser.write(slice)) {
        parser.once('drain', next);
        return;
      }
    }
    parser.end();
  };
  next();
}

/** Parses the raw message; rejects with mailparser's error (EMAXLEN for a limit). */
export function parseMime(raw: Buffer, limits: MailLimits, note: Note): { done: Promise<ParsedMime>; stop: () => void } {
  const parser = new MailParser({
    Iconv: charsetDecoder(note),
    keepDeliveryStatus: true,
    ignoreEmbedded: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    skipTextLinks: true,
    checksumAlgo: false,
    // Larger HTML-only bodies get their text from html-limits.ts's linear pass instead.
    maxHtmlLengthToParse: 1024 * 1024,
    maxHeadSize: limits.maxHeaderBytes,
    maxChildNodes: limits.maxParts,
  } as ConstructorParameters<typeof MailParser>[0] & { checksumAlgo: false });
  const places = new Map<string, PartPlace>();
  const inner = parser as unknown as { processChunk(data: SplitNode, done: (err?: Error) => void): void };
  const processChunk = inner.processChunk.bind(parser);
  inner.processChunk = (data, done) => {
    if (data.type === 'node') prepare(data, places);
    processChunk(data, done);
  };

  const done = new Promise<ParsedMime>((resolve, reject) => {
    const result: ParsedMime = { headerLines: [], text: '', html: null, textConversionFailed: false, leaves: [] };
    const reading: Promise<void>[] = [];
    parser.on('headerLines', (lines: RawHeaderLine[]) => {
      result.headerLines = lines;
    });
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        result.text = typeof data.text === 'string' ? data.text : '';
        result.html = typeof data.html === 'string' ? data.html : null;
        result.textConversionFailed = Boolean((data as { textConversionError?: unknown }).textConversionError);
        return;
      }
      const attachment = data;
      const place = places.get(attachment.partId ?? '') ?? { parentType: null, depth: 0 };
      const leaf: MimeLeaf = {
        contentType: (attachment.contentType || 'application/octet-stream').toLowerCase(),
        filename: attachment.filename ?? null,
        disposition: attachment.contentDisposition ?? null,
        contentId: attachment.cid || null,
        related: Boolean(attachment.related),
        parentType: place.parentType,
        depth: place.depth,
        content: Buffer.alloc(0),
        size: 0,
        tooLarge: false,
      };
      result.leaves.push(leaf);
      const keep = place.depth <= limits.maxDepth;
      reading.push(
        readLeaf(attachment, keep, limits.maxFileBytes).then(({ content, size }) => {
          leaf.content = content;
          leaf.size = size;
          leaf.tooLarge = size > limits.maxFileBytes;
          attachment.release?.();
        }, reject),
      );
    });
    parser.once('error', reject);
    parser.once('end', () => {
      void Promise.all(reading).then(() => resolve(result));
    });
  });
  feed(parser, raw);
  return { done, stop: () => parser.destroy() };
}
