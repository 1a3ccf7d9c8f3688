// Checks the history a test left behind against the event catalogue: every stored event is one
// of its types, and its payload is one its schema accepts.
import { Value } from '@sinclair/typebox/value';
import { ticketEvents } from '../../src/db/schema/index.ts';
import { EVENTS, isEventType } from '../../src/domain/tickets/events.ts';
import type { AppContext } from '../../src/context.ts';

/** One line per stored event that the catalogue does not describe (none, when all is well);
 * also how many events were checked and of which types. */
export async function checkStoredEvents(ctx: AppContext): Promise<{ checked: number; types: Set<string>; problems: string[] }> {
  const rows = await ctx.db.select({ type: ticketEvents.type, direction: ticketEvents.direction, payload: ticketEvents.payload, seq: ticketEvents.seq }).from(ticketEvents);
  const problems: string[] = [];
  for (const row of rows) {
    const type: string = row.type;
    if (!isEventType(type)) {
      problems.push(`${type}: not in the catalogue`);
      continue;
    }
    const spec = EVENTS[type];
    if (row.direction !== spec.direction) problems.push(`${type}: direction ${row.direction}, the catalogue says ${spec.direction}`);
    for (const error of Value.Errors(spec.payload, row.payload)) problems.push(`${type} ${JSON.stringify(row.payload)}: ${error.path || '/'} ${error.message}`);
  }
  return { checked: rows.length, types: new Set(rows.map((r) => r.type)), problems: [...new Set(problems)] };
}
