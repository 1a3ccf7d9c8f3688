// The agency's inbound addresses (DOMAIN.md §9): one for the agency, `{slug}@{domain}`, and one per
// property and per manager, plus-addressed: `{slug}+{property reference}@{domain}`,
// `{slug}+{manager's mailbox name}@{domain}`. Mail forwarded to one of them is the agency's; the
// part after "+" routes it to the property or the manager.

/** The part after "+" for a property or a manager: lower case, letters, digits, dots and dashes. */
export function addressKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

export function agencyAddress(slug: string, domain: string): string {
  return `${slug}@${domain}`;
}

export function keyedAddress(slug: string, key: string, domain: string): string {
  return `${slug}+${addressKey(key)}@${domain}`;
}

/** The agency slug and key an address names on the inbound domain, if it is one of its forms. */
export function readInboundAddress(address: string, domain: string): { slug: string; key: string | null } | undefined {
  const match = /^([a-z0-9][a-z0-9-]*)(?:\+([a-z0-9.-]+))?@(.+)$/.exec(address.trim().toLowerCase());
  if (!match || match[3] !== domain.toLowerCase()) return undefined;
  return { slug: match[1]!, key: match[2] ?? null };
}

/** The ticket a subject names: `[Ticket n°1104]`, `Ticket n° 1104`, `[Ticket #1104]`, `Ticket No. 1104`. */
export function subjectTicketNumber(subject: string): number | undefined {
  const match = /\bticket\s*(?:n\s*[°ºo]\.?|no\.?|#|nr\.?)\s*(\d{1,9})\b/i.exec(subject);
  return match ? Number(match[1]) : undefined;
}
