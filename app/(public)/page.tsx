import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CiteThisView } from "@/components/cite-this-view";
import { ServedTimeline } from "@/components/timeline/served-timeline";
import { formatDateRange } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { loadCachedHomePage } from "@/lib/timeline/cached";
import { ProcessList } from "./process-list";

export const metadata: Metadata = {
  title: "Peace talks timeline",
  description: "Talks, calls and statements of the parties to a peace process, each tied to its sources.",
  openGraph: { title: "Peace talks timeline · Parley", type: "website" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TimelinePage({ searchParams }: Props) {
  await connection();
  const db = getDb();
  // Cached data keyed by the data version; the HTML is rendered per request (CSP nonce).
  const page = await loadCachedHomePage(db, await searchParams);
  const { view, phoneView, upcoming, today, processSummaries } = page;

  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Peace talks timeline</h1>
      <p className="mb-5 max-w-2xl text-muted">
        Talks, calls and statements of the parties, each tied to its sources. Select an item to read what was
        said.
      </p>
      {view.repaired ? (
        <p
          role="status"
          className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          Part of this link was not understood and has been left out; the rest of the view is shown.
        </p>
      ) : null}
      {processSummaries ? <ProcessList rows={processSummaries} /> : null}
      <ServedTimeline page={page} />
      <section aria-labelledby="upcoming-heading" className="mt-10 border-t border-rule pt-4">
        <h2 id="upcoming-heading" className="mb-2 font-serif text-xl font-semibold">
          Upcoming talks
        </h2>
        {upcoming.length === 0 ? (
          <p className="text-sm text-muted">
            No talks are scheduled after today ({formatDateRange(today, null, "day")}).
          </p>
        ) : (
          <ul className="space-y-1">
            {upcoming.map((e) => (
              <li key={e.slug}>
                <span className="text-sm tabular-nums text-muted">
                  {formatDateRange(e.startsOn, e.endsOn, e.datePrecision)}
                </span>{" "}
                <Link href={`/events/${e.slug}`}>{e.title}</Link>
                {e.locationName ? <span className="text-sm text-muted"> · {e.locationName}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <CiteThisView
        title="Peace talks timeline"
        pathname="/"
        view="timeline"
        pinned={view.range}
        pinnedOnPhone={phoneView}
      />
    </>
  );
}
