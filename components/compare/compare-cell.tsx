import type { DecodedCell, StanceAt } from "@/lib/compare/cell-code";
import { compareCellPath } from "@/lib/compare/cell-path";
import { CellDetails } from "./cell-details";
import { ChangeBadge } from "./change-badge";
import { RedLineMark, StanceTag } from "./stance-tag";

function Line({ tag, position }: { tag: string; position: StanceAt | null }) {
  return (
    <div className="cmp-line">
      <span className="cmp-tag">{tag}</span>
      <StanceTag stance={position?.stance ?? null} />
      {position?.redLine ? <RedLineMark /> : null}
    </div>
  );
}

/**
 * One matrix cell: the stance as of A and as of B, a "changed" badge, and the
 * statements behind them in a <details> that opens by click, Enter or Space and
 * loads them then (without JavaScript it links to the party's dated statements
 * on the topic's page, which needs no statement id in the matrix). Plain <a>s,
 * not next/link: 250 Link instances per page cost server render time and would
 * prefetch the same few topic pages over and over. The hidden
 * "A"/"B" words keep the lines clear to screen readers.
 */
export function CompareCell({
  cell,
  party,
  topicSlug,
  a,
  b,
  process,
}: {
  cell: DecodedCell;
  party: { slug: string; name: string };
  topicSlug: string;
  a: string;
  b: string | null;
  process?: string;
}) {
  return (
    <td
      data-change={cell.change}
      data-party={party.slug}
      data-topic={topicSlug}
      className={cell.highlighted ? "cmp-cell cmp-hl" : "cmp-cell"}
    >
      {cell.change === "none" ? (
        // Nothing on either date: a quiet dash keeps the changes easy to spot.
        <span className="text-muted">
          <span aria-hidden="true">—</span>
          <span className="sr-only">No stated position</span>
        </span>
      ) : (
        <div className="space-y-1">
          {b && cell.change === "unchanged" ? (
            // The same statement on both dates: one line says so, and the page carries half the markup.
            <Line tag="A B" position={cell.a} />
          ) : (
            <>
              <Line tag="A" position={cell.a} />
              {b ? <Line tag="B" position={cell.b} /> : null}
            </>
          )}
          <ChangeBadge change={cell.change} />
          {cell.change === "restated" ? <span className="text-xs text-muted">Restated</span> : null}
        </div>
      )}
      {cell.statements > 0 ? (
        <CellDetails
          src={compareCellPath({ party: party.slug, topic: topicSlug, a, b: b ?? undefined, process })}
          summary={
            <>
              {cell.statements > 1 ? "Statements" : "Statement"}
              <span className="sr-only">{` of ${party.name}`}</span>
            </>
          }
          fallback={<a href={`/topics/${topicSlug}#lane-${party.slug}`}>Dated statements and sources →</a>}
        />
      ) : null}
    </td>
  );
}
