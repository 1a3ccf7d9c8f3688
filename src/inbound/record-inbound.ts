// Every door records what came in through here (email, SMS, web form, inspection), so the
// metrics count each recorded message once, by channel and outcome. A message seen again is not
// recorded again (its dedupe key), so it is not counted again either.
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import { insertInboundMessage, type NewInboundMessage } from '../db/repositories/inbound.ts';

/** Records a message; undefined when one with the same dedupe key exists (the same message again). */
export async function recordInbound(ctx: AppContext, db: Db, row: NewInboundMessage): Promise<{ id: string } | undefined> {
  const inserted = await insertInboundMessage(db, row);
  if (inserted) ctx.metrics?.inbound.inc({ channel: row.channel, outcome: row.outcome });
  return inserted;
}
