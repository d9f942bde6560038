import Link from "next/link";
import { compareCellPath } from "@/lib/compare/cell-path";
import type { MatrixCellView, StanceRef } from "@/lib/compare/matrix-view";
import { CellDetails } from "./cell-details";
import { ChangeBadge } from "./change-badge";
import { RedLineMark, StanceTag } from "./stance-tag";

function Line({ tag, position }: { tag: string; position: StanceRef | null }) {
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
 * loads them then (without JavaScript it links to each position's page). The
 * hidden "A"/"B" words keep the lines clear to screen readers.
 */
export function CompareCell({
  cell,
  party,
  topicSlug,
  a,
  b,
  process,
}: {
  cell: MatrixCellView;
  party: { slug: string; name: string };
  topicSlug: string;
  a: string;
  b: string | null;
  process?: string;
}) {
  const shown = [cell.a, cell.b].filter(
    (p, i, all): p is StanceRef => !!p && all.findIndex((q) => q?.id === p.id) === i,
  );
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
          <Line tag="A" position={cell.a} />
          {b ? <Line tag="B" position={cell.b} /> : null}
          <ChangeBadge change={cell.change} />
          {cell.change === "restated" ? <span className="text-xs text-muted">Restated</span> : null}
        </div>
      )}
      {shown.length > 0 ? (
        <CellDetails
          src={compareCellPath({ party: party.slug, topic: topicSlug, a, b: b ?? undefined, process })}
          summary={
            <>
              Statement{shown.length > 1 ? "s" : ""}
              <span className="sr-only"> of {party.name}</span>
            </>
          }
          fallback={shown.map((p) => (
            <p key={p.id} className="text-sm">
              <Link href={`/positions/${p.id}`}>
                {shown.length > 1 ? (p.id === cell.b?.id ? "B: " : "A: ") : ""}Position and sources →
              </Link>
            </p>
          ))}
        />
      ) : null}
    </td>
  );
}
