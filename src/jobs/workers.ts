// The worker role: the delivery worker on the outbox, and pg-boss handlers, each a thin call
// into a use case.
import type { AppContext } from '../context.ts';
import { runAutomation } from '../automation/run-automation.ts';
import { AUTOMATION_QUEUE, MAINTENANCE_QUEUE, type JobQueue } from './job-queue.ts';
import { DELIVERY_CONCURRENCY, startDeliveryWorker, type DeliveryWorkerOptions } from './delivery-worker.ts';
import { purgeStagedAttachments } from '../tickets/purge-staged-attachments.ts';
import { startImapPoller } from '../inbound/imap-poller.ts';
import { startWebhookWorker } from './webhook-worker.ts';

/** Starts the workers: message delivery, webhook deliveries, the automation pass every minute, and the reading of
 * the agencies' inbound mailboxes (IMAP) every IMAP_POLL_SECONDS. */
export async function startWorkers(ctx: AppContext, queue: JobQueue, log: (message: string) => void, delivery: DeliveryWorkerOptions = {}): Promise<void> {
  const deliveryWorker = startDeliveryWorker(ctx, { log, ...delivery });
  queue.beforeStop(() => deliveryWorker.stop());
  log(`delivery: worker ${deliveryWorker.owner} sending up to ${delivery.concurrency ?? DELIVERY_CONCURRENCY} messages at once`);
  const webhookWorker = startWebhookWorker(ctx, { log });
  queue.beforeStop(() => webhookWorker.stop());
  await queue.listenForDeliveries(() => {
    deliveryWorker.wake();
    webhookWorker.wake();
  });
  const imapPoller = startImapPoller(ctx, { log });
  queue.beforeStop(() => imapPoller.stop());
  await queue.boss.work(AUTOMATION_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    const done = await runAutomation(ctx);
    const total = Object.values(done).reduce((a, b) => a + b, 0);
    if (total > 0) log(`automation: ${JSON.stringify(done)}`);
  });
  await queue.boss.work(MAINTENANCE_QUEUE, async () => {
    const purged = await purgeStagedAttachments(ctx);
    if (purged.purged > 0) log(`maintenance: ${purged.purged} unused uploads removed`);
  });
  // Cron schedules run once per period across every worker process.
  await queue.boss.schedule(AUTOMATION_QUEUE, '* * * * *');
  await queue.boss.schedule(MAINTENANCE_QUEUE, '17 3 * * *');
}
