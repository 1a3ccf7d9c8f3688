// Which screen's help an address shows (i18n `help.screens.<id>`).
const ADMIN = /^\/admin\/([a-z-]+)/;
const ADMIN_IDS: Record<string, string> = { 'routing-rules': 'routing', 'inbound-messages': 'inboundMessages' };

/** The help id of the screen at `location`, or undefined when it has no help page. */
export function helpScreenOf(location: string): string | undefined {
  if (location === '/') return 'list';
  if (location === '/tickets/new') return 'create';
  if (/^\/tickets\/\d+\/validate$/.test(location)) return 'create';
  if (/^\/tickets\/\d+$/.test(location)) return 'ticket';
  if (location === '/account') return 'account';
  const admin = ADMIN.exec(location)?.[1];
  return admin ? (ADMIN_IDS[admin] ?? admin) : undefined;
}
