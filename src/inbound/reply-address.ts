// The per-ticket reply address of Gardien's emails, `gardien+t1104-3f9a0c21be@agence.fr`: the
// sender's mailbox plus-addressed with the ticket's number and a signature of the agency and the
// number (HMAC with the server's secret), so that a reply finds its ticket and nobody can forge one.
import { createHmac, timingSafeEqual } from 'node:crypto';

function signature(secret: string, organizationId: string, ticketNumber: number): string {
  return createHmac('sha256', secret).update(`${organizationId}:${ticketNumber}`).digest('hex').slice(0, 10);
}

/** The reply address of ticket `ticketNumber` of the agency, on MAIL_FROM's mailbox. */
export function replyAddress(from: string, secret: string, ticketNumber: number, organizationId: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
  const [local, domain] = address.split('@');
  return `${local}+t${ticketNumber}-${signature(secret, organizationId, ticketNumber)}@${domain}`;
}

/** The ticket number and signature an address carries, when it is one of MAIL_FROM's reply addresses. */
export function readReplyAddress(from: string, address: string): { ticketNumber: number; signature: string } | undefined {
  const own = (/<([^>]+)>/.exec(from)?.[1] ?? from.trim()).toLowerCase();
  const [local, domain] = own.split('@');
  const match = /^([^+@]+)\+t(\d{1,9})-([0-9a-f]{10})@(.+)$/i.exec(address.trim().toLowerCase());
  if (!match || match[1] !== local || match[4] !== domain) return undefined;
  return { ticketNumber: Number(match[2]), signature: match[3]! };
}

/** Whether the signature is the agency's for that ticket number. */
export function replySignatureValid(secret: string, organizationId: string, ticketNumber: number, given: string): boolean {
  const expected = Buffer.from(signature(secret, organizationId, ticketNumber));
  const actual = Buffer.from(given.toLowerCase());
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
