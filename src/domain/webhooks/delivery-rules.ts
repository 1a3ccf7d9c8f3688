// How webhook deliveries are tried (DOMAIN.md §16): states, the backoff between tries, when a
// delivery gives up and when a webhook that keeps failing is switched off. Times in seconds.

export const WEBHOOK_DELIVERY_STATES = ['queued', 'sending', 'delivered', 'failed'] as const;
export type WebhookDeliveryState = (typeof WEBHOOK_DELIVERY_STATES)[number];

export const WEBHOOK_RULES = {
  /** Tries of one delivery before it is `failed` (the first included). */
  maxAttempts: 8,
  /** The wait after the first failed try; it doubles after each one… */
  firstRetrySeconds: 30,
  /** …up to this. 30 s, 1, 2, 4, 8, 16, 32 min: a delivery gives up about an hour after its event. */
  maxRetrySeconds: 3600,
  /** Failed tries in a row (any delivery of the webhook, none succeeding between) that switch it
   * off, once they have gone on for `disableAfterFailingHours`: a burst of events during a
   * receiver's restart makes twenty failures in seconds, a dead receiver makes them for hours. */
  disableAfterFailures: 20,
  disableAfterFailingHours: 1,
  /** A receiver must answer within this many seconds. */
  timeoutSeconds: 10,
  /** How much of the receiver's answer is kept with each try. */
  keptResponseBytes: 4096,
  /** The lease of a worker sending a delivery; a dead worker's deliveries come back after it. */
  leaseSeconds: 30,
  /** Delivered and failed deliveries are kept this many days (the daily clean-up removes older ones). */
  keepDays: 30,
  /** A timestamp older than this is refused by receivers that follow docs/webhooks.md. */
  signatureToleranceSeconds: 300,
} as const;

/** The wait before try `attempt + 1` after try `attempt` (1-based) failed. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(WEBHOOK_RULES.firstRetrySeconds * 2 ** Math.max(attempt - 1, 0), WEBHOOK_RULES.maxRetrySeconds);
}

/** A 2xx answer is delivered; anything else (3xx included: redirects are not followed) is a failed try. */
export const isSuccessStatus = (status: number) => status >= 200 && status < 300;

/** Whether a webhook failing `failures` times in a row since `since` is switched off now. */
export function shouldSwitchOff(failures: number, since: Date | null, now: Date): boolean {
  return failures >= WEBHOOK_RULES.disableAfterFailures && since !== null && now.getTime() - since.getTime() >= WEBHOOK_RULES.disableAfterFailingHours * 3_600_000;
}

/** Where a delivery goes after a failed try. */
export function afterFailedAttempt(attempt: number): { state: 'queued'; retryInSeconds: number } | { state: 'failed' } {
  return attempt >= WEBHOOK_RULES.maxAttempts ? { state: 'failed' } : { state: 'queued', retryInSeconds: retryDelaySeconds(attempt) };
}
