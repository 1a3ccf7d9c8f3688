// GET /outbox: every email and SMS the agency sent, would send, or holds, with its recipients,
// rendered text, state and error. The personal links show as a placeholder: the outbox never
// holds a usable secret.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { OUTBOX_STATES } from '../../domain/messages/outbox-states.ts';
import { listOutbox, outboxCounts, type OutboxRow } from '../../db/repositories/outbox.ts';
import { findTicket, findTicketById } from '../../db/repositories/tickets.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS, ErrorResponse } from '../schemas/common.ts';
import { retryMessage } from '../../messages/retry-message.ts';
import { outboxScope } from '../../messages/outbox-scope.ts';
import { inTicketScope } from '../../tickets/ticket-access.ts';

const Query = Type.Object(
  {
    ticket: Type.Optional(Type.Integer({ minimum: 1 })),
    state: Type.Optional(Type.Union(OUTBOX_STATES.map((s) => Type.Literal(s)))),
    channel: Type.Optional(Type.Union([Type.Literal('email'), Type.Literal('sms')])),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

const Message = Type.Object(
  {
    id: Type.String(), channel: Type.String(), template: Type.String(), language: Type.String(), state: Type.String(),
    recipientName: Type.String(), recipients: Type.Array(Type.String()), subject: Type.Union([Type.String(), Type.Null()]),
    text: Type.String(), html: Type.Union([Type.String(), Type.Null()]), hasInvitation: Type.Boolean(),
    attempts: Type.Integer(), lastError: Type.Union([Type.String(), Type.Null()]), ticketNumber: Type.Union([Type.Integer(), Type.Null()]),
    createdAt: Type.String(), sentAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

const OutboxPage = Type.Object({ items: Type.Array(Message), nextCursor: Type.Union([Type.String(), Type.Null()]), counts: Type.Record(Type.String(), Type.Integer()) });

/** Registers GET /outbox and the retry of a message. */
export function outboxRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post('/outbox/:id/retry', {
    config: { access: 'outbox:read' },
    schema: {
      tags: ['outbox'], summary: 'Send a failed or held message again (now that the transport works)',
      params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
      response: { 200: Type.Object({ state: Type.String() }), ...STAFF_ERRORS, 409: ErrorResponse },
    },
    handler: async (request) => ({ state: await retryMessage(ctx, actorOf(request), (request.params as { id: string }).id) }),
  });

  app.get('/outbox', {
    config: { access: 'outbox:read' },
    schema: {
      tags: ['outbox'], summary: 'Every email and SMS of the agency, newest first, with state and error', querystring: Query,
      response: { 200: OutboxPage, ...STAFF_ERRORS },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const q = request.query as Static<typeof Query>;
      const access = await outboxScope(ctx, actor);
      const ticket = q.ticket ? await findTicket(ctx.db, actor.organizationId, q.ticket) : undefined;
      if (q.ticket && (!ticket || !inTicketScope(access, ticket))) throw new DomainError('not_found', 'Ticket not found.');
      const page = await listOutbox(ctx.db, { organizationId: actor.organizationId, ticketId: ticket?.id, state: q.state, channel: q.channel, limit: q.limit, cursor: q.cursor, access });
      if (page.invalidCursor) throw new DomainError('invalid_cursor', 'The cursor is not one this server gave out; start again from the first page.');
      const numbers = new Map<string, number>();
      if (ticket) numbers.set(ticket.id, ticket.number);
      const present = async (m: OutboxRow) => {
        if (m.ticketId && !numbers.has(m.ticketId)) {
          numbers.set(m.ticketId, (await findTicketById(ctx.db, m.ticketId))?.number ?? 0);
        }
        return {
          id: m.id, channel: m.channel, template: m.template, language: m.language, state: m.state, recipientName: m.recipientName, recipients: m.recipients,
          subject: m.subject, text: m.text, html: m.html, hasInvitation: m.ics !== null, attempts: m.attempts, lastError: m.lastError,
          ticketNumber: m.ticketId ? (numbers.get(m.ticketId) ?? null) : null, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null,
        };
      };
      const items = [];
      for (const m of page.items) items.push(await present(m));
      const counts = Object.fromEntries((await outboxCounts(ctx.db, actor.organizationId, access)).map((c) => [c.state, c.count]));
      return { items, nextCursor: page.nextCursor, counts };
    },
  });
}

/** One message of `GET /outbox`, as the web app reads it. */
export type OutboxMessageAnswer = Static<typeof Message>;
export type OutboxPageAnswer = Static<typeof OutboxPage>;
