// The delivery worker: claims due messages straight from the outbox (SKIP LOCKED, under a lease
// of this process), keeps up to `concurrency` sends in flight over pooled SMTP connections, and
// renews its lease while it lives. A worker that dies stops renewing: its messages come back to
// the queue when the lease ends (LEASE_SECONDS), for any worker to send.
//
// What "never twice" means here: a message recorded `sent` is never claimed again; two live
// workers never hold the same message (the claim is one UPDATE on rows locked with SKIP LOCKED,
// and a worker starts a send only while its lease is sure to hold); a result is recorded only by
// the lease holder. The one window left is SMTP's own: between the server's "250 OK" after the
// message and our commit of `sent` (a millisecond or two), a killed worker leaves a message that
// was accepted but is not recorded; it is sent again, with the same Message-ID, which lets
// receiving systems recognise it.
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { claimDueMessages, renewLeases, type OutboxRow } from '../db/repositories/outbox.ts';
import { deliverClaimed, LEASE_SECONDS, type DeliveryOutcome } from '../messages/deliver-message.ts';

export interface DeliveryWorkerOptions {
  /** Sends in flight at once (the SMTP pool's connections are shared by them). */
  concurrency?: number;
  /** How long to wait for work when the queue is empty and no notification came. */
  idleMilliseconds?: number;
  leaseSeconds?: number;
  log?: (message: string) => void;
}

export interface DeliveryWorker {
  /** Looks for due messages now (a change queued some). */
  wake(): void;
  /** Stops claiming, lets the sends in flight finish and record. */
  stop(): Promise<void>;
  /** What this worker did so far. */
  readonly counts: Record<DeliveryOutcome, number>;
  /** The id its leases carry (`claimed_by`). */
  readonly owner: string;
}

export const DELIVERY_CONCURRENCY = 10;

/** Starts a delivery worker in this process. */
export function startDeliveryWorker(ctx: AppContext, options: DeliveryWorkerOptions = {}): DeliveryWorker {
  const owner = randomUUID();
  const concurrency = options.concurrency ?? DELIVERY_CONCURRENCY;
  const leaseSeconds = options.leaseSeconds ?? LEASE_SECONDS;
  const idle = options.idleMilliseconds ?? 1000;
  const log = options.log ?? (() => undefined);
  const counts: Record<DeliveryOutcome, number> = { sent: 0, retrying: 0, failed: 0, lost: 0 };
  const inFlight = new Set<Promise<void>>();
  // The ids being sent: only these are renewed, so a message whose send or record broke (the
  // database gone mid-way) is not held for ever but comes back when its lease ends.
  const held = new Set<string>();
  let stopping = false;
  let woken: (() => void) | undefined;
  let wakeRequested = false;
  // When the lease of everything this worker holds was last extended (monotonic clock): while
  // renewals fail, the worker claims nothing new.
  let leaseSince = performance.now();
  const margin = Math.max(leaseSeconds / 3, 1) * 1000;
  const leaseHolds = () => performance.now() - leaseSince < leaseSeconds * 1000 - margin;

  const wake = () => {
    wakeRequested = true;
    woken?.();
  };
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      if (wakeRequested || stopping) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        if (woken === done) woken = undefined;
        resolve();
      }
      woken = done;
    });
  const slotFreed = () => (inFlight.size > 0 ? Promise.race(inFlight) : Promise.resolve());

  const renewal = setInterval(() => {
    const started = performance.now();
    renewLeases(ctx.db, owner, [...held], leaseSeconds).then(
      () => (leaseSince = Math.max(leaseSince, started)),
      (error: Error) => log(`delivery: lease not renewed: ${error.message}`),
    );
  }, margin);
  renewal.unref();

  function start(row: OutboxRow) {
    const task = deliverClaimed(ctx, row, owner, { retries: ctx.config.deliveryRetries, retrySeconds: ctx.config.deliveryRetrySeconds })
      .then(
        (outcome) => {
          counts[outcome]++;
          if (outcome === 'lost') log(`delivery: message ${row.id} was taken over by another worker`);
        },
        (error: Error) => log(`delivery: message ${row.id}: ${error.message}`),
      )
      .finally(() => {
        inFlight.delete(task);
        held.delete(row.id);
      });
    held.add(row.id);
    inFlight.add(task);
  }

  const loop = (async () => {
    while (!stopping) {
      // Claim when at least half the slots are free, so claims go in batches.
      if (inFlight.size > concurrency / 2) {
        await slotFreed();
        continue;
      }
      if (!leaseHolds()) {
        // Renewals have been failing (the database is out of reach): take no new work until they succeed.
        log('delivery: the lease could not be renewed; no new claims until it is');
        await pause(idle);
        continue;
      }
      wakeRequested = false;
      let claimed: OutboxRow[];
      try {
        // Each claimed row's lease starts now: its send starts at once, well inside it.
        claimed = await claimDueMessages(ctx.db, owner, concurrency - inFlight.size, leaseSeconds);
      } catch (error) {
        if (!stopping) log(`delivery: claim failed: ${(error as Error).message}`);
        await pause(idle);
        continue;
      }
      for (const row of claimed) start(row);
      if (claimed.length === 0) {
        if (inFlight.size > 0) await Promise.race([slotFreed(), pause(idle)]);
        else await pause(idle);
      }
    }
    await Promise.allSettled([...inFlight]);
  })();

  return {
    wake,
    counts,
    owner,
    async stop() {
      stopping = true;
      woken?.();
      await loop;
      clearInterval(renewal);
    },
  };
}
