import Link from "next/link";
import { externalRel } from "@/components/source-link";
import { formatDateRange } from "@/lib/dates";
import { labelOf, positionKindLabel, stanceLabel } from "@/lib/domain";
import type { CellPosition } from "@/lib/queries/compare";

/**
 * One statement as the matrix reveals it: summary, the verbatim quote (or the
 * source's excerpt, labelled "as reported", when no quote exists), speaker and
 * date, the sources, and a link to the position's own page.
 */
export function StatementNote({ position, label }: { position: CellPosition; label: string }) {
  const excerpt = position.quote ? null : (position.sources.find((s) => s.excerpt)?.excerpt ?? null);
  const speaker = [position.speakerName, position.speakerTitle].filter(Boolean).join(", ");
  return (
    <div className="space-y-1.5 border-t border-rule pt-2 text-sm first:border-t-0 first:pt-0">
      <p className="text-[0.7rem] font-semibold uppercase tracking-wide text-muted">
        {label} · {labelOf(stanceLabel, position.stance)},{" "}
        {labelOf(positionKindLabel, position.kind).toLowerCase()}
      </p>
      <p>{position.summary}</p>
      {position.quote ? (
        <blockquote className="border-l-2 border-accent pl-2 font-serif italic">
          “{position.quote}”
        </blockquote>
      ) : excerpt ? (
        <blockquote className="border-l-2 border-rule pl-2 font-serif">
          <span className="not-italic text-[0.7rem] font-semibold uppercase tracking-wide text-muted">
            As reported:{" "}
          </span>
          <span className="italic">{excerpt}</span>
        </blockquote>
      ) : null}
      <p className="text-muted">
        {speaker ? `${speaker} · ` : ""}
        {formatDateRange(position.statedOn, null, position.datePrecision)}
        {position.datePrecision === "approximate" ? " (approximate date)" : ""}
      </p>
      {position.sources.length > 0 ? (
        <ul className="space-y-0.5">
          {position.sources.map((s) => (
            <li key={`${s.url ?? ""}-${s.title}`}>
              {s.url ? (
                <a href={s.url} target="_blank" rel={externalRel}>
                  {s.outlet ? `${s.outlet}: ` : ""}
                  {s.title}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              ) : (
                <span>{s.title}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link href={`/positions/${position.id}`}>Position and sources →</Link>
      </p>
    </div>
  );
}
