// What an app admin sends to register or change a webhook.
import { Type, type Static } from '@sinclair/typebox';
import { WEBHOOK_EVENT_TYPES } from '../domain/webhooks/webhook-events.ts';

const EventTypes = Type.Array(Type.Union(WEBHOOK_EVENT_TYPES.map((t) => Type.Literal(t))), { minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length, uniqueItems: true, description: 'The event types it receives' });

export const WebhookInput = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2000, description: 'Where deliveries are POSTed (https://…)' }),
    description: Type.Optional(Type.String({ maxLength: 200 })),
    eventTypes: EventTypes,
  },
  { additionalProperties: false },
);
export type WebhookInput = Static<typeof WebhookInput>;

export const WebhookPatch = Type.Object(
  {
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
    description: Type.Optional(Type.String({ maxLength: 200 })),
    eventTypes: Type.Optional(EventTypes),
    active: Type.Optional(Type.Boolean({ description: 'false switches it off; true switches it on again, and what waited leaves' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type WebhookPatch = Static<typeof WebhookPatch>;
