import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CiteThisView } from "@/components/cite-this-view";
import { DatedEventList } from "@/components/dated-event-list";
import { PartySwatch } from "@/components/party-chip";
import { today as currentDay, formatDateRange } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { labelOf, processPartyRoleLabel } from "@/lib/domain";
import { listEvents } from "@/lib/queries/events";
import { getProcess, listRedLinesAsOf } from "@/lib/queries/processes";
import { loadBySlug } from "../../load-by-slug";

type Props = { params: Promise<{ slug: string }> };

const loadProcess = loadBySlug(getProcess);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const process = await loadProcess((await params).slug);
  if (!process) notFound();
  const description = process.summary || `Talks, parties and red lines of ${process.name}.`;
  return {
    title: process.name,
    description,
    openGraph: { title: process.name, description, type: "website" },
  };
}

export default async function ProcessPage({ params }: Props) {
  const process = await loadProcess((await params).slug);
  if (!process) notFound();
  const db = getDb();
  const today = currentDay();
  const [redLines, latest, upcoming] = await Promise.all([
    listRedLinesAsOf(db, process.id, today),
    // Newest first by when they happened, not by when they were edited.
    listEvents(db, { process: process.slug, to: today }).then((all) => all.slice(-8).reverse()),
    listEvents(db, { process: process.slug, from: today, status: ["scheduled"], limit: 5 }),
  ]);
  const q = `process=${process.slug}`;

  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/?${q}`}>← Timeline of this process</Link>
      </p>
      <h1 className="font-serif text-3xl font-bold leading-tight">{process.name}</h1>
      <p className="mt-1 text-sm text-muted">
        {[
          process.conflict,
          process.startedOn ? `since ${formatDateRange(process.startedOn, null, "day")}` : null,
          process.status,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {process.summary ? <p className="mt-3">{process.summary}</p> : null}

      <section aria-labelledby="parties-heading" className="mt-8">
        <h2 id="parties-heading" className="font-serif text-2xl font-semibold">
          Parties
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {process.parties.map((p) => (
            <li key={p.slug} className="rounded border border-rule px-2 py-1 text-sm">
              <PartySwatch color={p.color} className="mr-2 h-3 w-3" />
              <Link href={`/parties/${p.slug}`}>{p.name}</Link>
              <span className="ml-1 text-muted">· {labelOf(processPartyRoleLabel, p.role)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="red-lines-heading" className="mt-8">
        <h2 id="red-lines-heading" className="font-serif text-2xl font-semibold">
          Red lines as of today
        </h2>
        {redLines.length === 0 ? (
          <p className="text-muted">No party's latest statement on a topic is a red line.</p>
        ) : (
          <ul className="mt-2 divide-y divide-rule border-y border-rule">
            {redLines.map((r) => (
              <li key={`${r.partySlug}-${r.topicName}`} className="py-2">
                <span className="font-medium">{r.partyName}</span> on {r.topicName}{" "}
                <span className="text-sm text-muted">({formatDateRange(r.statedOn, null, "day")})</span>
                <p className="text-sm">{r.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="upcoming-heading" className="mt-8">
        <h2 id="upcoming-heading" className="font-serif text-2xl font-semibold">
          Upcoming talks
        </h2>
        {upcoming.length === 0 ? (
          <p className="text-muted">Nothing is scheduled after today.</p>
        ) : (
          <DatedEventList events={upcoming} />
        )}
      </section>

      <section aria-labelledby="latest-heading" className="mt-8">
        <h2 id="latest-heading" className="font-serif text-2xl font-semibold">
          Latest events
        </h2>
        <DatedEventList events={latest} />
      </section>

      <section aria-labelledby="subscribe-heading" className="mt-8 text-sm">
        <h2 id="subscribe-heading" className="font-serif text-xl font-semibold">
          Follow this process
        </h2>
        <ul className="mt-2 list-disc pl-5">
          <li>
            <a href={`/feed.xml?${q}`}>Atom feed</a>
          </li>
          <li>
            <a href={`/calendar.ics?${q}`}>Calendar (iCalendar)</a>
          </li>
          <li>
            <a href={`/api/v1/events?${q}`}>Events as JSON</a>
          </li>
        </ul>
      </section>
      <CiteThisView title={process.name} pathname={`/processes/${process.slug}`} />
    </article>
  );
}
