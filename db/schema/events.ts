import { sql } from "drizzle-orm";
import {
  check,
  date,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  datePrecisions,
  eventFormats,
  eventKinds,
  eventPersonRoles,
  eventStatuses,
  participantRoles,
  publicationStates,
} from "../../lib/domain";
import { checkIn, editable, id } from "./columns";
import { parties, people } from "./directory";
import { processes } from "./processes";
import { sources } from "./sources";

export const events = pgTable(
  "events",
  {
    id: id(),
    slug: text().notNull(),
    /** The process the event belongs to; `event_processes` lists others it concerns. */
    processId: uuid()
      .notNull()
      .references(() => processes.id, { onDelete: "restrict" }),
    title: text().notNull(),
    summary: text().notNull().default(""),
    kind: text({ enum: eventKinds }).notNull(),
    status: text({ enum: eventStatuses }).notNull(),
    format: text({ enum: eventFormats }),
    /** For month or approximate precision, the earliest day the event can have started. */
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }),
    datePrecision: text({ enum: datePrecisions }).notNull().default("day"),
    locationName: text(),
    country: text(),
    lat: doublePrecision(),
    lon: doublePrecision(),
    ...editable(),
  },
  (t) => [
    uniqueIndex("events_slug_key").on(t.slug),
    // Readers only ever query live, published rows; keeping drafts and trash
    // out of the range indexes keeps them small.
    // (starts_on, id): windows and the API's cursor paging, which orders by both.
    index("events_published_starts_on_id_idx")
      .on(t.startsOn, t.id)
      .where(sql`${t.publication} = 'published' and ${t.deletedAt} is null`),
    index("events_process_starts_on_idx").on(t.processId, t.startsOn),
    index("events_published_ends_on_idx")
      .on(sql`coalesce(${t.endsOn}, ${t.startsOn})`)
      .where(sql`${t.publication} = 'published' and ${t.deletedAt} is null`),
    check("events_kind_check", checkIn(t.kind, eventKinds)),
    check("events_status_check", checkIn(t.status, eventStatuses)),
    check("events_format_check", sql`${t.format} is null or ${checkIn(t.format, eventFormats)}`),
    check("events_date_precision_check", checkIn(t.datePrecision, datePrecisions)),
    check("events_publication_check", checkIn(t.publication, publicationStates)),
    check("events_dates_check", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check("events_lat_check", sql`${t.lat} is null or ${t.lat} between -90 and 90`),
    check("events_lon_check", sql`${t.lon} is null or ${t.lon} between -180 and 180`),
    check("events_slug_check", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const eventParticipants = pgTable(
  "event_participants",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    partyId: uuid()
      .notNull()
      .references(() => parties.id, { onDelete: "restrict" }),
    role: text({ enum: participantRoles }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.partyId, t.role] }),
    index("event_participants_party_idx").on(t.partyId),
    check("event_participants_role_check", checkIn(t.role, participantRoles)),
  ],
);

export const eventSources = pgTable(
  "event_sources",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    sourceId: uuid()
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    excerpt: text(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.sourceId] }), index("event_sources_source_idx").on(t.sourceId)],
);

/** Who was in the room, and in what role; a person may hold several roles at one event. */
export const eventPeople = pgTable(
  "event_people",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    role: text({ enum: eventPersonRoles }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.personId, t.role] }),
    index("event_people_person_idx").on(t.personId),
    check("event_people_role_check", checkIn(t.role, eventPersonRoles)),
  ],
);

/** Other processes an event concerns, besides the one it belongs to. */
export const eventProcesses = pgTable(
  "event_processes",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    processId: uuid()
      .notNull()
      .references(() => processes.id, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.processId] }),
    index("event_processes_process_idx").on(t.processId),
  ],
);

export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type EventParticipant = typeof eventParticipants.$inferSelect;
export type EventPerson = typeof eventPeople.$inferSelect;
export type EventSource = typeof eventSources.$inferSelect;
