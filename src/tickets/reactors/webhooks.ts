// Reactor: the agency's outgoing webhooks (DOMAIN.md §16, docs/webhooks.md). Each change's
// webhook events (ticket created, changed, closed; a dispatch's state; a party's answer) become
// deliveries written in the change's transaction; the workers send them after the commit.
import { queueTicketWebhooks } from '../../webhooks/queue-webhook-deliveries.ts';
import type { Reactor } from '../ticket-change.ts';

export const webhooksReactor: Reactor = {
  name: 'webhooks',
  async react(db, ctx, changes) {
    await queueTicketWebhooks(db, ctx, changes);
  },
};
