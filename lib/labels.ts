/** Human labels for the stored vocabularies, shared by pages, timeline and exports. */
export const eventKindLabel: Record<string, string> = {
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

export const eventStatusLabel: Record<string, string> = {
  scheduled: "Scheduled",
  held: "Held",
  postponed: "Postponed",
  cancelled: "Cancelled",
};

export const eventFormatLabel: Record<string, string> = {
  in_person: "In person",
  video: "Video call",
  phone: "Phone",
  written: "Written",
};

export const roleLabel: Record<string, string> = {
  delegation: "Delegation",
  mediator: "Mediator",
  host: "Host",
  guarantor: "Guarantor",
  observer: "Observer",
  speaker: "Speaker",
};

export const personRoleLabel: Record<string, string> = {
  head_of_delegation: "Head of delegation",
  delegate: "Delegate",
  mediator: "Mediator",
  host: "Host",
  guest: "Guest",
  speaker: "Speaker",
};

export const positionKindLabel: Record<string, string> = {
  red_line: "Red line",
  demand: "Demand",
  offer: "Offer",
  position: "Position",
};

export const stanceLabel: Record<string, string> = {
  supports: "Supports",
  opposes: "Opposes",
  conditional: "Conditional",
  open: "Open",
};

/** Event kinds drawn in the shared "Talks & meetings" lane rather than a party's lane. */
export const multilateralKinds = new Set(["talks", "call", "meeting", "agreement"]);
