import Link from "next/link";
import { RedLineMark, StanceTag } from "@/components/compare/stance-tag";
import { formatDateRange } from "@/lib/dates";
import type { HistoryStep } from "@/lib/history/steps";
import type { PositionView } from "@/lib/queries/positions";

const emphasised = new Set([
  "stance changed",
  "red line softened",
  "red line dropped",
  "now a red line",
  "kind changed",
]);

/** One lane of a history: every statement in date order with what it changed, its quote and a link. */
export function HistorySteps({
  steps,
  show,
}: {
  steps: HistoryStep<PositionView>[];
  show: "topic" | "party";
}) {
  return (
    <ol className="relative space-y-3 border-l border-rule pl-4">
      {steps.map(({ position: p, label }) => (
        <li key={p.id} className="relative">
          <span aria-hidden="true" className="absolute -left-[1.3rem] top-1.5 h-2 w-2 rounded-full bg-ink" />
          <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
            <span className="tabular-nums text-muted">
              {formatDateRange(p.statedOn, null, p.datePrecision)}
            </span>
            <StanceTag stance={p.stance} />
            {p.kind === "red_line" ? <RedLineMark /> : null}
            <span
              className={
                emphasised.has(label)
                  ? "rounded-sm bg-ink px-1 text-[0.65rem] font-bold uppercase leading-4 tracking-wide text-white"
                  : "text-xs uppercase tracking-wide text-muted"
              }
            >
              {label}
            </span>
            {show === "topic" ? null : (
              <Link href={`/topics/${p.topic.slug}`} className="text-xs underline">
                {p.topic.name}
              </Link>
            )}
          </p>
          <p className="mt-0.5">{p.summary}</p>
          {p.quote ? (
            <blockquote className="mt-1 border-l-2 border-accent pl-2 font-serif italic">
              “{p.quote}”
            </blockquote>
          ) : null}
          <p className="mt-0.5 text-sm text-muted">
            {p.person ? `${p.person.name}${p.person.title ? `, ${p.person.title}` : ""} · ` : ""}
            <Link href={`/positions/${p.id}`} className="underline">
              Statement and sources
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
