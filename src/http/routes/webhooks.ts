// The agency's outgoing webhooks (API.md: GET|POST /webhooks, GET /webhooks/{id}/deliveries), for
// app admins: register (the secret answered once), change, switch off or on, renew the secret,
// remove; each one's deliveries with their tries, one delivery, a replay.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import { WEBHOOK_DELIVERY_STATES, type WebhookDeliveryState } from '../../domain/webhooks/delivery-rules.ts';
import { WEBHOOK_EVENT_TYPES } from '../../domain/webhooks/webhook-events.ts';
import { actorOf } from '../access.ts';
import { ErrorResponse, PageOf, STAFF_ERRORS, Timestamp, Uuid } from '../schemas/common.ts';
import { WebhookInput, WebhookPatch } from '../../webhooks/webhook-input.ts';
import { createWebhook } from '../../webhooks/create-webhook.ts';
import { changeWebhook } from '../../webhooks/change-webhook.ts';
import { renewWebhookSecret } from '../../webhooks/renew-webhook-secret.ts';
import { removeWebhook } from '../../webhooks/remove-webhook.ts';
import { webhookOfAgency, webhooksOfAgency, type WebhookWithCounts } from '../../webhooks/list-webhooks.ts';
import { deliveriesOfWebhook, deliveryOfWebhook, type DeliveryWithAttempts } from '../../webhooks/webhook-deliveries.ts';
import { replayDelivery } from '../../webhooks/replay-delivery.ts';
import type { WebhookRow } from '../../db/repositories/webhooks.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const StateCounts = Type.Object(Object.fromEntries(WEBHOOK_DELIVERY_STATES.map((s) => [s, Type.Integer()])) as Record<WebhookDeliveryState, ReturnType<typeof Type.Integer>>);
const EventType = Type.Union(WEBHOOK_EVENT_TYPES.map((t) => Type.Literal(t)));

export const Webhook = Type.Object({
  id: Uuid, url: Type.String(), description: Type.String(), eventTypes: Type.Array(EventType),
  active: Type.Boolean(), disabledReason: Nullable(Type.Union([Type.Literal('admin'), Type.Literal('failures')])), disabledAt: Nullable(Timestamp),
  consecutiveFailures: Type.Integer({ description: 'Failed tries in a row; it is switched off at 20' }),
  secretHint: Type.String({ description: 'The secret\'s last four characters, never the secret' }),
  counts: StateCounts, createdAt: Timestamp, updatedAt: Timestamp,
});
const WithSecret = Type.Intersect([Webhook, Type.Object({ secret: Type.String({ description: 'The signing secret: shown this once' }) })]);

const Try = Type.Object({
  attemptedAt: Timestamp, responseStatus: Nullable(Type.Integer()), responseBody: Nullable(Type.String()), error: Nullable(Type.String()), durationMs: Type.Integer(),
});
export const Delivery = Type.Object({
  id: Uuid, webhookId: Uuid, eventType: EventType, eventId: Uuid, state: Type.Union(WEBHOOK_DELIVERY_STATES.map((s) => Type.Literal(s))),
  attempts: Type.Integer(), lastStatus: Nullable(Type.Integer()), lastError: Nullable(Type.String()),
  nextAttemptAt: Nullable(Timestamp), replayOf: Nullable(Uuid), createdAt: Timestamp, deliveredAt: Nullable(Timestamp),
  payload: Type.Record(Type.String(), Type.Unknown()), tries: Type.Array(Try),
});

const iso = (date: Date | null) => (date ? date.toISOString() : null);

const presentWebhook = (hook: WebhookRow & Partial<Pick<WebhookWithCounts, 'counts'>>) => ({
  id: hook.id, url: hook.url, description: hook.description, eventTypes: hook.eventTypes, active: hook.active,
  disabledReason: hook.disabledReason ?? null, disabledAt: iso(hook.disabledAt), consecutiveFailures: hook.consecutiveFailures,
  secretHint: hook.secretHint, counts: hook.counts ?? { queued: 0, sending: 0, delivered: 0, failed: 0 },
  createdAt: hook.createdAt.toISOString(), updatedAt: hook.updatedAt.toISOString(),
});

const presentDelivery = (row: DeliveryWithAttempts) => ({
  id: row.id, webhookId: row.webhookId, eventType: row.eventType, eventId: row.eventId, state: row.state, attempts: row.attempts,
  lastStatus: row.lastStatus, lastError: row.lastError, nextAttemptAt: row.state === 'queued' ? row.availableAt.toISOString() : null,
  replayOf: row.replayOf, createdAt: row.createdAt.toISOString(), deliveredAt: iso(row.deliveredAt), payload: row.payload,
  tries: row.tries.map((t) => ({ attemptedAt: t.attemptedAt.toISOString(), responseStatus: t.responseStatus, responseBody: t.responseBody, error: t.error, durationMs: t.durationMs })),
});

const HookParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const DeliveryParams = Type.Object({ id: Uuid, deliveryId: Uuid }, { additionalProperties: false });
const DeliveryQuery = Type.Object(
  {
    state: Type.Optional(Type.Union(WEBHOOK_DELIVERY_STATES.map((s) => Type.Literal(s)))),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
const ERRORS = { ...STAFF_ERRORS, 422: ErrorResponse };
const access = { access: 'webhooks:manage' } as const;
const tags = ['webhooks'];

/** Registers the webhooks' routes. */
export function webhookRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/webhooks', {
    config: access,
    schema: { tags, summary: 'The agency\'s webhooks, with their deliveries counted by state', response: { 200: Type.Object({ items: Type.Array(Webhook) }), ...STAFF_ERRORS } },
    handler: async (request) => ({ items: (await webhooksOfAgency(ctx, actorOf(request))).map(presentWebhook) }),
  });

  app.post('/webhooks', {
    config: access,
    schema: { tags, summary: 'Register a webhook; its signing secret is in this answer only', body: WebhookInput, response: { 201: WithSecret, ...ERRORS } },
    handler: async (request, reply) => {
      const { webhook, secret } = await createWebhook(ctx, actorOf(request), request.body as Static<typeof WebhookInput>);
      return reply.status(201).send({ ...presentWebhook(webhook), secret });
    },
  });

  app.get('/webhooks/:id', {
    config: access,
    schema: { tags, summary: 'One webhook', params: HookParams, response: { 200: Webhook, ...STAFF_ERRORS } },
    handler: async (request) => presentWebhook(await webhookOfAgency(ctx, actorOf(request), (request.params as { id: string }).id)),
  });

  app.patch('/webhooks/:id', {
    config: access,
    schema: { tags, summary: 'Change a webhook, or switch it off (active: false) or on again', params: HookParams, body: WebhookPatch, response: { 200: Webhook, ...ERRORS } },
    handler: async (request) => {
      const actor = actorOf(request);
      const { id } = request.params as { id: string };
      await changeWebhook(ctx, actor, id, request.body as Static<typeof WebhookPatch>);
      return presentWebhook(await webhookOfAgency(ctx, actor, id));
    },
  });

  app.delete('/webhooks/:id', {
    config: access,
    schema: { tags, summary: 'Remove a webhook with its deliveries', params: HookParams, response: { 204: Type.Null(), ...STAFF_ERRORS } },
    handler: async (request, reply) => {
      await removeWebhook(ctx, actorOf(request), (request.params as { id: string }).id);
      return reply.status(204).send();
    },
  });

  app.post('/webhooks/:id/secret', {
    config: access,
    schema: { tags, summary: 'A new signing secret (answered this once); the old one stops at once', params: HookParams, response: { 200: WithSecret, ...STAFF_ERRORS } },
    handler: async (request) => {
      const { webhook, secret } = await renewWebhookSecret(ctx, actorOf(request), (request.params as { id: string }).id);
      return { ...presentWebhook(webhook), secret };
    },
  });

  app.get('/webhooks/:id/deliveries', {
    config: access,
    schema: { tags, summary: 'A webhook\'s deliveries, newest first, with each try\'s status and answer', params: HookParams, querystring: DeliveryQuery, response: { 200: PageOf(Delivery), ...STAFF_ERRORS } },
    handler: async (request) => {
      const page = await deliveriesOfWebhook(ctx, actorOf(request), (request.params as { id: string }).id, request.query as Static<typeof DeliveryQuery>);
      return { items: page.items.map(presentDelivery), nextCursor: page.nextCursor };
    },
  });

  app.get('/webhooks/:id/deliveries/:deliveryId', {
    config: access,
    schema: { tags, summary: 'One delivery with its body and every try', params: DeliveryParams, response: { 200: Delivery, ...STAFF_ERRORS } },
    handler: async (request) => {
      const { id, deliveryId } = request.params as Static<typeof DeliveryParams>;
      return presentDelivery(await deliveryOfWebhook(ctx, actorOf(request), id, deliveryId));
    },
  });

  app.post('/webhooks/:id/deliveries/:deliveryId/replay', {
    config: access,
    schema: { tags, summary: 'Send a delivery again: the same event and body, queued now', params: DeliveryParams, response: { 201: Delivery, ...STAFF_ERRORS, 409: ErrorResponse } },
    handler: async (request, reply) => {
      const { id, deliveryId } = request.params as Static<typeof DeliveryParams>;
      const replay = await replayDelivery(ctx, actorOf(request), id, deliveryId);
      return reply.status(201).send(presentDelivery({ ...replay, tries: [] }));
    },
  });
}
