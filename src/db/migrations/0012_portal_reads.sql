CREATE TABLE "portal_ticket_reads" (
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "portal_ticket_reads_person_id_ticket_id_pk" PRIMARY KEY("person_id","ticket_id")
);
--> statement-breakpoint
ALTER TABLE "portal_ticket_reads" ADD CONSTRAINT "portal_ticket_reads_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_ticket_reads" ADD CONSTRAINT "portal_ticket_reads_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_ticket_reads" ADD CONSTRAINT "portal_ticket_reads_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;