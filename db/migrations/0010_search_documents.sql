-- One folded search document per event and per statement, kept by PostgreSQL on every write and
-- behind one trigram index each. A reader's search was unaccent() on every text column of every row
-- in the window (1–3 s at 10,000 events; `npm run bench:search`); now each term is an index lookup,
-- and a term too short for trigrams (two letters: "EU") compares stored text without folding it.
-- The columns are derived data: drizzle's schema leaves them out, so no read or export carries them.
ALTER TABLE "events" ADD COLUMN "search_document" text GENERATED ALWAYS AS (
  public.parley_fold("title" || E'\n' || "summary" || E'\n' || coalesce("location_name", '') || E'\n' || coalesce("country", ''))
) STORED;
--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "search_document" text GENERATED ALWAYS AS (
  public.parley_fold("summary" || E'\n' || coalesce("quote", ''))
) STORED;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_search_document_trgm_idx" ON "events" USING gin ("search_document" public.gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "positions_search_document_trgm_idx" ON "positions" USING gin ("search_document" public.gin_trgm_ops);
--> statement-breakpoint
-- The documents cover these summaries; the title index stays for the typo match (`<%`).
DROP INDEX IF EXISTS "events_summary_fold_trgm_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "positions_summary_fold_trgm_idx";
