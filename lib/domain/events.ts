/** What an event is, how it went and who took part: the vocabularies and their reader labels. */
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
export type EventKind = (typeof eventKinds)[number];

export const eventStatuses = ["scheduled", "held", "postponed", "cancelled"] as const;
export type EventStatus = (typeof eventStatuses)[number];

export const eventFormats = ["in_person", "video", "phone", "written"] as const;
export type EventFormat = (typeof eventFormats)[number];

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
export type ParticipantRole = (typeof participantRoles)[number];

/** What a person did at an event: who led, who sat at the table, who hosted or mediated. */
export const eventPersonRoles = [
  "head_of_delegation",
  "delegate",
  "mediator",
  "host",
  "guest",
  "speaker",
] as const;
export type EventPersonRole = (typeof eventPersonRoles)[number];

/**
 * Kinds drawn in the shared "Talks & meetings" lane rather than a party's lane:
 * they bring parties together, so no one party's lane owns them.
 */
export const multilateralKinds = [
  "talks",
  "call",
  "meeting",
  "agreement",
] as const satisfies readonly EventKind[];

export const eventKindLabel: Record<EventKind, string> = {
  talks: "Talks",
  call: "Phone call",
  meeting: "Meeting",
  speech: "Speech",
  statement: "Statement",
  interview: "Interview",
  briefing: "Briefing",
  agreement: "Agreement",
  military: "Military development",
  humanitarian: "Humanitarian development",
};

export const eventStatusLabel: Record<EventStatus, string> = {
  scheduled: "Scheduled",
  held: "Held",
  postponed: "Postponed",
  cancelled: "Cancelled",
};

export const eventFormatLabel: Record<EventFormat, string> = {
  in_person: "In person",
  video: "Video call",
  phone: "Phone",
  written: "Written",
};

export const roleLabel: Record<ParticipantRole, string> = {
  delegation: "Delegation",
  mediator: "Mediator",
  host: "Host",
  guarantor: "Guarantor",
  observer: "Observer",
  speaker: "Speaker",
};

export const personRoleLabel: Record<EventPersonRole, string> = {
  head_of_delegation: "Head of delegation",
  delegate: "Delegate",
  mediator: "Mediator",
  host: "Host",
  guest: "Guest",
  speaker: "Speaker",
};
