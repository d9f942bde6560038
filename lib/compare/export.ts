/**
 * The comparison as flat rows, one per party × topic, for the CSV and JSON
 * exports: both dates, both statements, their sources and a permalink, so a
 * row pasted into a spreadsheet still says where it came from.
 */

import { writeCsv } from "../csv";
import type { CellPosition } from "../queries/compare";
import { compareSearch } from "../validation/compare";
import type { Comparison } from "./view";

export type ExportRow = Record<(typeof exportColumns)[number], string>;

const side = (tag: "a" | "b") =>
  [
    `as_of_${tag}`,
    `stance_${tag}`,
    `kind_${tag}`,
    `stated_on_${tag}`,
    `date_precision_${tag}`,
    `summary_${tag}`,
    `quote_${tag}`,
    `reported_${tag}`,
    `speaker_${tag}`,
    `source_urls_${tag}`,
    `position_url_${tag}`,
  ] as const;

export const exportColumns = [
  "party",
  "party_slug",
  "topic",
  "topic_slug",
  ...side("a"),
  ...side("b"),
  "change",
  "permalink",
] as const;

function sideValues(tag: "a" | "b", date: string | null, p: CellPosition | null, origin: string) {
  const speaker = p ? [p.speakerName, p.speakerTitle].filter(Boolean).join(", ") : "";
  return {
    [`as_of_${tag}`]: date ?? "",
    [`stance_${tag}`]: p?.stance ?? (date ? "no stated position" : ""),
    [`kind_${tag}`]: p?.kind ?? "",
    [`stated_on_${tag}`]: p?.statedOn ?? "",
    [`date_precision_${tag}`]: p?.datePrecision ?? "",
    [`summary_${tag}`]: p?.summary ?? "",
    [`quote_${tag}`]: p?.quote ?? "",
    // Without a verbatim quote, the cited excerpt is what the source reports (as the page shows it).
    [`reported_${tag}`]: p && !p.quote ? (p.sources.find((s) => s.excerpt)?.excerpt ?? "") : "",
    [`speaker_${tag}`]: speaker,
    // One cell, several links: " | " never occurs inside a stored URL (no whitespace allowed).
    [`source_urls_${tag}`]: p ? p.sources.flatMap((s) => (s.url ? [s.url] : [])).join(" | ") : "",
    [`position_url_${tag}`]: p ? `${origin}/positions/${p.id}` : "",
  };
}

/** Every selected party × topic (the "changed only" filter is a view choice and does not thin the export). */
export function exportRows(c: Comparison, origin: string): ExportRow[] {
  const permalink = `${origin}/compare?${compareSearch({ process: c.process, a: c.a, b: c.b, parties: c.partySlugs, topics: c.topicSlugs })}`;
  return c.allRows.flatMap((row) =>
    row.cells.map(
      (cell) =>
        ({
          party: cell.party.name,
          party_slug: cell.party.slug,
          topic: row.topic.name,
          topic_slug: row.topic.slug,
          ...sideValues("a", c.a, cell.a, origin),
          ...sideValues("b", c.b, c.b ? cell.b : null, origin),
          change: c.b ? cell.change : "",
          permalink,
        }) as ExportRow,
    ),
  );
}

/** CSV with a header row (CRLF, as spreadsheet programs expect); formulas neutralised by the one writer. */
export function toCsv(rows: ExportRow[]): string {
  return writeCsv(
    exportColumns,
    rows.map((r) => exportColumns.map((k) => r[k])),
  );
}
