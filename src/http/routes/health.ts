// GET /healthz: the process answers and its database too.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { pingDatabase } from '../../db/repositories/health.ts';
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
      await pingDatabase(ctx.db);
      return { status: 'ok' as const, database: ctx.databaseKind, time: ctx.clock.now().toISOString() };
    },
  });
}
