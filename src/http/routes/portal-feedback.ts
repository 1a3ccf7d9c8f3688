// The requester's feedback on a resolved ticket, from the residents' portal.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { residentOf } from '../access.ts';
import { ErrorResponse } from '../schemas/common.ts';
import { FeedbackInput, giveFeedback } from '../../portal/give-feedback.ts';
import { FeedbackAnswer } from '../schemas/feedback.ts';
import { presentFeedback } from '../feedback-presenter.ts';

/** Registers POST /portal/tickets/{number}/feedback. */
export function portalFeedbackRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post('/portal/tickets/:number/feedback', {
    config: { access: 'resident_write' },
    schema: {
      tags: ['portal'], summary: "The requester's feedback on their resolved ticket (once)",
      params: Type.Object({ number: Type.Integer({ minimum: 1 }) }),
      body: FeedbackInput,
      response: { 201: Type.Object({ feedback: FeedbackAnswer }), 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
    },
    handler: async (request, reply) => {
      const { number } = request.params as { number: number };
      const feedback = await giveFeedback(ctx, residentOf(request), number, request.body as never);
      return reply.status(201).send({ feedback: presentFeedback(feedback) });
    },
  });
}
