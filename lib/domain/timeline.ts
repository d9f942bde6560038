/** Lane layouts of the timeline: one lane per party (talks share one), or one per event kind. */
export const laneModes = ["party", "kind"] as const;
export type LaneMode = (typeof laneModes)[number];
