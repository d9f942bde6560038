CREATE TABLE "event_processes" (
	"event_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	CONSTRAINT "event_processes_event_id_process_id_pk" PRIMARY KEY("event_id","process_id")
);
--> statement-breakpoint
CREATE TABLE "process_parties" (
	"process_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "process_parties_process_id_party_id_pk" PRIMARY KEY("process_id","party_id"),
	CONSTRAINT "process_parties_role_check" CHECK ("process_parties"."role" in ('negotiating_party', 'mediator', 'guarantor', 'observer'))
);
--> statement-breakpoint
CREATE TABLE "process_sources" (
	"process_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"excerpt" text,
	CONSTRAINT "process_sources_process_id_source_id_pk" PRIMARY KEY("process_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "processes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"conflict" text,
	"started_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"publication" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "processes_status_check" CHECK ("processes"."status" in ('active', 'paused', 'concluded', 'collapsed')),
	CONSTRAINT "processes_publication_check" CHECK ("processes"."publication" in ('draft', 'published')),
	CONSTRAINT "processes_slug_check" CHECK ("processes"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
ALTER TABLE "revisions" DROP CONSTRAINT "revisions_entity_check";--> statement-breakpoint
-- Edited after generation: rows that exist before this migration move to the
-- default process, which is created here (published) only when there is data,
-- with the same values the seed gives it. Then the column becomes NOT NULL.
INSERT INTO "processes" ("slug", "name", "aliases", "summary", "conflict", "started_on", "status", "publication")
SELECT 'russia-ukraine-talks-2022', 'Russia–Ukraine talks (2022)', '{"Istanbul talks"}'::text[],
  'Talks between Russian and Ukrainian negotiators, first in the Gomel region of Belarus and then in Istanbul, hosted by Turkey.',
  'Russia–Ukraine war', '2022-02-28', 'active', 'published'
WHERE EXISTS (SELECT 1 FROM "events") OR EXISTS (SELECT 1 FROM "positions") OR EXISTS (SELECT 1 FROM "parties");--> statement-breakpoint
-- Each existing party joins with the strongest part it played at an event:
-- a delegation or speaker negotiates; a mediator or host mediates.
INSERT INTO "process_parties" ("process_id", "party_id", "role")
SELECT pr."id", pa."id", COALESCE(
  (SELECT CASE
     WHEN bool_or(ep."role" IN ('delegation', 'speaker')) THEN 'negotiating_party'
     WHEN bool_or(ep."role" IN ('mediator', 'host')) THEN 'mediator'
     WHEN bool_or(ep."role" = 'guarantor') THEN 'guarantor'
     ELSE 'observer' END
   FROM "event_participants" ep WHERE ep."party_id" = pa."id"),
  'negotiating_party')
FROM "processes" pr CROSS JOIN "parties" pa
WHERE pr."slug" = 'russia-ukraine-talks-2022';--> statement-breakpoint
INSERT INTO "process_sources" ("process_id", "source_id")
SELECT DISTINCT pr."id", es."source_id"
FROM "processes" pr CROSS JOIN "event_sources" es
WHERE pr."slug" = 'russia-ukraine-talks-2022';--> statement-breakpoint
INSERT INTO "revisions" ("entity", "entity_id", "version", "snapshot", "note")
SELECT 'process', p."id", 1, jsonb_build_object(
  'id', p."id", 'slug', p."slug", 'name', p."name", 'aliases', to_jsonb(p."aliases"), 'summary', p."summary",
  'conflict', p."conflict", 'startedOn', p."started_on", 'status', p."status", 'publication', p."publication",
  'version', p."version", 'createdAt', p."created_at", 'updatedAt', p."updated_at", 'createdBy', NULL,
  'updatedBy', NULL, 'deletedAt', NULL,
  'parties', COALESCE((SELECT jsonb_agg(jsonb_build_object('partyId', pp."party_id", 'role', pp."role") ORDER BY pp."party_id")
    FROM "process_parties" pp WHERE pp."process_id" = p."id"), '[]'::jsonb),
  'sources', COALESCE((SELECT jsonb_agg(jsonb_build_object('sourceId', ps."source_id", 'excerpt', ps."excerpt") ORDER BY ps."source_id")
    FROM "process_sources" ps WHERE ps."process_id" = p."id"), '[]'::jsonb)),
  'Created by the processes migration; existing events and positions moved into it.'
FROM "processes" p;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "process_id" uuid;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "process_id" uuid;--> statement-breakpoint
-- Filling a new column is no edit: the provenance triggers (0004) would otherwise
-- re-judge every old row at commit and could refuse the whole upgrade.
ALTER TABLE "events" DISABLE TRIGGER "events_published_needs_source";--> statement-breakpoint
ALTER TABLE "positions" DISABLE TRIGGER "positions_published_needs_source";--> statement-breakpoint
UPDATE "events" SET "process_id" = (SELECT "id" FROM "processes" WHERE "slug" = 'russia-ukraine-talks-2022');--> statement-breakpoint
UPDATE "positions" SET "process_id" = (SELECT "id" FROM "processes" WHERE "slug" = 'russia-ukraine-talks-2022');--> statement-breakpoint
ALTER TABLE "events" ENABLE TRIGGER "events_published_needs_source";--> statement-breakpoint
ALTER TABLE "positions" ENABLE TRIGGER "positions_published_needs_source";--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "process_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ALTER COLUMN "process_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "event_processes" ADD CONSTRAINT "event_processes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_processes" ADD CONSTRAINT "event_processes_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_parties" ADD CONSTRAINT "process_parties_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_parties" ADD CONSTRAINT "process_parties_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_sources" ADD CONSTRAINT "process_sources_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_sources" ADD CONSTRAINT "process_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_processes_process_idx" ON "event_processes" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "process_parties_party_idx" ON "process_parties" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "process_sources_source_idx" ON "process_sources" USING btree ("source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "processes_slug_key" ON "processes" USING btree ("slug");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_process_starts_on_idx" ON "events" USING btree ("process_id","starts_on");--> statement-breakpoint
CREATE INDEX "positions_process_idx" ON "positions" USING btree ("process_id");--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_entity_check" CHECK ("revisions"."entity" in ('party', 'person', 'topic', 'event', 'position', 'source', 'process'));