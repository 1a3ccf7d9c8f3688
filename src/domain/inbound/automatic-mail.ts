// Mail that is not a person writing: auto-replies, bounces, lists, loops. A first version; the
// full table of rules replaces it.
import type { AutomaticKind, ReadMail } from './mail.ts';

export function classifyAutomatic(mail: ReadMail, own: { messageIdDomains: string[]; ownAddresses: string[] }): { kind: AutomaticKind; reason: string } | null {
  const header = (name: string) => mail.headers.get(name)?.[0]?.toLowerCase() ?? '';
  if (mail.messageId && own.messageIdDomains.some((d) => mail.messageId!.toLowerCase().endsWith(`@${d}`))) return { kind: 'loop', reason: 'Gardien’s own Message-ID' };
  if (mail.from && own.ownAddresses.includes(mail.from.address)) return { kind: 'loop', reason: 'From Gardien’s own address' };
  if (header('auto-submitted') && header('auto-submitted') !== 'no') return { kind: 'auto_reply', reason: 'Auto-Submitted' };
  if (/^(bulk|junk|list)$/.test(header('precedence'))) return { kind: 'list', reason: 'Precedence' };
  if (mail.headers.has('list-id')) return { kind: 'list', reason: 'List-Id' };
  if (mail.returnPath === '') return { kind: 'bounce', reason: 'Null Return-Path' };
  return null;
}
