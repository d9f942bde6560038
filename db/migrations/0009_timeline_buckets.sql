-- Timeline aggregates that stay flat as data grows (issue 13). A window of the timeline that holds
-- too many items is drawn as counts per lane and week or month; counting them from `events` costs
-- O(events in the window) (263 ms at 100,000 events). Instead, triggers keep:
--   timeline_items:   one row per public timeline item and process it is drawn under (its process,
--                     any other process it concerns, and the all-processes key), with what the counts
--                     are grouped by, including the party whose lane it is drawn in;
--   timeline_buckets: the number of those rows per (process, week|month, bucket start, kind, status,
--                     lane party), so a window's aggregate reads O(buckets) rows.
-- Every change to what decides an item's row (the item, its participants, its processes, a party's
-- name or visibility, a topic's or process's visibility) calls a refresh that makes the item's rows match the
-- current state; insertions, updates and deletions of item rows adjust the counts. Which kinds share
-- the "Talks & meetings" lane is decided when reading, so the vocabulary stays in lib/.
-- The nil uuid stands for "all processes" (process_key) and for "no public party" (lane_party).
CREATE TABLE timeline_items (
  item_id uuid NOT NULL,
  process_key uuid NOT NULL,
  kind text NOT NULL,
  status text NOT NULL,
  lane_party uuid NOT NULL,
  starts_on date NOT NULL,
  PRIMARY KEY (item_id, process_key)
);
--> statement-breakpoint
CREATE TABLE timeline_buckets (
  process_key uuid NOT NULL,
  granularity text NOT NULL CHECK (granularity IN ('week', 'month')),
  bucket_start date NOT NULL,
  kind text NOT NULL,
  status text NOT NULL,
  lane_party uuid NOT NULL,
  items integer NOT NULL,
  PRIMARY KEY (process_key, granularity, bucket_start, kind, status, lane_party)
);
--> statement-breakpoint
-- Events that began before a window and run into it: few (multi-day events), found by containment.
CREATE INDEX events_published_span_idx ON events USING gist (daterange(starts_on, ends_on, '[]'))
  WHERE publication = 'published' AND deleted_at IS NULL AND ends_on > starts_on;
--> statement-breakpoint
-- PL/pgSQL throughout: its statements' plans are cached per session, where a SQL function called
-- from a trigger would be planned again on every row (10,000 inserted events took 40 s that way).
CREATE FUNCTION parley_timeline_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
  delta integer;
BEGIN
  IF current_setting('parley.timeline_bulk', true) = 'on' THEN RETURN NULL; END IF;
  FOR step IN 1..2 LOOP
    IF step = 1 AND TG_OP IN ('DELETE', 'UPDATE') THEN r := OLD; delta := -1;
    ELSIF step = 2 AND TG_OP IN ('INSERT', 'UPDATE') THEN r := NEW; delta := 1;
    ELSE CONTINUE;
    END IF;
    INSERT INTO timeline_buckets (process_key, granularity, bucket_start, kind, status, lane_party, items)
    VALUES (r.process_key, 'week', date_trunc('week', r.starts_on)::date, r.kind, r.status, r.lane_party, delta),
           (r.process_key, 'month', date_trunc('month', r.starts_on)::date, r.kind, r.status, r.lane_party, delta)
    ON CONFLICT (process_key, granularity, bucket_start, kind, status, lane_party)
    DO UPDATE SET items = timeline_buckets.items + excluded.items;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_items_count AFTER INSERT OR UPDATE OR DELETE ON timeline_items
  FOR EACH ROW EXECUTE FUNCTION parley_timeline_count();
--> statement-breakpoint
-- An event or statement is public only while its process is (lib/queries/visibility.ts).
CREATE FUNCTION parley_process_is_public(pid uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM processes pr WHERE pr.id = pid AND pr.publication = 'published' AND pr.deleted_at IS NULL)
$$;
--> statement-breakpoint
-- Makes an item's rows equal what it contributes now: a public event one row per process key (all,
-- its own, linked ones) with its lane party, the first public participant, speakers first, then by
-- name (the order the timeline has always used); a statement not tied to an event, under a public
-- party and topic, one row for all and one for its process. Rows that do not change are not touched,
-- so an edit of a title takes no lock on the counts; rows go in key order, so concurrent syncs lock alike.
CREATE FUNCTION parley_timeline_sync(iid uuid, item text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  r record;
  keys uuid[] := '{}';
BEGIN
  -- A bulk load (parley_timeline_rebuild) sets this for its transaction and recounts set-wise after.
  IF current_setting('parley.timeline_bulk', true) = 'on' THEN RETURN; END IF;
  IF item = 'event' THEN
    FOR r IN
      SELECT k.process_key, e.kind, e.status, e.starts_on,
        coalesce((SELECT p.id FROM event_participants ep JOIN parties p ON p.id = ep.party_id
                  WHERE ep.event_id = e.id AND p.publication = 'published' AND p.deleted_at IS NULL
                  ORDER BY (ep.role = 'speaker') DESC, p.name, p.id LIMIT 1),
                 '00000000-0000-0000-0000-000000000000') AS lane_party
      FROM events e
      CROSS JOIN LATERAL (
        SELECT '00000000-0000-0000-0000-000000000000'::uuid UNION SELECT e.process_id
        UNION SELECT epr.process_id FROM event_processes epr WHERE epr.event_id = e.id
      ) k(process_key)
      WHERE e.id = iid AND e.publication = 'published' AND e.deleted_at IS NULL AND parley_process_is_public(e.process_id)
      ORDER BY k.process_key
    LOOP
      keys := keys || r.process_key;
      INSERT INTO timeline_items (item_id, process_key, kind, status, lane_party, starts_on)
      VALUES (iid, r.process_key, r.kind, r.status, r.lane_party, r.starts_on)
      ON CONFLICT (item_id, process_key) DO UPDATE
        SET kind = excluded.kind, status = excluded.status, lane_party = excluded.lane_party, starts_on = excluded.starts_on
        WHERE (timeline_items.kind, timeline_items.status, timeline_items.lane_party, timeline_items.starts_on)
          IS DISTINCT FROM (excluded.kind, excluded.status, excluded.lane_party, excluded.starts_on);
    END LOOP;
  ELSE
    FOR r IN
      SELECT k.process_key, pos.party_id AS lane_party, pos.stated_on AS starts_on
      FROM positions pos
      JOIN parties pa ON pa.id = pos.party_id AND pa.publication = 'published' AND pa.deleted_at IS NULL
      JOIN topics tp ON tp.id = pos.topic_id AND tp.publication = 'published' AND tp.deleted_at IS NULL
      CROSS JOIN LATERAL (SELECT '00000000-0000-0000-0000-000000000000'::uuid UNION SELECT pos.process_id) k(process_key)
      WHERE pos.id = iid AND pos.publication = 'published' AND pos.deleted_at IS NULL AND pos.event_id IS NULL
        AND parley_process_is_public(pos.process_id)
      ORDER BY k.process_key
    LOOP
      keys := keys || r.process_key;
      INSERT INTO timeline_items (item_id, process_key, kind, status, lane_party, starts_on)
      VALUES (iid, r.process_key, 'position', '', r.lane_party, r.starts_on)
      ON CONFLICT (item_id, process_key) DO UPDATE
        SET lane_party = excluded.lane_party, starts_on = excluded.starts_on
        WHERE (timeline_items.lane_party, timeline_items.starts_on) IS DISTINCT FROM (excluded.lane_party, excluded.starts_on);
    END LOOP;
  END IF;
  DELETE FROM timeline_items WHERE item_id = iid AND process_key <> ALL (keys);
END $$;
--> statement-breakpoint
CREATE FUNCTION parley_timeline_on_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM timeline_items WHERE item_id = OLD.id;
  ELSE
    PERFORM parley_timeline_sync(NEW.id, 'event');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_events_insert AFTER INSERT OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION parley_timeline_on_event();
--> statement-breakpoint
CREATE TRIGGER timeline_events_update AFTER UPDATE ON events FOR EACH ROW
  WHEN ((OLD.kind, OLD.status, OLD.starts_on, OLD.process_id, OLD.publication, OLD.deleted_at)
    IS DISTINCT FROM (NEW.kind, NEW.status, NEW.starts_on, NEW.process_id, NEW.publication, NEW.deleted_at))
  EXECUTE FUNCTION parley_timeline_on_event();
--> statement-breakpoint
CREATE FUNCTION parley_timeline_on_event_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM parley_timeline_sync(OLD.event_id, 'event'); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM parley_timeline_sync(NEW.event_id, 'event'); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_event_participants AFTER INSERT OR UPDATE OR DELETE ON event_participants
  FOR EACH ROW EXECUTE FUNCTION parley_timeline_on_event_link();
--> statement-breakpoint
CREATE TRIGGER timeline_event_processes AFTER INSERT OR UPDATE OR DELETE ON event_processes
  FOR EACH ROW EXECUTE FUNCTION parley_timeline_on_event_link();
--> statement-breakpoint
CREATE FUNCTION parley_timeline_on_position() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM timeline_items WHERE item_id = OLD.id;
  ELSE
    PERFORM parley_timeline_sync(NEW.id, 'position');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_positions_insert AFTER INSERT OR DELETE ON positions
  FOR EACH ROW EXECUTE FUNCTION parley_timeline_on_position();
--> statement-breakpoint
CREATE TRIGGER timeline_positions_update AFTER UPDATE ON positions FOR EACH ROW
  WHEN ((OLD.party_id, OLD.topic_id, OLD.stated_on, OLD.process_id, OLD.event_id, OLD.publication, OLD.deleted_at)
    IS DISTINCT FROM (NEW.party_id, NEW.topic_id, NEW.stated_on, NEW.process_id, NEW.event_id, NEW.publication, NEW.deleted_at))
  EXECUTE FUNCTION parley_timeline_on_position();
--> statement-breakpoint
-- A party's name orders lanes; its visibility decides lanes and which statements show.
CREATE FUNCTION parley_timeline_on_party() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parley_timeline_sync(x.event_id, 'event')
    FROM (SELECT DISTINCT ep.event_id FROM event_participants ep WHERE ep.party_id = NEW.id) x;
  PERFORM parley_timeline_sync(pos.id, 'position') FROM positions pos WHERE pos.party_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_parties AFTER UPDATE ON parties FOR EACH ROW
  WHEN ((OLD.name, OLD.publication, OLD.deleted_at) IS DISTINCT FROM (NEW.name, NEW.publication, NEW.deleted_at))
  EXECUTE FUNCTION parley_timeline_on_party();
--> statement-breakpoint
CREATE FUNCTION parley_timeline_on_topic() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parley_timeline_sync(pos.id, 'position') FROM positions pos WHERE pos.topic_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_topics AFTER UPDATE ON topics FOR EACH ROW
  WHEN ((OLD.publication, OLD.deleted_at) IS DISTINCT FROM (NEW.publication, NEW.deleted_at))
  EXECUTE FUNCTION parley_timeline_on_topic();
--> statement-breakpoint
-- Publishing, unpublishing or deleting a process shows or hides everything that belongs to it. Rare,
-- and O(its events and statements): each is synced as after an edit.
CREATE FUNCTION parley_timeline_on_process() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM parley_timeline_sync(e.id, 'event') FROM events e WHERE e.process_id = NEW.id;
  PERFORM parley_timeline_sync(pos.id, 'position') FROM positions pos WHERE pos.process_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_processes AFTER UPDATE ON processes FOR EACH ROW
  WHEN ((OLD.publication, OLD.deleted_at) IS DISTINCT FROM (NEW.publication, NEW.deleted_at))
  EXECUTE FUNCTION parley_timeline_on_process();
--> statement-breakpoint
-- TRUNCATE fires no row triggers: drop the rows of the truncated kind (their counts follow).
CREATE FUNCTION parley_timeline_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'events' THEN
    DELETE FROM timeline_items WHERE kind <> 'position';
  ELSE
    DELETE FROM timeline_items WHERE kind = 'position';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_events_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION parley_timeline_on_truncate();
--> statement-breakpoint
CREATE TRIGGER timeline_positions_truncate AFTER TRUNCATE ON positions
  FOR EACH STATEMENT EXECUTE FUNCTION parley_timeline_on_truncate();
--> statement-breakpoint
-- Recomputes both tables set-wise from the rows (the migration's backfill, and bulk loads: a loader
-- runs `SELECT set_config('parley.timeline_bulk', 'on', true)`, inserts, then calls this in the same
-- transaction). The same rules as parley_timeline_sync; the integration test holds both to a recount.
CREATE FUNCTION parley_timeline_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('parley.timeline_bulk', 'on', true);
  DELETE FROM timeline_items;
  DELETE FROM timeline_buckets;
  INSERT INTO timeline_items (item_id, process_key, kind, status, lane_party, starts_on)
  SELECT e.id, k.process_key, e.kind, e.status, coalesce(lane.id, '00000000-0000-0000-0000-000000000000'), e.starts_on
  FROM events e
  LEFT JOIN LATERAL (SELECT p.id FROM event_participants ep JOIN parties p ON p.id = ep.party_id
                     WHERE ep.event_id = e.id AND p.publication = 'published' AND p.deleted_at IS NULL
                     ORDER BY (ep.role = 'speaker') DESC, p.name, p.id LIMIT 1) lane ON true
  CROSS JOIN LATERAL (
    SELECT '00000000-0000-0000-0000-000000000000'::uuid UNION SELECT e.process_id
    UNION SELECT epr.process_id FROM event_processes epr WHERE epr.event_id = e.id
  ) k(process_key)
  WHERE e.publication = 'published' AND e.deleted_at IS NULL AND parley_process_is_public(e.process_id)
  UNION ALL
  SELECT pos.id, k.process_key, 'position', '', pos.party_id, pos.stated_on
  FROM positions pos
  JOIN parties pa ON pa.id = pos.party_id AND pa.publication = 'published' AND pa.deleted_at IS NULL
  JOIN topics tp ON tp.id = pos.topic_id AND tp.publication = 'published' AND tp.deleted_at IS NULL
  CROSS JOIN LATERAL (SELECT '00000000-0000-0000-0000-000000000000'::uuid UNION SELECT pos.process_id) k(process_key)
  WHERE pos.publication = 'published' AND pos.deleted_at IS NULL AND pos.event_id IS NULL
    AND parley_process_is_public(pos.process_id);
  INSERT INTO timeline_buckets (process_key, granularity, bucket_start, kind, status, lane_party, items)
  SELECT t.process_key, g.granularity, date_trunc(g.granularity, t.starts_on)::date, t.kind, t.status, t.lane_party, count(*)
  FROM timeline_items t CROSS JOIN (VALUES ('week'), ('month')) g(granularity)
  GROUP BY 1, 2, 3, 4, 5, 6;
  PERFORM set_config('parley.timeline_bulk', 'off', true);
END $$;
--> statement-breakpoint
SELECT parley_timeline_rebuild();
