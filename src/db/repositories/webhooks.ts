// The agency's webhooks, their deliveries (the integrations' outbox) and each try. Deliveries are
// written in the change's transaction; workers claim due ones with SKIP LOCKED under a lease,
// like the message outbox. Times come from the caller (the application's clock).
import { and, desc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { webhooks, webhookDeliveries, webhookAttempts, users } from '../schema/index.ts';
import { bulkInsert } from '../bulk-insert.ts';
import { pageOf, decodeCursor, type Page } from '../pagination.ts';
import type { WebhookDeliveryState } from '../../domain/webhooks/delivery-rules.ts';

export type WebhookRow = typeof webhooks.$inferSelect;
export type NewWebhook = typeof webhooks.$inferInsert;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type NewWebhookDelivery = typeof webhookDeliveries.$inferInsert;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;

export async function listWebhooks(db: Db, organizationId: string): Promise<WebhookRow[]> {
  return db.select().from(webhooks).where(eq(webhooks.organizationId, organizationId)).orderBy(webhooks.createdAt, webhooks.id);
}

export async function findWebhook(db: Db, organizationId: string, id: string): Promise<WebhookRow | undefined> {
  const [row] = await db.select().from(webhooks).where(and(eq(webhooks.organizationId, organizationId), eq(webhooks.id, id))).limit(1);
  return row;
}

/** The webhooks of these agencies, switched off ones included: their deliveries wait (the
 * reactor's one read per transaction). */
export async function webhooksOfAgencies(db: Db, organizationIds: readonly string[]): Promise<WebhookRow[]> {
  if (organizationIds.length === 0) return [];
  return db.select().from(webhooks).where(inArray(webhooks.organizationId, [...organizationIds]));
}

export async function insertWebhook(db: Db, values: NewWebhook): Promise<WebhookRow> {
  const [row] = await db.insert(webhooks).values(values).returning();
  return row!;
}

export async function updateWebhook(db: Db, organizationId: string, id: string, patch: Partial<NewWebhook>): Promise<WebhookRow | undefined> {
  const [row] = await db.update(webhooks).set(patch).where(and(eq(webhooks.organizationId, organizationId), eq(webhooks.id, id))).returning();
  return row;
}

export async function deleteWebhook(db: Db, organizationId: string, id: string): Promise<boolean> {
  const rows = await db.delete(webhooks).where(and(eq(webhooks.organizationId, organizationId), eq(webhooks.id, id))).returning({ id: webhooks.id });
  return rows.length === 1;
}

/** Writes deliveries; one already written for the same webhook and event is dropped. */
export async function insertWebhookDeliveries(db: Db, rows: NewWebhookDelivery[]): Promise<{ id: string }[]> {
  return (await bulkInsert(db, webhookDeliveries, rows, { onConflictDoNothing: true, returning: ['id'] })) as { id: string }[];
}

/** Counts of a webhook's deliveries by state. */
export async function deliveryCounts(db: Db, organizationId: string): Promise<{ webhookId: string; state: WebhookDeliveryState; count: number }[]> {
  const rows = await db
    .select({ webhookId: webhookDeliveries.webhookId, state: webhookDeliveries.state, count: sql<number>`count(*)::int` })
    .from(webhookDeliveries)
    // Through the agency's webhooks, so the read follows webhook_deliveries_hook_idx.
    .where(inArray(webhookDeliveries.webhookId, db.select({ id: webhooks.id }).from(webhooks).where(eq(webhooks.organizationId, organizationId))))
    .groupBy(webhookDeliveries.webhookId, webhookDeliveries.state);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** A webhook's deliveries, newest first, optionally of one state. */
export async function listDeliveries(db: Db, input: { organizationId: string; webhookId: string; state?: WebhookDeliveryState; limit: number; cursor?: string }): Promise<Page<WebhookDeliveryRow>> {
  const key = decodeCursor(input.cursor, { time: true });
  const after = key ? or(lt(webhookDeliveries.createdAt, new Date(key.s)), and(eq(webhookDeliveries.createdAt, new Date(key.s)), lt(webhookDeliveries.id, key.id))) : undefined;
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.organizationId, input.organizationId), eq(webhookDeliveries.webhookId, input.webhookId), input.state ? eq(webhookDeliveries.state, input.state) : undefined, after))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(input.limit + 1);
  return pageOf(rows, input.limit, (r) => r.createdAt.toISOString());
}

export async function findDelivery(db: Db, organizationId: string, webhookId: string, id: string): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.organizationId, organizationId), eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.id, id)))
    .limit(1);
  return row;
}

/** The tries of these deliveries, oldest first. */
export async function attemptsOf(db: Db, deliveryIds: readonly string[]): Promise<WebhookAttemptRow[]> {
  if (deliveryIds.length === 0) return [];
  return db.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, [...deliveryIds])).orderBy(webhookAttempts.attemptedAt, webhookAttempts.id);
}

/** Deliveries whose worker died (their lease, in `available_at`, ended), of active webhooks. */
function orphanIds(db: Db, limit: number, now: Date) {
  return db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(and(eq(webhookDeliveries.state, 'sending'), lte(webhookDeliveries.availableAt, now), eq(webhooks.active, true)))
    .orderBy(webhookDeliveries.availableAt)
    .limit(limit)
    .for('update', { of: webhookDeliveries, skipLocked: true });
}

/** Due queued deliveries, read webhook by active webhook (webhook_deliveries_hook_queued_idx):
 * the rows a switched-off webhook keeps waiting are never read. */
const dueIds = (limit: number, now: Date) => sql`
  select due.id from ${webhooks} w
  cross join lateral (
    select d.id, d.available_at from ${webhookDeliveries} d
    where d.webhook_id = w.id and d.state = 'queued' and d.available_at <= ${now.toISOString()}::timestamptz
    order by d.available_at limit ${limit}
    for update of d skip locked
  ) due
  where w.active
  order by due.available_at
  limit ${limit}`;

async function claimState(db: Db, state: 'queued' | 'sending', owner: string, limit: number, now: Date, leaseSeconds: number): Promise<WebhookDeliveryRow[]> {
  if (limit <= 0) return [];
  const leaseEnd = new Date(now.getTime() + leaseSeconds * 1000);
  const ids = state === 'sending' ? inArray(webhookDeliveries.id, orphanIds(db, limit, now)) : sql`${webhookDeliveries.id} in (${dueIds(limit, now)})`;
  return db.update(webhookDeliveries).set({ state: 'sending', claimedBy: owner, availableAt: leaseEnd }).where(ids).returning();
}

/** Claims up to `limit` due deliveries for `owner`: those whose worker died first, then queued ones. */
export async function claimDueDeliveries(db: Db, owner: string, limit: number, now: Date, leaseSeconds: number): Promise<WebhookDeliveryRow[]> {
  const orphans = await claimState(db, 'sending', owner, limit, now, leaseSeconds);
  return [...orphans, ...(await claimState(db, 'queued', owner, limit - orphans.length, now, leaseSeconds))];
}

/** Extends the lease of the deliveries `owner` is sending. */
export async function renewDeliveryLeases(db: Db, owner: string, ids: readonly string[], leaseEnd: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.update(webhookDeliveries).set({ availableAt: leaseEnd }).where(and(inArray(webhookDeliveries.id, [...ids]), eq(webhookDeliveries.claimedBy, owner), eq(webhookDeliveries.state, 'sending')));
}

/** Records a try's outcome by the lease holder; false when the lease was lost. */
export async function finishDeliveryTry(db: Db, id: string, owner: string, patch: Partial<NewWebhookDelivery>): Promise<boolean> {
  const rows = await db
    .update(webhookDeliveries)
    .set({ claimedBy: null, attempts: sql`${webhookDeliveries.attempts} + 1`, ...patch })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.claimedBy, owner), eq(webhookDeliveries.state, 'sending')))
    .returning({ id: webhookDeliveries.id });
  return rows.length === 1;
}

export async function insertAttempt(db: Db, values: typeof webhookAttempts.$inferInsert): Promise<void> {
  await db.insert(webhookAttempts).values(values);
}

/** A success: the webhook's failures in a row start again from zero. */
export async function resetWebhookFailures(db: Db, webhookId: string): Promise<void> {
  await db.update(webhooks).set({ consecutiveFailures: 0, failingSince: null }).where(and(eq(webhooks.id, webhookId), sql`${webhooks.consecutiveFailures} <> 0`));
}

/** A failed try: one more in a row (the streak's start kept); returns the webhook as it now is (locked till commit). */
export async function countWebhookFailure(db: Db, webhookId: string, now: Date): Promise<WebhookRow | undefined> {
  const [row] = await db
    .update(webhooks)
    .set({ consecutiveFailures: sql`${webhooks.consecutiveFailures} + 1`, failingSince: sql`coalesce(${webhooks.failingSince}, ${now.toISOString()}::timestamptz)` })
    .where(eq(webhooks.id, webhookId))
    .returning();
  return row;
}

/** One delivery locked (a replay checks and writes under it). */
export async function lockDelivery(db: Db, organizationId: string, webhookId: string, id: string): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.organizationId, organizationId), eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.id, id)))
    .for('update')
    .limit(1);
  return row;
}

/** Whether a replay of this delivery is still waiting or being tried. */
export async function hasPendingReplay(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(and(eq(webhookDeliveries.replayOf, id), inArray(webhookDeliveries.state, ['queued', 'sending']))).limit(1);
  return row !== undefined;
}

/** Removes delivered and failed deliveries (their tries with them) written before `before`. */
export async function purgeFinishedDeliveries(db: Db, before: Date, limit: number): Promise<number> {
  const rows = await db
    .delete(webhookDeliveries)
    .where(inArray(webhookDeliveries.id, db.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(and(inArray(webhookDeliveries.state, ['delivered', 'failed']), lt(webhookDeliveries.createdAt, before))).limit(limit)))
    .returning({ id: webhookDeliveries.id });
  return rows.length;
}

/** Sends a delivery again now: a new row with the same event and body. */
export async function insertReplay(db: Db, original: WebhookDeliveryRow, now: Date): Promise<WebhookDeliveryRow> {
  const [row] = await db
    .insert(webhookDeliveries)
    .values({
      organizationId: original.organizationId, webhookId: original.webhookId, eventType: original.eventType, eventId: original.eventId,
      payload: original.payload, state: 'queued', availableAt: now, replayOf: original.id, createdAt: now,
    })
    .returning();
  return row!;
}

/** The agency's active app admins, who hear of a webhook switched off. */
export async function appAdminsOf(db: Db, organizationId: string): Promise<{ id: string; name: string; email: string; language: string }[]> {
  return db
    .select({ id: users.id, name: users.name, email: users.email, language: users.language })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.active, true), sql`'app_admin' = any(${users.roles})`));
}

/** The webhooks of these deliveries (the worker's read, across agencies). */
export async function webhooksByIds(db: Db, ids: readonly string[]): Promise<WebhookRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(webhooks).where(inArray(webhooks.id, [...ids]));
}
