// The incident routes (DOMAIN.md §12): a report's duplicate suggestions, and several selected
// tickets merged into one incident. Linking, merging, undoing and updates of one ticket are its
// actions (POST /tickets/{number}/actions).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { performAction } from '../../tickets/perform-action.ts';
import { eachTicket } from '../../tickets/each-ticket.ts';
import { duplicateSuggestions } from '../../tickets/incidents/duplicate-suggestions.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS } from '../schemas/common.ts';
import * as S from '../schemas/tickets.ts';

const tags = ['tickets'];
const access = 'tickets:work' as const;

/** Registers the incident routes. */
export function incidentRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/tickets/:number/duplicate-suggestions', {
    config: { access },
    schema: {
      tags, summary: 'Tickets this one may duplicate: open incidents, then open tickets of the same place and category requested in the 48 hours before it',
      params: S.NumberParams, response: { 200: Type.Object({ items: Type.Array(S.DuplicateSuggestion) }), ...STAFF_ERRORS },
    },
    handler: async (request) => {
      const rows = await duplicateSuggestions(ctx, actorOf(request), (request.params as { number: number }).number);
      return { items: rows.map((r) => ({ ...r, requestedAt: r.requestedAt.toISOString() })) };
    },
  });

  app.post('/tickets/merge-into-incident', {
    config: { access },
    schema: {
      tags, summary: 'Merge several tickets into one incident: each linked and closed as its duplicate; the incident itself, if selected, is left alone',
      body: S.BulkMergeBody,
      response: { 200: Type.Object({ merged: Type.Array(Type.Integer()), failed: Type.Array(Type.Object({ number: Type.Integer(), code: Type.String(), message: Type.String() })) }), ...STAFF_ERRORS },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { numbers, incidentNumber } = request.body as Static<typeof S.BulkMergeBody>;
      const { done, failed } = await eachTicket(numbers.filter((n) => n !== incidentNumber), (n) => performAction(ctx, actor, n, { action: 'merge_into_incident', incidentNumber }));
      return { merged: done, failed };
    },
  });
}
