// Where the server may connect on an agency's word (its IMAP mailbox, its webhooks' URLs): on the
// Internet, not on the server's own network (loopback, private, link-local, shared and
// unique-local ranges), unless the operator allows it (IMAP_PRIVATE_HOSTS=1,
// WEBHOOK_PRIVATE_HOSTS=1: a server of one agency whose services are next to it). Checked on the
// address a name resolves to, and the connection made to that address, so a name cannot be
// re-pointed between the check and the connection.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// The ranges: loopback, private, link-local (cloud metadata), shared, benchmarking, multicast and
// reserved IPv4; for IPv6 loopback, the unspecified and IPv4-compatible addresses, unique-local,
// link- and site-local, multicast, and the forms that carry an IPv4 address inside (NAT64, 6to4,
// IPv4-mapped in hex).
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2002::', 16],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

/** `::ffff:7f00:1` as `127.0.0.1` (an IPv4-mapped address written in hex). Node's BlockList
 * reads IPv4 addresses as mapped ones against IPv6 ranges, so the mapped range cannot be listed. */
function hexMapped(address: string): string | undefined {
  const match = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!match) return undefined;
  const [high, low] = [parseInt(match[1]!, 16), parseInt(match[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether the address is on the server's own network (IPv4-mapped IPv6 read as IPv4; anything
 * that is not an address counts as private). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? hexMapped(address);
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The address to connect to for `host`, or undefined when it may not be reached. */
export async function reachableAddress(host: string, allowPrivate: boolean): Promise<string | undefined> {
  const literal = host.replace(/^\[|\]$/g, '');
  const address = isIP(literal) ? literal : (await lookup(host)).address;
  return allowPrivate || !isPrivateAddress(address) ? address : undefined;
}
