ALTER TABLE "outbox_messages" ADD COLUMN "available_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "claimed_by" uuid;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "retries" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "outbox_queued_idx" ON "outbox_messages" USING btree ("available_at") WHERE "outbox_messages"."state" = 'queued';--> statement-breakpoint
CREATE INDEX "outbox_sending_idx" ON "outbox_messages" USING btree ("available_at") WHERE "outbox_messages"."state" = 'sending';--> statement-breakpoint
-- A message that an older worker was sending keeps that worker's ten minutes before it is tried again.
UPDATE "outbox_messages" SET "available_at" = coalesce(("meta"->>'claimedAt')::timestamptz, now()) + interval '10 minutes' WHERE "state" = 'sending';
