-- One verb per step (src/domain/tickets/events.ts): stored event and template names take the
-- names of the event catalogue and the template catalogue, so an existing database keeps its
-- history, its edited templates and its outbox readable. Event types and template keys are two
-- separate namespaces: `quote_accepted` and `message_received` stay event types, only their
-- templates are renamed.
UPDATE "ticket_events" SET "type" = CASE "type"
  WHEN 'work_order_read' THEN 'work_order_acknowledged'
  WHEN 'presence_answered' THEN 'check_in_answered'
  WHEN 'completion_declared' THEN 'work_completed'
  WHEN 'reminders_changed' THEN 'reminders_set'
  ELSE "type" END
WHERE "type" IN ('work_order_read', 'presence_answered', 'completion_declared', 'reminders_changed');
--> statement-breakpoint
UPDATE "message_templates" SET "key" = CASE "key"
  WHEN 'quote_accepted' THEN 'quote_confirmed'
  WHEN 'message_received' THEN 'message_sent'
  WHEN 'third_party_info' THEN 'third_party_informed'
  WHEN 'watcher_work_done' THEN 'watcher_work_completed'
  ELSE "key" END
WHERE "key" IN ('quote_accepted', 'message_received', 'third_party_info', 'watcher_work_done');
--> statement-breakpoint
UPDATE "outbox_messages" SET "template" = CASE "template"
  WHEN 'quote_accepted' THEN 'quote_confirmed'
  WHEN 'message_received' THEN 'message_sent'
  WHEN 'third_party_info' THEN 'third_party_informed'
  WHEN 'watcher_work_done' THEN 'watcher_work_completed'
  ELSE "template" END
WHERE "template" IN ('quote_accepted', 'message_received', 'third_party_info', 'watcher_work_done');
--> statement-breakpoint
UPDATE "outbox_messages" SET "meta" = jsonb_set("meta", '{event}', to_jsonb(CASE "meta"->>'event'
  WHEN 'work_order_read' THEN 'work_order_acknowledged'
  WHEN 'presence_answered' THEN 'check_in_answered'
  WHEN 'completion_declared' THEN 'work_completed'
  WHEN 'reminders_changed' THEN 'reminders_set'
  END))
WHERE "meta"->>'event' IN ('work_order_read', 'presence_answered', 'completion_declared', 'reminders_changed');
