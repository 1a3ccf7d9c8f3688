// One try of a claimed delivery, and what follows it, recorded by the lease holder in one
// transaction: the try (status, the start of the answer, the error, the time it took), the
// delivery's state (delivered; queued again after the backoff; failed after the last try), the
// webhook's failures in a row and, when they reach the limit, the webhook switched off.
import type { AppContext } from '../context.ts';
import { afterFailedAttempt, isSuccessStatus, WEBHOOK_RULES } from '../domain/webhooks/delivery-rules.ts';
import { unsealSecret } from '../channels/sealed-secret.ts';
import { countWebhookFailure, finishDeliveryTry, insertAttempt, resetWebhookFailures, type WebhookDeliveryRow, type WebhookRow } from '../db/repositories/webhooks.ts';
import { postWebhook, type TryResult } from './post-webhook.ts';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature.ts';
import { switchOffIfFailing } from './switch-off-failing-webhook.ts';

export const WEBHOOK_SECRET_LABEL = 'webhook-signing-secret';

export type TryOutcome = 'delivered' | 'retrying' | 'failed' | 'lost';

/** The headers a receiver reads (docs/webhooks.md). */
export function deliveryHeaders(delivery: WebhookDeliveryRow, secret: string, body: string, timestamp: number): Record<string, string> {
  return {
    [SIGNATURE_HEADER]: signatureHeader(secret, timestamp, body),
    'gardien-event': delivery.eventType,
    'gardien-event-id': delivery.eventId,
    'gardien-delivery': delivery.id,
  };
}

/** Sends `delivery` (claimed by `owner`) once and records the outcome. */
export async function deliverWebhook(ctx: AppContext, hook: WebhookRow, delivery: WebhookDeliveryRow, owner: string): Promise<TryOutcome> {
  const body = JSON.stringify(delivery.payload);
  const secret = unsealSecret(ctx.secret, WEBHOOK_SECRET_LABEL, hook.secretSealed);
  const attemptedAt = ctx.clock.now();
  const result: TryResult = secret === undefined
    ? { status: null, body: null, error: 'secret_unreadable: the signing secret cannot be read with this GARDIEN_SECRET; renew it', durationMs: 0 }
    : await postWebhook({
        url: hook.url, body, headers: deliveryHeaders(delivery, secret, body, Math.floor(attemptedAt.getTime() / 1000)),
        allowPrivate: ctx.config.webhooks.privateHosts, timeoutMs: WEBHOOK_RULES.timeoutSeconds * 1000, keepBytes: WEBHOOK_RULES.keptResponseBytes,
      });
  const success = result.status !== null && isSuccessStatus(result.status);
  const error = success ? null : (result.error ?? `http_${result.status}: the receiver answered ${result.status}`);
  const attempt = delivery.attempts + 1;
  return ctx.db.transaction(async (db) => {
    const now = ctx.clock.now();
    const next = success ? undefined : afterFailedAttempt(attempt);
    const recorded = await finishDeliveryTry(db, delivery.id, owner, {
      state: success ? 'delivered' : next!.state,
      lastStatus: result.status, lastError: error,
      ...(success ? { deliveredAt: now } : {}),
      ...(next?.state === 'queued' ? { availableAt: new Date(now.getTime() + next.retryInSeconds * 1000) } : {}),
    });
    if (!recorded) return 'lost';
    await insertAttempt(db, { deliveryId: delivery.id, attemptedAt, responseStatus: result.status, responseBody: result.body, error: result.error, durationMs: result.durationMs });
    if (success) {
      await resetWebhookFailures(db, hook.id);
      return 'delivered';
    }
    const counted = await countWebhookFailure(db, hook.id, attemptedAt);
    if (counted) await switchOffIfFailing(db, ctx, counted, error!);
    return next!.state === 'failed' ? 'failed' : 'retrying';
  });
}
