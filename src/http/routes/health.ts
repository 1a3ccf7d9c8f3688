// GET /healthz: the process answers and its database too.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { ErrorResponse } from '../schemas/common.ts';

/** Registers /healthz. */
export function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/healthz', {
    config: { access: 'public' },
    schema: {
      tags: ['health'], summary: 'Liveness and database check',
      response: { 200: Type.Object({ status: Type.Literal('ok'), database: Type.String(), time: Type.String() }), 503: ErrorResponse },
    },
    handler: async () => {
      await ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: ctx.databaseKind, time: ctx.clock.now().toISOString() };
    },
  });
}
