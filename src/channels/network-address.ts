// Where the server may connect on an agency's word (its IMAP mailbox, its webhooks' URLs): on the
// Internet, not on the server's own network (loopback, private, link-local, shared and
// unique-local ranges), unless the operator allows it (IMAP_PRIVATE_HOSTS=1,
// WEBHOOK_PRIVATE_HOSTS=1: a server of one agency whose services are next to it). Checked on the
// address a name resolves to, and the connection made to that address, so a name cannot be
// re-pointed between the check and the connection.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPrivateAddress } from '../domain/network-ranges.ts';

export { isPrivateAddress };

/** The address to connect to for `host`, or undefined when it may not be reached. */
export async function reachableAddress(host: string, allowPrivate: boolean): Promise<string | undefined> {
  const literal = host.replace(/^\[|\]$/g, '');
  const address = isIP(literal) ? literal : (await lookup(host)).address;
  return allowPrivate || !isPrivateAddress(address) ? address : undefined;
}
