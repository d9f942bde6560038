import Link from "next/link";
import type { ComparisonCell } from "@/lib/compare/view";
import type { CellPosition } from "@/lib/queries/compare";
import { compareCellPath } from "@/lib/validation/compare-cell";
import { CellDetails } from "./cell-details";
import { ChangeBadge } from "./change-badge";
import { RedLineMark, StanceTag } from "./stance-tag";

function Line({ tag, position }: { tag: string; position: CellPosition | null }) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-1.5">
      <span className="w-4 shrink-0 text-xs font-bold text-muted">{tag}</span>
      <StanceTag stance={position?.stance ?? null} />
      {position?.kind === "red_line" ? <RedLineMark /> : null}
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
  topicSlug,
  a,
  b,
}: {
  cell: ComparisonCell;
  topicSlug: string;
  a: string;
  b: string | null;
}) {
  const shown = [cell.a, cell.b].filter(
    (p, i, all): p is CellPosition => !!p && all.findIndex((q) => q?.id === p.id) === i,
  );
  return (
    <td
      data-change={cell.change}
      data-party={cell.party.slug}
      data-topic={topicSlug}
      className={`min-w-44 border border-rule p-2 align-top ${cell.highlighted ? "bg-[#fff4cc] shadow-[inset_3px_0_0_#8a6d00]" : "bg-white"}`}
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
          src={compareCellPath({ party: cell.party.slug, topic: topicSlug, a, b: b ?? undefined })}
          summary={
            <>
              Statement{shown.length > 1 ? "s" : ""}
              <span className="sr-only"> of {cell.party.name}</span>
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
