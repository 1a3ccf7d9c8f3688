// The "who acts" of a staff user: their name for the history, their channel.
import type { Db } from '../db/connection.ts';
import type { Actor } from '../auth/actor.ts';
import type { EventChannel } from '../domain/tickets/codes.ts';
import { findUser } from '../db/repositories/users.ts';
import type { Acting } from './action-scope.ts';

/** Staff acting through the web app or the API. */
export async function staffActing(db: Db, actor: Actor, channel: EventChannel): Promise<Acting> {
  const user = await findUser(db, actor.organizationId, actor.userId);
  return { type: 'staff', user: actor, name: user?.name ?? 'staff', channel: actor.via === 'token' ? 'api' : channel };
}
