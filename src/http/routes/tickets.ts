// The ticket routes: list, create, read, history, next steps, actions, time spent, read marks,
// bulk reassignment.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { createTicket } from '../../tickets/create-ticket.ts';
import { getTicket, ticketEvents } from '../../tickets/get-ticket.ts';
import { listTicketsFor, EXCERPT_LENGTH } from '../../tickets/list-tickets.ts';
import { performAction } from '../../tickets/perform-action.ts';
import { trackTime } from '../../tickets/time-spent.ts';
import { markRead } from '../../tickets/mark-read.ts';
import { eachTicket } from '../../tickets/each-ticket.ts';
import { staffLink } from '../../exchange/staff-link.ts';
import { CreateTicketInput, type CreateTicketInputT } from '../../tickets/ticket-input.ts';
import type { AnyActionInput } from '../../tickets/action-inputs.ts';
import { actorOf } from '../access.ts';
import { PageOf, STAFF_ERRORS, ErrorResponse } from '../schemas/common.ts';
import * as S from '../schemas/tickets.ts';
import { presentTicket, presentEvent, ticketSummary } from '../ticket-presenter.ts';

const tags = ['tickets'];
const access = 'tickets:work' as const;
const ACTION_ERRORS = { ...STAFF_ERRORS, 409: ErrorResponse, 422: ErrorResponse };

/** Registers the ticket routes. */
export function ticketRoutes(app: FastifyInstance, ctx: AppContext) {
  const number = (params: unknown) => (params as { number: number }).number;

  app.get('/tickets', {
    config: { access },
    schema: { tags, summary: 'The ticket list: scope, mine, filters, search, newest change first', querystring: S.TicketListQuery, response: { 200: PageOf(S.TicketListItem), ...STAFF_ERRORS } },
    handler: async (request) => {
      const { scope = 'open', ...filters } = request.query as Static<typeof S.TicketListQuery>;
      const page = await listTicketsFor(ctx, actorOf(request), { scope, ...filters });
      return {
        items: page.items.map((row) => ({
          ...ticketSummary(row.ticket, page.now, page.settings),
          descriptionExcerpt: row.ticket.descriptionStart.slice(0, EXCERPT_LENGTH),
          property: row.ticket.propertyId ? { id: row.ticket.propertyId, name: row.propertyName ?? '' } : null,
          unitReference: row.unitReference,
          contractors: row.contractors,
          assignee: row.ticket.assigneeId ? { id: row.ticket.assigneeId, name: row.assigneeName ?? '' } : null,
          photoCount: row.photoCount,
          photos: row.photoIds.map((id) => ({ id, url: `/api/v1/tickets/${row.ticket.number}/attachments/${id}` })),
          incidentNumber: row.incidentNumber,
        })),
        nextCursor: page.nextCursor,
      };
    },
  });

  app.post('/tickets', {
    config: { access },
    schema: { tags, summary: 'Create a ticket (ODS, DS, or a pending request)', body: CreateTicketInput, response: { 201: S.Ticket, ...ACTION_ERRORS } },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const created = await createTicket(ctx, actor, request.body as CreateTicketInputT);
      return reply.status(201).send(presentTicket(await getTicket(ctx, actor, created)));
    },
  });

  app.get('/tickets/:number', {
    config: { access },
    schema: { tags, summary: 'One ticket with its parties, dispatches, documents and next steps', params: S.NumberParams, response: { 200: S.Ticket, ...STAFF_ERRORS } },
    handler: async (request) => presentTicket(await getTicket(ctx, actorOf(request), number(request.params))),
  });

  app.get('/tickets/:number/events', {
    config: { access },
    schema: { tags, summary: 'The history, newest first; ?dispatchId or ?partyId shows one party only', params: S.NumberParams, querystring: S.EventsQuery, response: { 200: Type.Object({ items: Type.Array(S.TicketEvent) }), ...STAFF_ERRORS } },
    handler: async (request) => {
      const n = number(request.params);
      const rows = await ticketEvents(ctx, actorOf(request), n, request.query as Static<typeof S.EventsQuery>);
      return { items: rows.map((r) => presentEvent(n, r.event, r.attachments, r.delivery)) };
    },
  });

  app.get('/tickets/:number/actions', {
    config: { access },
    schema: { tags, summary: 'The actions available now, on the ticket and on each dispatch', params: S.NumberParams, response: { 200: Type.Object({ ticket: Type.Array(Type.String()), incident: Type.Array(Type.String()), dispatches: Type.Array(Type.Object({ dispatchId: Type.String(), actions: Type.Array(Type.String()) })) }), ...STAFF_ERRORS } },
    handler: async (request) => (await getTicket(ctx, actorOf(request), number(request.params))).next,
  });

  app.post('/tickets/:number/actions', {
    config: { access },
    schema: { tags, summary: 'Perform an action ({"action": name, …}); 409 action_not_available when the step does not allow it', params: S.NumberParams, body: S.ActionBody, response: { 200: S.Ticket, ...ACTION_ERRORS } },
    handler: async (request) => {
      const actor = actorOf(request);
      const n = number(request.params);
      await performAction(ctx, actor, n, request.body as AnyActionInput);
      return presentTicket(await getTicket(ctx, actor, n));
    },
  });

  app.post('/tickets/:number/time', {
    config: { access },
    schema: { tags, summary: 'Time spent: start, heartbeat (every 30 s) and stop while the ticket is open', params: S.NumberParams, body: S.TimeBody, response: { 200: Type.Object({ timeSpentSeconds: Type.Integer() }), ...STAFF_ERRORS } },
    handler: async (request) => ({ timeSpentSeconds: await trackTime(ctx, actorOf(request), number(request.params), (request.body as Static<typeof S.TimeBody>).event) }),
  });

  app.post('/tickets/:number/read', {
    config: { access },
    schema: { tags, summary: 'Mark the answers received on a ticket as read', params: S.NumberParams, response: { 204: Type.Null(), ...STAFF_ERRORS } },
    handler: async (request, reply) => {
      await markRead(ctx, actorOf(request), number(request.params));
      return reply.status(204).send();
    },
  });

  app.post('/tickets/:number/links', {
    config: { access },
    schema: {
      tags, summary: 'A new personal link for a contractor (dispatchId) or an approver (partyId), to pass on another way',
      params: S.NumberParams,
      body: Type.Object({ dispatchId: Type.Optional(Type.String({ format: 'uuid' })), partyId: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false }),
      response: { 201: Type.Object({ url: Type.String() }), ...ACTION_ERRORS },
    },
    handler: async (request, reply) => {
      const url = await staffLink(ctx, actorOf(request), number(request.params), request.body as { dispatchId?: string; partyId?: string });
      return reply.status(201).send({ url });
    },
  });

  app.post('/tickets/reassign', {
    config: { access },
    schema: {
      tags, summary: 'Hand several tickets to another staff member', body: S.BulkReassignBody,
      response: { 200: Type.Object({ reassigned: Type.Array(Type.Integer()), failed: Type.Array(Type.Object({ number: Type.Integer(), code: Type.String(), message: Type.String() })) }), ...STAFF_ERRORS },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { numbers, assigneeId } = request.body as Static<typeof S.BulkReassignBody>;
      const { done, failed } = await eachTicket(numbers, (n) => performAction(ctx, actor, n, { action: 'reassign', assigneeId }));
      return { reassigned: done, failed };
    },
  });
}
