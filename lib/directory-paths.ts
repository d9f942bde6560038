import type { ActorKind } from "@/lib/validation/actors";

/** The editor's URL segment for each directory kind, and back. */
export const kindPath: Record<ActorKind, string> = { party: "parties", person: "people", topic: "topics" };
/** The singular noun for headings and buttons. */
export const actorNoun: Record<ActorKind, string> = { party: "party", person: "person", topic: "topic" };
export const kindTitle: Record<ActorKind, string> = { party: "Parties", person: "People", topic: "Topics" };

export function kindFromPath(segment: string): ActorKind | null {
  const found = Object.entries(kindPath).find(([, path]) => path === segment);
  return found ? (found[0] as ActorKind) : null;
}
