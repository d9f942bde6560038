/** Vocabularies every editable row shares: publication state, date precision, what a revision is of. */
export const publicationStates = ["draft", "published"] as const;
export type PublicationState = (typeof publicationStates)[number];

export const datePrecisions = ["day", "month", "approximate"] as const;
export type DatePrecision = (typeof datePrecisions)[number];

export const precisionLabel: Record<DatePrecision, string> = {
  day: "exact day",
  month: "month only",
  approximate: "approximate",
};

export const revisionEntities = [
  "party",
  "person",
  "topic",
  "event",
  "position",
  "source",
  "process",
] as const;
export type RevisionEntity = (typeof revisionEntities)[number];
