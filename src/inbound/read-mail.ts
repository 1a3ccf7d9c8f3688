// Reads a raw message into a ReadMail (src/domain/inbound/mail.ts). A first version: mailparser's
// simpleParser with the size limit; the full reading (charsets, nesting, files) replaces it.
import { simpleParser, type AddressObject } from 'mailparser';
import { DomainError } from '../domain/errors.ts';
import type { MailAddress, ReadMail } from '../domain/inbound/mail.ts';

export interface MailLimits {
  maxBytes: number;
}

function addresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((a) => a.value).flatMap((v) => (v.address ? [{ address: v.address.toLowerCase(), name: v.name || null }] : []));
}

const ids = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).map((v) => v.replace(/^<|>$/g, '')).filter(Boolean);

export async function readMail(raw: Buffer, limits: Partial<MailLimits> = {}): Promise<ReadMail> {
  if (raw.length > (limits.maxBytes ?? 25 * 1024 * 1024)) throw new DomainError('message_too_large', 'The message is larger than Gardien takes.');
  const parsed = await simpleParser(raw, { skipImageLinks: true });
  const headers = new Map<string, string[]>();
  for (const line of parsed.headerLines) headers.set(line.key, [...(headers.get(line.key) ?? []), line.line.slice(line.key.length + 1).trim()]);
  const returnPath = headers.get('return-path')?.[0];
  return {
    messageId: parsed.messageId?.replace(/^<|>$/g, '') ?? null,
    from: addresses(parsed.from)[0] ?? null,
    sender: null,
    replyTo: addresses(parsed.replyTo),
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    returnPath: returnPath === undefined ? null : returnPath.replace(/^<|>$/g, '').trim(),
    subject: parsed.subject ?? '',
    date: parsed.date ?? null,
    inReplyTo: ids(parsed.inReplyTo),
    references: ids(parsed.references),
    headers,
    text: parsed.text ?? '',
    html: null,
    files: parsed.attachments.map((a) => ({ filename: a.filename ?? 'piece-jointe', contentType: a.contentType, content: a.content, kind: a.related ? 'inline' : 'attachment', contentId: a.cid ?? null })),
    refused: [],
    notes: [],
  };
}
