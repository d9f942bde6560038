import { foldName } from "@/lib/search/match-name";
import type { ArticleProposals, Directory } from "./types";

export type NewNames = { parties: string[]; people: string[]; topics: string[] };

/** Names in the proposals that the directory lacks: accepting creates them, as drafts. */
export function newNames(proposals: ArticleProposals, directory: Directory): NewNames {
  const known = (rows: { name: string; aliases: readonly string[] }[]) =>
    new Set(rows.flatMap((r) => [r.name, ...r.aliases].map(foldName)));
  const missing = (names: (string | null)[], rows: { name: string; aliases: readonly string[] }[]) => {
    const have = known(rows);
    return [...new Set(names.filter((n): n is string => Boolean(n) && !have.has(foldName(n ?? ""))))];
  };
  return {
    parties: missing(
      [...proposals.events.flatMap((e) => e.parties), ...proposals.statements.map((s) => s.party)],
      directory.parties,
    ),
    people: missing(
      proposals.statements.map((s) => s.speaker),
      directory.people,
    ),
    topics: missing(
      proposals.statements.flatMap((s) => s.topics),
      directory.topics,
    ),
  };
}
