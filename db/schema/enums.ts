/**
 * The closed vocabularies of the domain. The database enforces them with CHECK
 * constraints (see `checkIn`), and lib/validation builds its zod enums from the
 * same arrays, so a value cannot be valid in one place and not the other.
 */
import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

export const partyKinds = ["state", "organization", "group"] as const;
export const eventKinds = [
  "talks",
  "call",
  "meeting",
  "speech",
  "statement",
  "interview",
  "briefing",
  "agreement",
  "military",
  "humanitarian",
] as const;
export const eventStatuses = ["scheduled", "held", "postponed", "cancelled"] as const;
export const eventFormats = ["in_person", "video", "phone", "written"] as const;
export const datePrecisions = ["day", "month", "approximate"] as const;
// "speaker" is ours: speeches, interviews and briefings have one party speaking,
// which none of delegation/mediator/host/guarantor/observer describes.
export const participantRoles = [
  "delegation",
  "mediator",
  "host",
  "guarantor",
  "observer",
  "speaker",
] as const;
/** What a person did at an event: who led, who sat at the table, who hosted or mediated. */
export const eventPersonRoles = [
  "head_of_delegation",
  "delegate",
  "mediator",
  "host",
  "guest",
  "speaker",
] as const;
export const positionKinds = ["red_line", "demand", "offer", "position"] as const;
export const stances = ["supports", "opposes", "conditional", "open"] as const;
export const publicationStates = ["draft", "published"] as const;
export const processStatuses = ["active", "paused", "concluded", "collapsed"] as const;
export const processPartyRoles = ["negotiating_party", "mediator", "guarantor", "observer"] as const;
export const revisionEntities = [
  "party",
  "person",
  "topic",
  "event",
  "position",
  "source",
  "process",
] as const;

export type PartyKind = (typeof partyKinds)[number];
export type EventKind = (typeof eventKinds)[number];
export type EventStatus = (typeof eventStatuses)[number];
export type EventFormat = (typeof eventFormats)[number];
export type DatePrecision = (typeof datePrecisions)[number];
export type ParticipantRole = (typeof participantRoles)[number];
export type EventPersonRole = (typeof eventPersonRoles)[number];
export type PositionKind = (typeof positionKinds)[number];
export type Stance = (typeof stances)[number];
export type PublicationState = (typeof publicationStates)[number];
export type ProcessStatus = (typeof processStatuses)[number];
export type ProcessPartyRole = (typeof processPartyRoles)[number];
export type RevisionEntity = (typeof revisionEntities)[number];

/** `column IN (...)` for a CHECK constraint over one of the vocabularies above. */
export function checkIn(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(", "))})`;
}
