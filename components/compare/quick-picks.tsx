import { format, parseISO, subDays } from "date-fns";
import type { TalksRound } from "@/lib/queries/compare";

export type QuickPick = { label: string; date: string };

const short = (iso: string) => format(parseISO(iso), "d MMM yyyy");

/** "Before Gomel region" (the day before) and "Gomel region, 28 Feb 2022" for every recorded talks round. */
export function quickPicks(rounds: TalksRound[]): QuickPick[] {
  return rounds.flatMap((round) => {
    const place = round.locationName ?? round.title;
    const before = format(subDays(parseISO(round.startsOn), 1), "yyyy-MM-dd");
    return [
      { label: `Before ${place}`, date: before },
      { label: `${place}, ${short(round.startsOn)}`, date: round.startsOn },
    ];
  });
}

/**
 * Links that set date A or B to a talks round, keeping the rest of the comparison.
 * Plain <a>s: ~100 next/link instances would each render a client component and prefetch a whole comparison;
 * one short class (app/globals.css, the current pick by aria-current) instead of a utility list on each.
 */
export function QuickPicks({
  picks,
  hrefFor,
  current,
}: {
  picks: QuickPick[];
  hrefFor: (which: "a" | "b", date: string) => string;
  current: { a: string; b: string | null };
}) {
  if (picks.length === 0) return null;
  return (
    <div className="space-y-1.5 text-sm">
      {(["a", "b"] as const).map((which) => (
        <div key={which} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <span className="w-16 shrink-0 text-xs font-semibold uppercase tracking-wide text-muted">
            Set {which.toUpperCase()}
          </span>
          {picks.map((pick) => {
            const active = current[which] === pick.date;
            return (
              <a
                key={`${which}-${pick.label}`}
                href={hrefFor(which, pick.date)}
                aria-current={active ? "true" : undefined}
                className="qp"
              >
                <span className="sr-only">{`Date ${which.toUpperCase()}: `}</span>
                {pick.label}
              </a>
            );
          })}
        </div>
      ))}
    </div>
  );
}
