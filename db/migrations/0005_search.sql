-- Accent- and case-insensitive search with typo tolerance. Both extensions ship with PostgreSQL
-- (contrib) and are trusted since 13, so the database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
--> statement-breakpoint
-- unaccent() is only STABLE (it reads a dictionary found through search_path), so it cannot back an
-- index; naming the dictionary and schema makes the result depend on the argument alone.
CREATE OR REPLACE FUNCTION public.parley_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_title_fold_trgm_idx" ON "events" USING gin (public.parley_fold("title") public.gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_summary_fold_trgm_idx" ON "events" USING gin (public.parley_fold("summary") public.gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "positions_summary_fold_trgm_idx" ON "positions" USING gin (public.parley_fold("summary") public.gin_trgm_ops);
