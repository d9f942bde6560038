import Link from "next/link";
import type { Database } from "@/db/client";
import { formatDateRange } from "@/lib/dates";
import { listEvents } from "@/lib/queries/events";
import type { ProcessView } from "@/lib/queries/processes";

/** The home page's list when Parley follows several processes: latest round, next talks, parties. */
export async function ProcessList({
  db,
  processes,
  today,
}: {
  db: Database;
  processes: ProcessView[];
  today: string;
}) {
  const rows = await Promise.all(
    processes.map(async (p) => {
      const [held, next] = await Promise.all([
        listEvents(db, { process: p.slug, kinds: ["talks"], to: today, limit: 1000 }),
        listEvents(db, { process: p.slug, status: ["scheduled"], from: today, limit: 1 }),
      ]);
      return { process: p, latest: held.filter((e) => e.status === "held").at(-1), next: next[0] };
    }),
  );
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
