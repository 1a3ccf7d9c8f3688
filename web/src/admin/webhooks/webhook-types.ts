// Webhooks and their deliveries as the API answers them (src/http/routes/webhooks.ts), derived
// from the answers' schemas with `import type`: nothing of the server enters the bundle.
import type { Static } from '@sinclair/typebox';
import type { Delivery as DeliverySchema, Webhook as WebhookSchema } from '../../../../src/http/routes/webhooks.ts';

export type Webhook = Static<typeof WebhookSchema>;
/** The answer of a creation or a renewal: the webhook with its secret, this once. */
export type WebhookWithSecret = Webhook & { secret: string };
export type Delivery = Static<typeof DeliverySchema>;
export type DeliveryTry = Delivery['tries'][number];

/** The query keys of this screen (under 'admin', like every admin list). */
export const webhookKeys = {
  all: ['admin', 'webhooks'] as const,
  list: ['admin', 'webhooks', 'list'] as const,
  deliveries: (id: string) => ['admin', 'webhooks', 'deliveries', id] as const,
};
