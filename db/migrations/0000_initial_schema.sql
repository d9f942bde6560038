CREATE TABLE "parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"color" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	"publication" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "parties_kind_check" CHECK ("parties"."kind" in ('state', 'organization', 'group')),
	CONSTRAINT "parties_publication_check" CHECK ("parties"."publication" in ('draft', 'published')),
	CONSTRAINT "parties_color_check" CHECK ("parties"."color" ~ '^#[0-9a-fA-F]{6}$'),
	CONSTRAINT "parties_slug_check" CHECK ("parties"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"party_id" uuid NOT NULL,
	"title" text,
	"publication" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "people_publication_check" CHECK ("people"."publication" in ('draft', 'published')),
	CONSTRAINT "people_slug_check" CHECK ("people"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"publication" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "topics_publication_check" CHECK ("topics"."publication" in ('draft', 'published')),
	CONSTRAINT "topics_slug_check" CHECK ("topics"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"event_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "event_participants_event_id_party_id_role_pk" PRIMARY KEY("event_id","party_id","role"),
	CONSTRAINT "event_participants_role_check" CHECK ("event_participants"."role" in ('delegation', 'mediator', 'host', 'guarantor', 'observer', 'speaker'))
);
--> statement-breakpoint
CREATE TABLE "event_sources" (
	"event_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"excerpt" text,
	CONSTRAINT "event_sources_event_id_source_id_pk" PRIMARY KEY("event_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"format" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"date_precision" text DEFAULT 'day' NOT NULL,
	"location_name" text,
	"country" text,
	"lat" double precision,
	"lon" double precision,
	"publication" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "events_kind_check" CHECK ("events"."kind" in ('talks', 'call', 'meeting', 'speech', 'statement', 'interview', 'briefing', 'agreement', 'military', 'humanitarian')),
	CONSTRAINT "events_status_check" CHECK ("events"."status" in ('scheduled', 'held', 'postponed', 'cancelled')),
	CONSTRAINT "events_format_check" CHECK ("events"."format" is null or "events"."format" in ('in_person', 'video', 'phone', 'written')),
	CONSTRAINT "events_date_precision_check" CHECK ("events"."date_precision" in ('day', 'month', 'approximate')),
	CONSTRAINT "events_publication_check" CHECK ("events"."publication" in ('draft', 'published')),
	CONSTRAINT "events_dates_check" CHECK ("events"."ends_on" is null or "events"."ends_on" >= "events"."starts_on"),
	CONSTRAINT "events_lat_check" CHECK ("events"."lat" is null or "events"."lat" between -90 and 90),
	CONSTRAINT "events_lon_check" CHECK ("events"."lon" is null or "events"."lon" between -180 and 180),
	CONSTRAINT "events_slug_check" CHECK ("events"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "position_sources" (
	"position_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"excerpt" text,
	CONSTRAINT "position_sources_position_id_source_id_pk" PRIMARY KEY("position_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid NOT NULL,
	"person_id" uuid,
	"topic_id" uuid NOT NULL,
	"stated_on" date NOT NULL,
	"date_precision" text DEFAULT 'day' NOT NULL,
	"kind" text NOT NULL,
	"stance" text NOT NULL,
	"summary" text NOT NULL,
	"quote" text,
	"event_id" uuid,
	"publication" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "positions_kind_check" CHECK ("positions"."kind" in ('red_line', 'demand', 'offer', 'position')),
	CONSTRAINT "positions_stance_check" CHECK ("positions"."stance" in ('supports', 'opposes', 'conditional', 'open')),
	CONSTRAINT "positions_date_precision_check" CHECK ("positions"."date_precision" in ('day', 'month', 'approximate')),
	CONSTRAINT "positions_publication_check" CHECK ("positions"."publication" in ('draft', 'published'))
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	"is_correction" boolean DEFAULT false NOT NULL,
	CONSTRAINT "revisions_entity_check" CHECK ("revisions"."entity" in ('party', 'person', 'topic', 'event', 'position', 'source'))
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text,
	"outlet" text,
	"title" text NOT NULL,
	"author" text,
	"published_on" date,
	"language" text,
	"archived_url" text,
	"publication" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "sources_url_scheme_check" CHECK ("sources"."url" is null or "sources"."url" ~ '^https?://[^\s]+$'),
	CONSTRAINT "sources_archived_url_scheme_check" CHECK ("sources"."archived_url" is null or "sources"."archived_url" ~ '^https?://[^\s]+$'),
	CONSTRAINT "sources_publication_check" CHECK ("sources"."publication" in ('draft', 'published'))
);
--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sources" ADD CONSTRAINT "event_sources_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sources" ADD CONSTRAINT "event_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_sources" ADD CONSTRAINT "position_sources_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_sources" ADD CONSTRAINT "position_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "parties_slug_key" ON "parties" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "people_slug_key" ON "people" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "people_party_idx" ON "people" USING btree ("party_id");--> statement-breakpoint
CREATE UNIQUE INDEX "topics_slug_key" ON "topics" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "event_participants_party_idx" ON "event_participants" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "event_sources_source_idx" ON "event_sources" USING btree ("source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "events_slug_key" ON "events" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "events_published_starts_on_idx" ON "events" USING btree ("starts_on") WHERE "events"."publication" = 'published' and "events"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "events_published_ends_on_idx" ON "events" USING btree (coalesce("ends_on", "starts_on")) WHERE "events"."publication" = 'published' and "events"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "position_sources_source_idx" ON "position_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "positions_as_of_idx" ON "positions" USING btree ("party_id","topic_id","stated_on" DESC NULLS LAST,"updated_at" DESC NULLS LAST) WHERE "positions"."publication" = 'published' and "positions"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "positions_topic_stated_on_idx" ON "positions" USING btree ("topic_id","stated_on");--> statement-breakpoint
CREATE INDEX "positions_stated_on_idx" ON "positions" USING btree ("stated_on");--> statement-breakpoint
CREATE INDEX "positions_event_idx" ON "positions" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "positions_person_idx" ON "positions" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "revisions_entity_version_key" ON "revisions" USING btree ("entity","entity_id","version");--> statement-breakpoint
CREATE INDEX "revisions_created_at_idx" ON "revisions" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_url_key" ON "sources" USING btree ("url");