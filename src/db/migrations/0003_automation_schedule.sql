ALTER TABLE "dispatches" ADD COLUMN "next_reminder_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "next_request_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dispatches" ADD COLUMN "next_request_kind" text;--> statement-breakpoint
CREATE INDEX "dispatches_next_reminder_idx" ON "dispatches" USING btree ("next_reminder_at") WHERE next_reminder_at is not null;--> statement-breakpoint
CREATE INDEX "dispatches_next_request_idx" ON "dispatches" USING btree ("next_request_at") WHERE next_request_at is not null;--> statement-breakpoint
-- Dispatches of open tickets are looked at by the next sweep, which decides by the domain's rules
-- whether anything is due and writes each one's schedule.
UPDATE "dispatches" d SET "next_reminder_at" = now(), "next_request_at" = CASE WHEN d."appointment_starts_at" IS NOT NULL THEN now() END
FROM "tickets" t WHERE t."id" = d."ticket_id" AND t."closed_at" IS NULL;
