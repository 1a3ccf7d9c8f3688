-- Each word of a ticket's search vector carries its agency's tag (the first 8 hex digits of the
-- agency's id and "~", see searchVector() in src/db/repositories/ticket-search.ts), so that a
-- search reads the GIN index of its own agency only. Existing vectors are rewritten; positions are
-- dropped (no query uses them). Vectors already tagged (a word containing "~") are left alone.
UPDATE "tickets" SET "search" = (
  SELECT coalesce(array_to_tsvector(array_agg(left("tickets"."organization_id"::text, 8) || '~' || w.lexeme)), ''::tsvector)
  FROM unnest("tickets"."search") w
)
WHERE "search" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM unnest("tickets"."search") w WHERE w.lexeme LIKE '%~%');
