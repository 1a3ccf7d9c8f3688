// The test clock (API.md): only with GARDIEN_TEST_CLOCK=1. Moving it runs whatever fell due —
// the automation pass, then the delivery of the messages it queued and of the webhooks' due deliveries.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { SettableClock, type AppContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { parseIsoDuration } from '../../domain/iso-duration.ts';
import { runAutomation } from '../../automation/run-automation.ts';
import { deliverQueued } from '../../messages/deliver-queued.ts';
import { deliverDueWebhooks } from '../../webhooks/deliver-due-webhooks.ts';
import { ErrorResponse } from '../schemas/common.ts';

const Body = Type.Object(
  { advance: Type.Optional(Type.String({ maxLength: 40 })), set: Type.Optional(Type.String({ format: 'date-time' })) },
  { additionalProperties: false, minProperties: 1, maxProperties: 1 },
);
// Dates the database and ISO 8601 both carry plainly: from the Unix epoch to the end of year 9999.
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(10000, 0, 1) - 1;

function outOfRange(field: string): DomainError {
  return new DomainError('validation_failed', `${field} must lead to a date between 1970 and 9999; the clock has not moved.`, [{ in: 'body', field, message: 'is out of range' }]);
}

// The webhook deliveries the test clock sends hold this worker's lease.
const TEST_CLOCK_WORKER = '00000000-0000-4000-8000-00000000c10c';

const Now = Type.Object({ now: Type.String() }, { additionalProperties: true });

/** Registers GET and POST /test-clock when the server runs on the test clock. */
export function testClockRoutes(app: FastifyInstance, ctx: AppContext) {
  const clock = ctx.clock;
  if (!ctx.config.testClock || !(clock instanceof SettableClock)) return;
  app.get('/test-clock', {
    config: { access: 'public' },
    schema: { tags: ['test'], summary: 'The test clock (only with GARDIEN_TEST_CLOCK=1)', response: { 200: Now } },
    handler: async () => ({ now: clock.now().toISOString() }),
  });
  app.post('/test-clock', {
    config: { access: 'public' },
    schema: { tags: ['test'], summary: 'Move the test clock ({"advance":"P8D"} or {"set":"…"}) and run what fell due', body: Body, response: { 200: Now, 400: ErrorResponse } },
    handler: async (request) => {
      const body = request.body as Static<typeof Body>;
      if (body.advance !== undefined) {
        const ms = parseIsoDuration(body.advance);
        if (ms === undefined) throw new DomainError('validation_failed', 'advance is an ISO 8601 duration such as P8D or PT2H30M.', [{ field: 'advance', message: 'is not a duration' }]);
        const next = clock.current.getTime() + ms;
        if (!(next >= EARLIEST && next <= LATEST)) throw outOfRange('advance');
        clock.current = new Date(next);
      } else {
        const next = new Date(body.set!).getTime();
        if (!(next >= EARLIEST && next <= LATEST)) throw outOfRange('set');
        clock.current = new Date(next);
      }
      const automation = await runAutomation(ctx);
      const delivered = await deliverQueued(ctx);
      const webhooks = await deliverDueWebhooks(ctx, TEST_CLOCK_WORKER, 100);
      return { now: clock.now().toISOString(), automation, delivered, webhooks };
    },
  });
}
