// Gardien's own mail as inbound mail sees it: the domain and address of MAIL_FROM, and the
// Message-IDs Gardien gives its emails — `<outbox id@domain>` for a message, `<ticket-id@domain>`
// for a ticket's thread (src/messages/deliver-message.ts).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The domain of MAIL_FROM, lower case. */
export function ownMailDomain(mailFrom: string): string {
  return /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1]?.toLowerCase() ?? 'localhost';
}

/** The address of MAIL_FROM, lower case. */
export function ownMailAddress(mailFrom: string): string {
  return (/<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom).trim().toLowerCase();
}

/** What one of Gardien's Message-IDs (without angle brackets) names: an outgoing message or a ticket. */
export function readOwnMessageId(id: string, ownDomain: string): { outboxId: string } | { ticketId: string } | undefined {
  const [local, domain] = id.toLowerCase().split('@');
  if (domain !== ownDomain || !local) return undefined;
  if (local.startsWith('ticket-') && UUID.test(local.slice(7))) return { ticketId: local.slice(7) };
  return UUID.test(local) ? { outboxId: local } : undefined;
}
