// The inbound doors over HTTP (API.md: Inbound): POST /inbound/email takes one raw message with
// the agency's inbound secret; GET /settings/inbound tells app admins the addresses, the secret
// and the SMTP port; the "Messages reçus" screen reads every recorded message and its original.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import { INBOUND_OUTCOMES, INBOUND_REASONS } from '../../domain/inbound/outcomes.ts';
import { findInboundMessage, inboundMessagesPage, organizationByInboundSecret, ticketNumberById, type InboundMessageRow } from '../../db/repositories/inbound.ts';
import { actorOf } from '../access.ts';
import { STAFF_ERRORS, ErrorResponse, FileDownload } from '../schemas/common.ts';
import { receiveEmail } from '../../inbound/receive-email.ts';
import { inboundSettings, rotateInboundSecret } from '../../inbound/inbound-settings.ts';
import { originalOf, ticketOriginal } from '../../inbound/ticket-original.ts';
import { NumberParams } from '../schemas/tickets.ts';

const Result = Type.Object({
  outcome: Type.Union(INBOUND_OUTCOMES.map((o) => Type.Literal(o))),
  ticketNumber: Type.Optional(Type.Integer()),
  reason: Type.Optional(Type.String()),
  inboundMessageId: Type.Optional(Type.String()),
});

const Settings = Type.Object({
  domain: Type.String(),
  secret: Type.String(),
  smtpPort: Type.Union([Type.Integer(), Type.Null()]),
  endpoint: Type.String(),
  addresses: Type.Array(Type.Object({ address: Type.String(), kind: Type.String(), label: Type.String(), propertyId: Type.Optional(Type.String()), userId: Type.Optional(Type.String()) })),
});

const Message = Type.Object({
  id: Type.String(), channel: Type.String(), door: Type.String(), receivedAt: Type.String(), messageId: Type.Union([Type.String(), Type.Null()]),
  fromAddress: Type.Union([Type.String(), Type.Null()]), fromName: Type.Union([Type.String(), Type.Null()]), recipients: Type.Array(Type.String()),
  subject: Type.String(), outcome: Type.String(), reason: Type.Union([Type.String(), Type.Null()]), reasonText: Type.Union([Type.Object({ fr: Type.String(), en: Type.String() }), Type.Null()]),
  ticketNumber: Type.Union([Type.Integer(), Type.Null()]), rawSize: Type.Integer(), hasRaw: Type.Boolean(), report: Type.Unknown(),
});

function present(m: InboundMessageRow, ticketNumber: number | null) {
  return {
    id: m.id, channel: m.channel, door: m.door, receivedAt: m.receivedAt.toISOString(), messageId: m.messageId, fromAddress: m.fromAddress, fromName: m.fromName,
    recipients: m.recipients, subject: m.subject, outcome: m.outcome, reason: m.reason,
    reasonText: m.reason && m.reason in INBOUND_REASONS ? INBOUND_REASONS[m.reason as keyof typeof INBOUND_REASONS] : null,
    ticketNumber, rawSize: m.rawSize, hasRaw: m.hasRaw, report: m.report,
  };
}

/** The agency whose inbound secret the Bearer header carries. */
async function organizationOfSecret(ctx: AppContext, header: string | undefined) {
  const secret = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!secret) throw new DomainError('unauthenticated', 'Send the agency’s inbound secret as "Authorization: Bearer <secret>" (Settings → Inbound email).');
  const organization = await organizationByInboundSecret(ctx.db, secret);
  if (!organization?.inboundSecret || !timingSafeEqual(Buffer.from(organization.inboundSecret), Buffer.from(secret))) {
    throw new DomainError('unauthenticated', 'This inbound secret is not valid (it may have been renewed).');
  }
  return organization;
}

/** The headers of a downloaded original: never shown as a page, never sniffed. */
function sendOriginal(reply: FastifyReply, message: InboundMessageRow) {
  return reply
    .header('content-type', message.channel === 'email' ? 'message/rfc822' : 'application/json')
    .header('content-disposition', `attachment; filename="message-${message.id.slice(0, 8)}.${message.channel === 'email' ? 'eml' : 'json'}"`)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', 'sandbox');
}

export function inboundRoutes(app: FastifyInstance, ctx: AppContext) {
  app.register(async (scope) => {
    // Encapsulated: raw messages (and their larger limit) only on this route.
    scope.addContentTypeParser('message/rfc822', { parseAs: 'buffer', bodyLimit: ctx.config.inbound.maxBytes + 64 * 1024 }, (_request, body, done) => done(null, body));
    scope.post('/inbound/email', {
      config: { access: 'public' },
      bodyLimit: ctx.config.inbound.maxBytes + 64 * 1024,
      schema: {
        tags: ['inbound'],
        security: [{ inboundSecret: [] }],
        summary: 'Take one raw email (Content-Type: message/rfc822) for the agency of the inbound secret',
        description: 'Answers 202 with what the message became: ticket_created, answer_added (a reply joined its ticket), ignored (automatic mail: out-of-office, bounce, list, loop) or refused, with the reason. The same message sent twice answers what it became the first time.',
        consumes: ['message/rfc822'],
        response: { 202: Result, 400: ErrorResponse, 401: ErrorResponse, 413: ErrorResponse, 415: ErrorResponse },
      },
      handler: async (request, reply) => {
        const organization = await organizationOfSecret(ctx, request.headers.authorization);
        const raw = request.body as Buffer | undefined;
        if (!raw || raw.length === 0) throw new DomainError('empty_message', 'The body is empty: send the raw message.');
        const result = await receiveEmail(ctx, { raw, door: 'http', organizationId: organization.id });
        return reply.code(202).send(result);
      },
    });
  });

  app.get('/settings/inbound', {
    config: { access: 'settings:write' },
    schema: { tags: ['inbound'], summary: 'The agency’s inbound addresses, its inbound secret and the SMTP port', response: { 200: Settings, ...STAFF_ERRORS } },
    handler: async (request) => inboundSettings(ctx, actorOf(request).organizationId),
  });

  app.post('/settings/inbound/secret', {
    config: { access: 'settings:write' },
    schema: { tags: ['inbound'], summary: 'Renew the inbound secret (the old one stops working at once)', response: { 200: Settings, ...STAFF_ERRORS } },
    handler: async (request) => {
      const { organizationId } = actorOf(request);
      await rotateInboundSecret(ctx, organizationId);
      return inboundSettings(ctx, organizationId);
    },
  });

  app.get('/inbound-messages', {
    config: { access: 'inbound:read' },
    schema: {
      tags: ['inbound'], summary: 'Every message received (email, SMS, web form), newest first, with what it became and why',
      querystring: Type.Object({
        outcome: Type.Optional(Type.Union(INBOUND_OUTCOMES.map((o) => Type.Literal(o)))),
        limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
        cursor: Type.Optional(Type.String({ maxLength: 200 })),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(Message), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...STAFF_ERRORS },
    },
    handler: async (request) => {
      const { organizationId } = actorOf(request);
      const page = await inboundMessagesPage(ctx.db, organizationId, request.query as { limit: number; cursor?: string; outcome?: string });
      return {
        nextCursor: page.nextCursor,
        items: page.items.map(({ message, ticketNumber }) => present(message, ticketNumber ?? null)),
      };
    },
  });

  app.get('/inbound-messages/:id', {
    config: { access: 'inbound:read' },
    schema: { tags: ['inbound'], summary: 'One message received, with what it became and why', params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }), response: { 200: Message, ...STAFF_ERRORS } },
    handler: async (request) => {
      const { organizationId } = actorOf(request);
      const message = await findInboundMessage(ctx.db, organizationId, (request.params as { id: string }).id);
      if (!message) throw notFound('Message');
      const ticketNumber = message.ticketId ? await ticketNumberById(ctx.db, organizationId, message.ticketId) : undefined;
      return present(message, ticketNumber ?? null);
    },
  });

  app.get('/inbound-messages/:id/raw', {
    config: { access: 'inbound:read' },
    schema: { tags: ['inbound'], summary: 'The message as it came (message/rfc822), to download', params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }), response: { 200: FileDownload, ...STAFF_ERRORS } },
    handler: async (request, reply) => {
      const { organizationId } = actorOf(request);
      const message = await findInboundMessage(ctx.db, organizationId, (request.params as { id: string }).id);
      if (!message?.hasRaw) throw notFound('Message');
      return sendOriginal(reply, message).send(await originalOf(ctx, message));
    },
  });

  // The history's "Message complet": the original of a request or an answer of a ticket the reader may see.
  app.get('/tickets/:number/inbound-messages/:id/raw', {
    config: { access: 'tickets:work' },
    schema: {
      tags: ['tickets'], summary: 'The original of a message that joined this ticket (message/rfc822), to download',
      params: Type.Object({ number: NumberParams.properties.number, id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
      response: { 200: FileDownload, ...STAFF_ERRORS },
    },
    handler: async (request, reply) => {
      const { number, id } = request.params as { number: number; id: string };
      const { message, body } = await ticketOriginal(ctx, actorOf(request), number, id);
      return sendOriginal(reply, message).send(body);
    },
  });
}

/** GET /settings/inbound, as the settings screen reads it. */
export type InboundSettingsAnswer = Static<typeof Settings>;
/** One row of GET /inbound-messages ("Messages reçus"). */
export type InboundMessageAnswer = Static<typeof Message>;
