// The worker role: the delivery worker on the outbox, and pg-boss handlers, each a thin call
// into a use case.
import type { AppContext } from '../context.ts';
import { runAutomation } from '../automation/run-automation.ts';
import { AUTOMATION_QUEUE, MAINTENANCE_QUEUE, type JobQueue } from './job-queue.ts';
import { DELIVERY_CONCURRENCY, startDeliveryWorker, type DeliveryWorkerOptions } from './delivery-worker.ts';
import { purgeStagedAttachments } from '../tickets/purge-staged-attachments.ts';
import { startImapPoller } from '../inbound/imap-poller.ts';
import { startWebhookWorker } from './webhook-worker.ts';
import { purgeOldDeliveries } from '../webhooks/purge-old-deliveries.ts';
import type { Database } from '../db/connection.ts';
import { runScheduledBackup } from '../backup/scheduled-backup.ts';

export const BACKUP_QUEUE = 'backup';

/** Starts the workers: message delivery, webhook deliveries, the automation pass every minute,
 * the reading of the agencies' inbound mailboxes (IMAP) every IMAP_POLL_SECONDS, and — given the
 * embedded `database` of this process — its daily backup. */
export async function startWorkers(ctx: AppContext, queue: JobQueue, log: (message: string) => void, delivery: DeliveryWorkerOptions = {}, database?: Database): Promise<void> {
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
    const deliveries = await purgeOldDeliveries(ctx);
    if (deliveries > 0) log(`maintenance: ${deliveries} old webhook deliveries removed`);
  });
  await scheduleBackups(ctx, queue, log, database);
  // Cron schedules run once per period across every worker process.
  await queue.boss.schedule(AUTOMATION_QUEUE, '* * * * *');
  await queue.boss.schedule(MAINTENANCE_QUEUE, '17 3 * * *');
}

/** The daily backup, on the embedded database only (PostgreSQL has its own tools and schedules):
 * at minute 41 of BACKUP_HOUR, UTC; BACKUP_KEEP=0 takes the schedule away. */
async function scheduleBackups(ctx: AppContext, queue: JobQueue, log: (message: string) => void, database: Database | undefined) {
  if (!database?.pglite) return;
  await queue.boss.createQueue(BACKUP_QUEUE, { retryLimit: 1, retryDelay: 600, expireInSeconds: 3600 });
  if (ctx.config.backup.keep === 0) {
    await queue.boss.unschedule(BACKUP_QUEUE);
    return;
  }
  await queue.boss.work(BACKUP_QUEUE, async () => {
    const { summary, removed } = await runScheduledBackup({ database, files: ctx.files, config: ctx.config, now: ctx.clock.now() });
    log(`backup: ${summary.path} (${summary.rows} rows, ${summary.files} files)${removed.length > 0 ? `; removed ${removed.join(', ')}` : ''}`);
  });
  await queue.boss.schedule(BACKUP_QUEUE, `41 ${ctx.config.backup.hour} * * *`);
}
