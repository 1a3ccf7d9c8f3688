// Reactor: the agency's outgoing webhooks (DOMAIN.md §16). This is their place in the commit path;
// deliveries will be written here, in the change's transaction, when webhooks are built. Today an
// agency has no webhook to call, so nothing is written.
import type { Reactor } from '../ticket-change.ts';

export const webhooksReactor: Reactor = {
  name: 'webhooks',
  async react() {},
};
