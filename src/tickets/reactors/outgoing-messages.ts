// Reactor: the messages the new events call for (notification rules → templates → outbox rows
// and their delivery), written with the change.
import { queueMessagesOfChanges } from '../../messages/queue-messages.ts';
import type { Reactor } from '../ticket-change.ts';

export const outgoingMessagesReactor: Reactor = {
  name: 'outgoing-messages',
  async react(db, ctx, changes) {
    await queueMessagesOfChanges(db, ctx, changes);
  },
};
