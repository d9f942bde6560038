/** Parties, people and topics: the directory entries events and positions point at. */
export const directoryKinds = ["party", "person", "topic"] as const;
export type DirectoryKind = (typeof directoryKinds)[number];

export const partyKinds = ["state", "organization", "group"] as const;
export type PartyKind = (typeof partyKinds)[number];
