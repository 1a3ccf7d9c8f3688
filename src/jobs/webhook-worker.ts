// The webhook worker: passes of deliverDueWebhooks in a loop, woken by a committed change (the
// outbox's NOTIFY, which webhook deliveries send too) or every second. A try takes at most
// WEBHOOK_RULES.timeoutSeconds, well inside the lease, so a live worker never loses what it holds;
// a dead worker's deliveries come back when their lease ends, for any worker.
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { deliverDueWebhooks, type PassCounts } from '../webhooks/deliver-due-webhooks.ts';

export interface WebhookWorker {
  wake(): void;
  stop(): Promise<void>;
  readonly counts: PassCounts;
}

/** Starts the loop in this process. */
export function startWebhookWorker(ctx: AppContext, options: { concurrency?: number; idleMilliseconds?: number; log?: (line: string) => void } = {}): WebhookWorker {
  const owner = randomUUID();
  const idle = options.idleMilliseconds ?? 1000;
  const log = options.log ?? (() => undefined);
  const counts: PassCounts = { delivered: 0, retrying: 0, failed: 0, lost: 0 };
  let stopping = false;
  let wakeRequested = false;
  let woken: (() => void) | undefined;
  const pause = () =>
    new Promise<void>((resolve) => {
      if (wakeRequested || stopping) return resolve();
      const timer = setTimeout(done, idle);
      function done() {
        clearTimeout(timer);
        woken = undefined;
        resolve();
      }
      woken = done;
    });
  const loop = (async () => {
    while (!stopping) {
      wakeRequested = false;
      try {
        const pass = await deliverDueWebhooks(ctx, owner, options.concurrency ?? 10);
        const total = Object.values(pass).reduce((a, b) => a + b, 0);
        for (const key of Object.keys(pass) as (keyof PassCounts)[]) counts[key] += pass[key];
        if (total > 0) continue;
      } catch (error) {
        if (!stopping) log(`webhooks: pass failed: ${(error as Error).message}`);
      }
      await pause();
    }
  })();
  return {
    counts,
    wake() {
      wakeRequested = true;
      woken?.();
    },
    async stop() {
      stopping = true;
      woken?.();
      await loop;
    },
  };
}
