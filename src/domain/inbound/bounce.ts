// What a bounce says: which addresses failed, permanently or not, and which message it returns.
// A first version; the full reading replaces it.
import type { Bounce, ReadMail } from './mail.ts';

export function readBounce(mail: ReadMail): Bounce | null {
  const text = mail.text;
  const status = /Status:\s*([245])\.\d+\.\d+/i.exec(text);
  const recipient = /Final-Recipient:\s*rfc822;\s*<?([^\s>]+)>?/i.exec(text)?.[1]?.toLowerCase();
  if (!status && !recipient) return null;
  const originals = [...text.matchAll(/Message-ID:\s*<([^>]+)>/gi)].map((m) => m[1]!);
  return { permanent: status?.[1] === '5', recipients: recipient ? [recipient] : [], originalMessageIds: originals, diagnostic: /Diagnostic-Code:\s*(.+)/i.exec(text)?.[1]?.slice(0, 300) ?? null };
}
