// Server-sent events: the cockpit hears, without reloading, that a ticket of its agency changed
// (a contractor answered, a colleague acted), and refreshes what it shows.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS } from '../schemas/common.ts';
import { ticketScope } from '../../tickets/ticket-access.ts';

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
      // Whoever sees only some tickets (external agents, assistants) gets no stream: it would tell
      // them of the others (the change names no assignee nor property to filter on).
      const partial = (await ticketScope(ctx.db, actor, ctx.clock.now())).kind !== 'all';
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
      const unsubscribe = partial
        ? () => undefined
        : ctx.live.subscribe(actor.organizationId, (change) => {
            res.write(`event: ticket\ndata: ${JSON.stringify({ number: change.number, updatedAt: change.updatedAt })}\n\n`);
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
