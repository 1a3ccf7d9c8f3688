DROP INDEX "webhook_deliveries_queued_idx";--> statement-breakpoint
ALTER TABLE "webhooks" ADD COLUMN "failing_since" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_hook_queued_idx" ON "webhook_deliveries" USING btree ("webhook_id","available_at") WHERE "webhook_deliveries"."state" = 'queued';