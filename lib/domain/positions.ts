/** What a party said on a topic: the kind of statement and where it stands. */
export const positionKinds = ["red_line", "demand", "offer", "position"] as const;
export type PositionKind = (typeof positionKinds)[number];

export const stances = ["supports", "opposes", "conditional", "open"] as const;
export type Stance = (typeof stances)[number];

export const positionKindLabel: Record<PositionKind, string> = {
  red_line: "Red line",
  demand: "Demand",
  offer: "Offer",
  position: "Position",
};

export const stanceLabel: Record<Stance, string> = {
  supports: "Supports",
  opposes: "Opposes",
  conditional: "Conditional",
  open: "Open",
};
