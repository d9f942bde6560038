-- Provenance in the database: a published, live event or position must cite at least one live
-- source that readers can follow (an http(s) link, or for a document with no link its outlet and
-- date). Deferred to commit, so a save may write the row before its links in one transaction.
CREATE FUNCTION parley_sourced(kind text, row_id uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE kind
    WHEN 'event' THEN EXISTS (
      SELECT 1 FROM event_sources l JOIN sources s ON s.id = l.source_id
      WHERE l.event_id = row_id AND s.deleted_at IS NULL
        AND (s.url IS NOT NULL OR (coalesce(s.outlet, '') <> '' AND s.published_on IS NOT NULL)))
    ELSE EXISTS (
      SELECT 1 FROM position_sources l JOIN sources s ON s.id = l.source_id
      WHERE l.position_id = row_id AND s.deleted_at IS NULL
        AND (s.url IS NOT NULL OR (coalesce(s.outlet, '') <> '' AND s.published_on IS NOT NULL)))
  END
$$;
--> statement-breakpoint
CREATE FUNCTION parley_require_source(kind text, row_id uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE live boolean;
BEGIN
  IF kind = 'event' THEN
    SELECT publication = 'published' AND deleted_at IS NULL INTO live FROM events WHERE id = row_id;
  ELSE
    SELECT publication = 'published' AND deleted_at IS NULL INTO live FROM positions WHERE id = row_id;
  END IF;
  IF coalesce(live, false) AND NOT parley_sourced(kind, row_id) THEN
    RAISE EXCEPTION 'A published % needs at least one source with a link, or with an outlet and a date', kind
      USING ERRCODE = 'check_violation', CONSTRAINT = 'published_needs_source';
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION parley_provenance_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  IF TG_TABLE_NAME = 'events' THEN
    PERFORM parley_require_source('event', NEW.id);
  ELSIF TG_TABLE_NAME = 'positions' THEN
    PERFORM parley_require_source('position', NEW.id);
  ELSIF TG_TABLE_NAME = 'event_sources' THEN
    PERFORM parley_require_source('event', OLD.event_id);
  ELSIF TG_TABLE_NAME = 'position_sources' THEN
    PERFORM parley_require_source('position', OLD.position_id);
  ELSIF TG_TABLE_NAME = 'sources' THEN
    -- A source deleted or emptied of its link: every row citing it must still be sourced.
    FOR r IN SELECT event_id FROM event_sources WHERE source_id = NEW.id LOOP
      PERFORM parley_require_source('event', r.event_id);
    END LOOP;
    FOR r IN SELECT position_id FROM position_sources WHERE source_id = NEW.id LOOP
      PERFORM parley_require_source('position', r.position_id);
    END LOOP;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER events_published_needs_source AFTER INSERT OR UPDATE ON events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_provenance_trigger();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER positions_published_needs_source AFTER INSERT OR UPDATE ON positions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_provenance_trigger();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER event_sources_keep_source AFTER DELETE OR UPDATE ON event_sources
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_provenance_trigger();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER position_sources_keep_source AFTER DELETE OR UPDATE ON position_sources
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_provenance_trigger();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER sources_keep_citations AFTER UPDATE ON sources
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_provenance_trigger();
--> statement-breakpoint
-- New and edited sources must be followable; rows stored before this rule are not re-checked here
-- (NOT VALID) but cannot be the only citation of anything published (the triggers above).
ALTER TABLE sources ADD CONSTRAINT sources_followable_check
  CHECK (url IS NOT NULL OR (coalesce(outlet, '') <> '' AND published_on IS NOT NULL)) NOT VALID;
