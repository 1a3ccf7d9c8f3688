-- The search vector also holds one term naming the ticket's agency ('@org:' and its id, written by
-- searchVector() in src/db/repositories/ticket-search.ts), so that a search narrows the GIN index
-- to the agency before the words. Existing vectors get the term; adding it twice changes nothing.
UPDATE "tickets" SET "search" = coalesce("search", ''::tsvector) || array_to_tsvector(ARRAY['@org:' || "organization_id"::text]);
