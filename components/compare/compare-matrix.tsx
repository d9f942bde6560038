"use client";

import { PartySwatch } from "@/components/party-chip";
import { ScrollRegion } from "@/components/scroll-region";
import { decodeCell } from "@/lib/compare/cell-code";
import type { MatrixView } from "@/lib/compare/matrix-view";
import { formatDateRange } from "@/lib/dates";
import { CompareCell } from "./compare-cell";

/**
 * Topics (rows) × parties (columns) as a real table: a caption that states the
 * dates, column and row headers with scope, and a scroll container that is
 * itself focusable so keyboard users can pan it on small screens. A client
 * component so the page carries the compact matrix once (lib/compare/matrix-view.ts)
 * rather than the markup twice (HTML and its React payload).
 */
export function CompareMatrix({ view }: { view: MatrixView }) {
  const { a, b, parties, rows } = view;
  const dates = b
    ? `as of ${formatDateRange(a, null, "day")} (A) and ${formatDateRange(b, null, "day")} (B)`
    : `as of ${formatDateRange(a, null, "day")}`;
  return (
    <ScrollRegion label="Comparison table" className="border-y border-ink">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">
          Stances of {parties.length} {parties.length === 1 ? "party" : "parties"} on {rows.length}{" "}
          {rows.length === 1 ? "topic" : "topics"} {dates}
          {view.changedOnly ? ", topics with a change only" : ""}
        </caption>
        <thead>
          <tr className="bg-paper">
            <th
              scope="col"
              className="sticky left-0 z-10 min-w-36 bg-paper p-2 text-xs font-semibold uppercase tracking-wide text-muted"
            >
              Topic
            </th>
            {parties.map((party) => (
              <th key={party.slug} scope="col" className="p-2 align-bottom">
                <a
                  href={`/parties/${party.slug}`}
                  className="inline-flex items-center gap-1.5 font-semibold text-ink"
                >
                  <PartySwatch color={party.color} />
                  {party.name}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <th
                scope="row"
                className="sticky left-0 z-10 border border-rule bg-paper p-2 align-top text-sm font-semibold"
              >
                <a href={`/topics/${row.slug}`} className="text-ink">
                  {row.name}
                </a>
              </th>
              {row.cells.map((code, i) => {
                const party = parties[i];
                return party ? (
                  <CompareCell
                    key={party.slug}
                    cell={decodeCell(code)}
                    party={party}
                    topicSlug={row.slug}
                    a={a}
                    b={b}
                    process={view.process}
                  />
                ) : null;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? (
        <p className="p-4 text-sm text-muted">No topic changed between the two dates with these filters.</p>
      ) : null}
    </ScrollRegion>
  );
}
