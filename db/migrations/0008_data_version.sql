CREATE TABLE "data_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	"epoch" uuid DEFAULT gen_random_uuid() NOT NULL,
	CONSTRAINT "data_version_one_row" CHECK ("data_version"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "data_version_pending" (
	"txid" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- Appended to the generated tables: the counter's one row, and the triggers that move it. Every
-- statement on a table readers can see notes its transaction in data_version_pending (a row per
-- transaction, so writers never contend); a deferred trigger on that row bumps the counter once,
-- at commit, so the counter's row lock is the last lock a writer takes and cannot deadlock.
INSERT INTO "data_version" ("id") VALUES (1);
--> statement-breakpoint
CREATE FUNCTION parley_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO data_version_pending (txid) VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION parley_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1 WHERE id = 1;
  DELETE FROM data_version_pending WHERE txid = NEW.txid;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT ON data_version_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_bump_data_version();
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['events', 'event_participants', 'event_sources', 'event_people', 'event_processes',
    'positions', 'position_sources', 'sources', 'parties', 'people', 'topics', 'processes', 'process_parties',
    'process_sources']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION parley_data_changed()', t || '_data_version', t);
  END LOOP;
END
$$;
