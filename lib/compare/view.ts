import "server-only";
import type { Database } from "@/db/client";
import { today } from "@/lib/dates";
import {
  type AxisParty,
  type AxisTopic,
  type CellPosition,
  getCompareMatrix,
  listCompareAxes,
  listTalksRounds,
  type TalksRound,
} from "../queries/compare";
import { type CompareQuery, compareLimits } from "../validation/compare";
import { type CellChange, cellChange, isHighlighted } from "./rules";

export type ComparisonCell = {
  party: AxisParty;
  a: CellPosition | null;
  b: CellPosition | null;
  change: CellChange;
  highlighted: boolean;
};
export type ComparisonRow = { topic: AxisTopic; cells: ComparisonCell[] };

export type Comparison = {
  /** The process compared, by slug; null: every process. */
  process: string | null;
  a: string;
  /** null: a single snapshot as of A. */
  b: string | null;
  partySlugs: string[];
  topicSlugs: string[];
  changedOnly: boolean;
  allParties: AxisParty[];
  allTopics: AxisTopic[];
  parties: AxisParty[];
  /** Rows shown: every selected topic, or with `changedOnly` those with a highlighted cell. */
  rows: ComparisonRow[];
  /** All selected rows, whatever `changedOnly` says (the convergence view and counts use them). */
  allRows: ComparisonRow[];
  unknownSlugs: string[];
  rounds: TalksRound[];
  /** Topics come a page at a time; parties beyond the cap are left out (and named). */
  page: number;
  pageCount: number;
  topicCount: number;
  partiesLeftOut: string[];
};

/**
 * Without dates, compare the first and the latest recorded talks rounds: the
 * question analysts ask first ("what moved between the rounds?").
 */
function defaultDates(
  query: Pick<CompareQuery, "a" | "b">,
  rounds: TalksRound[],
): { a: string; b: string | null } {
  if (query.a) return { a: query.a, b: query.b ?? null };
  if (query.b) return { a: query.b, b: null };
  // Talks rounds first; a process with none yet falls back to its other events.
  const talks = rounds.filter((r) => r.kind === "talks");
  const dated = talks.length ? talks : rounds;
  const first = dated[0]?.startsOn;
  const last = dated.at(-1)?.startsOn;
  if (!first || !last) return { a: today(), b: null };
  return { a: first, b: last === first ? null : last };
}

/** Everything the compare page and the exports show, from a validated query. */
export async function loadComparison(
  db: Database,
  query: Omit<CompareQuery, "page"> & { page?: number },
): Promise<Comparison> {
  const process = query.process ?? null;
  const [axes, rounds] = await Promise.all([
    listCompareAxes(db, query.process),
    listTalksRounds(db, undefined, query.process),
  ]);
  const { a, b } = defaultDates(query, rounds);
  const knownParty = new Set(axes.parties.map((p) => p.slug));
  const knownTopic = new Set(axes.topics.map((t) => t.slug));
  const partySlugs = query.parties.filter((s) => knownParty.has(s));
  const topicSlugs = query.topics.filter((s) => knownTopic.has(s));
  const unknownSlugs = [
    ...query.parties.filter((s) => !knownParty.has(s)),
    ...query.topics.filter((s) => !knownTopic.has(s)),
  ];
  const chosenParties = partySlugs.length
    ? axes.parties.filter((p) => partySlugs.includes(p.slug))
    : axes.parties;
  const parties = chosenParties.slice(0, compareLimits.parties);
  const chosenTopics = topicSlugs.length
    ? axes.topics.filter((t) => topicSlugs.includes(t.slug))
    : axes.topics;
  const pageCount = Math.max(1, Math.ceil(chosenTopics.length / compareLimits.topicsPerPage));
  const page = Math.min(query.page ?? 1, pageCount);
  const topics = chosenTopics.slice(
    (page - 1) * compareLimits.topicsPerPage,
    page * compareLimits.topicsPerPage,
  );

  const cells = await getCompareMatrix(db, {
    process: query.process,
    dates: b ? [a, b] : [a],
    partySlugs: parties.map((p) => p.slug),
    topicSlugs: topics.map((t) => t.slug),
  });
  const byKey = new Map(cells.map((c) => [`${c.partyId}:${c.topicId}`, c]));
  const allRows = topics.map((topic) => ({
    topic,
    cells: parties.map((party) => {
      const found = byKey.get(`${party.id}:${topic.id}`);
      const atA = found?.byDate[0] ?? null;
      const atB = b ? (found?.byDate[1] ?? null) : null;
      // A single snapshot has nothing to compare with: no cell is "changed".
      const change = b ? cellChange(atA, atB) : atA ? "unchanged" : "none";
      return { party, a: atA, b: atB, change, highlighted: isHighlighted(change) };
    }),
  }));
  const changedOnly = query.changed && b !== null;
  return {
    process,
    a,
    b,
    partySlugs,
    topicSlugs,
    changedOnly,
    allParties: axes.parties,
    allTopics: axes.topics,
    parties,
    rows: changedOnly ? allRows.filter((r) => r.cells.some((c) => c.highlighted)) : allRows,
    allRows,
    unknownSlugs,
    rounds,
    page,
    pageCount,
    topicCount: chosenTopics.length,
    partiesLeftOut: chosenParties.slice(compareLimits.parties).map((p) => p.name),
  };
}
