ALTER TABLE "tickets" ADD COLUMN "availability" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "entry_allowed" boolean;