// Server-sent events: the cockpit hears, without reloading, that a ticket of its agency changed
// (a contractor answered, a colleague acted), and refreshes what it shows.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS } from '../schemas/common.ts';
import { ticketScope, inTicketScope } from '../../tickets/ticket-access.ts';

const HEARTBEAT_MS = 25_000;

/** Registers GET /events/stream. */
export function liveRoutes(app: FastifyInstance, ctx: AppContext) {
  const open = new Set<() => void>();
  // Streams never go idle: end them before the server closes, or shutting down would wait on them.
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });
  app.get('/events/stream', {
    config: { access: 'tickets:work' },
    schema: {
      tags: ['tickets'],
      summary: 'Server-sent events: `ticket` with {"number","updatedAt"} each time a ticket of the agency changes',
      response: { 200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      // Whoever sees only some tickets (external agents, assistants) hears only of those: each change
      // names its property and assignee, and the reader's scope decides (as of the stream's start).
      const scope = await ticketScope(ctx.db, actor, ctx.clock.now());
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 5000\n\n');
      const unsubscribe = ctx.live.subscribe(actor.organizationId, (change) => {
        const seen = scope.kind === 'all' || (change.propertyId !== undefined && inTicketScope(scope, { propertyId: change.propertyId, assigneeId: change.assigneeId ?? null }));
        if (seen) res.write(`event: ticket\ndata: ${JSON.stringify({ number: change.number, updatedAt: change.updatedAt })}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      const end = () => {
        if (!open.delete(end)) return;
        clearInterval(heartbeat);
        unsubscribe();
        res.end();
      };
      open.add(end);
      request.raw.on('close', end);
    },
  });
}
