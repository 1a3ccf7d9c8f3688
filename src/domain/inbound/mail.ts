// An inbound email as Gardien reads it (src/inbound/read-mail.ts makes it from the raw bytes):
// the headers that route and classify it, its text, its sanitized HTML and its files, with a
// record of what was repaired or refused on the way.

export interface MailAddress {
  /** Lower-cased address. */
  address: string;
  name: string | null;
}

/** What kind of file a user sees: an attachment, an inline image, a forwarded message (kept
 * whole as .eml), a Windows winmail.dat, an S/MIME envelope Gardien cannot open. */
export type MailFileKind = 'attachment' | 'inline' | 'forwarded' | 'tnef' | 'smime';

export interface MailFile {
  filename: string;
  contentType: string;
  content: Buffer;
  kind: MailFileKind;
  /** The Content-ID an inline image is referred to by in the HTML (without angle brackets). */
  contentId: string | null;
}

/** A file of the mail that Gardien did not keep, and why (a code and a sentence). */
export interface RefusedFile {
  filename: string;
  code: 'executable' | 'too_large' | 'too_many_files' | 'zip_bomb' | 'unreadable';
  reason: string;
}

export interface ReadMail {
  /** The Message-ID without angle brackets; null when the message has none. */
  messageId: string | null;
  from: MailAddress | null;
  /** Sender header (when it differs from From), Reply-To. */
  sender: MailAddress | null;
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  /** The Return-Path: '' for the null sender `<>`, null when absent. */
  returnPath: string | null;
  /** The decoded subject ('' when none). */
  subject: string;
  date: Date | null;
  /** Message-IDs without angle brackets. */
  inReplyTo: string[];
  references: string[];
  /** Every header, lower-cased name → its values in order, decoded to text. */
  headers: Map<string, string[]>;
  /** The body as plain text (made from the HTML when the mail has no text part). */
  text: string;
  /** The body's HTML, sanitized for display (no script, iframe, object, on*=, javascript:). */
  html: string | null;
  files: MailFile[];
  refused: RefusedFile[];
  /** What was repaired or noticed while reading ("no_message_id", "unknown_charset:x-foo", "nul_bytes"…). */
  notes: string[];
  /** The lower-cased Content-Type of the message itself ('multipart/report', 'text/plain'…). */
  contentType?: string;
  /** The machine-readable part of a delivery report (multipart/report, or a bounce's returned
   * headers), which readBounce reads; absent when the mail has none. */
  report?: MailReport;
}

export interface MailReport {
  /** message/delivery-status (a bounce, a delay) or message/disposition-notification (a read receipt). */
  kind: 'delivery-status' | 'disposition';
  /** The report part's text ('' when the mail only returned the original). */
  text: string;
  /** The returned original's headers (text/rfc822-headers, or the head of a message/rfc822 part). */
  originalHeaders: string | null;
}

/** The bounds readMail holds while reading one raw message. */
export interface MailLimits {
  /** The largest raw message read (above: message_too_large). */
  maxBytes: number;
  /** The most files kept; the others are refused as too_many_files. */
  maxFiles: number;
  /** The largest file kept; larger ones are refused as too_large. */
  maxFileBytes: number;
  /** The deepest nesting of MIME parts read; files deeper are refused as unreadable. */
  maxDepth: number;
  /** The most header bytes of one part (above: message_too_large). */
  maxHeaderBytes: number;
  /** The most MIME parts (above: message_too_large). */
  maxParts: number;
  /** How long reading may take, in milliseconds (above: message_unreadable). */
  timeoutMs: number;
}

/** Mail that never becomes a ticket or an answer and never gets an acknowledgement. */
export type AutomaticKind = 'auto_reply' | 'bounce' | 'delivery_report' | 'list' | 'loop' | 'challenge';

export interface Bounce {
  /** A permanent failure (5.x.x / hard bounce), as opposed to a delay or a temporary one. */
  permanent: boolean;
  /** The addresses that failed (lower-cased). */
  recipients: string[];
  /** The Message-IDs of the returned original (without angle brackets), when it can be read. */
  originalMessageIds: string[];
  /** The remote server's diagnostic, shortened. */
  diagnostic: string | null;
}
