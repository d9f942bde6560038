import Link from "next/link";
import { formatDateRange } from "@/lib/dates";
import type { ProcessSummary } from "@/lib/timeline/process-summaries";

/** The home page's list when Parley follows several processes: latest round, next talks, parties. */
export function ProcessList({ rows }: { rows: ProcessSummary[] }) {
  return (
    <section aria-labelledby="processes-heading" className="mb-8">
      <h2 id="processes-heading" className="mb-2 font-serif text-2xl font-semibold">
        Peace processes
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {rows.map(({ process, latest, next }) => (
          <li key={process.slug} className="rounded border border-rule bg-white p-3">
            <h3 className="font-serif text-lg font-semibold">
              <Link href={`/processes/${process.slug}`}>{process.name}</Link>
            </h3>
            <p className="text-sm text-muted">
              {process.parties.map((p) => p.name).join(", ") || "No parties yet"}
            </p>
            <p className="mt-1 text-sm">
              Latest round:{" "}
              {latest ? (
                <Link href={`/events/${latest.slug}`}>
                  {latest.title} ({formatDateRange(latest.startsOn, latest.endsOn, latest.datePrecision)})
                </Link>
              ) : (
                "none held"
              )}
            </p>
            <p className="text-sm">
              Next talks:{" "}
              {next ? (
                <Link href={`/events/${next.slug}`}>
                  {next.title} ({formatDateRange(next.startsOn, next.endsOn, next.datePrecision)})
                </Link>
              ) : (
                "none scheduled"
              )}
            </p>
            <p className="mt-1 text-sm">
              <Link href={`/?process=${process.slug}`}>Timeline of this process</Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
