import { type DirectoryKind, directoryKinds } from "@/lib/domain";

/** The editor's URL segment for each directory kind, and back. */
export const kindPath: Record<DirectoryKind, string> = {
  party: "parties",
  person: "people",
  topic: "topics",
};
/** The singular noun for headings and buttons. */
export const entryNoun: Record<DirectoryKind, string> = { party: "party", person: "person", topic: "topic" };
export const kindTitle: Record<DirectoryKind, string> = {
  party: "Parties",
  person: "People",
  topic: "Topics",
};

export function kindFromPath(segment: string): DirectoryKind | null {
  return directoryKinds.find((kind) => kindPath[kind] === segment) ?? null;
}
