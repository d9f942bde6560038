import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CiteThisView } from "@/components/cite-this-view";
import { CorrectionsNote } from "@/components/corrections-note";
import { EventFacts } from "@/components/event-details";
import { PositionList } from "@/components/position-list";
import { currentUser } from "@/lib/auth/guard";
import { formatDateRange } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { listCorrections } from "@/lib/queries/corrections";
import { getEventBySlug, getNeighbourEvents } from "@/lib/queries/events";
import { listPositionsAtEvent } from "@/lib/queries/positions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const event = await getEventBySlug(getDb(), (await params).slug);
  if (!event) notFound();
  const description = event.summary.slice(0, 200) || event.title;
  return {
    title: event.title,
    description,
    openGraph: { title: event.title, description, type: "article" },
  };
}

export default async function EventPage({ params }: Props) {
  await connection();
  const db = getDb();
  const event = await getEventBySlug(db, (await params).slug);
  if (!event) notFound();
  const [positions, neighbours, corrections, editor] = await Promise.all([
    listPositionsAtEvent(db, event.id),
    getNeighbourEvents(db, event),
    listCorrections(db, "event", event.id),
    currentUser(),
  ]);

  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/">← Timeline</Link>
      </p>
      <h1 className="mb-2 font-serif text-3xl font-bold leading-tight">{event.title}</h1>
      <EventFacts event={event} />
      <CorrectionsNote corrections={corrections} />
      <section aria-labelledby="positions-heading" className="mt-8">
        <h2 id="positions-heading" className="mb-2 font-serif text-xl font-semibold">
          Positions stated here
        </h2>
        <PositionList positions={positions} emptyText="No positions recorded for this event." />
        {editor && (
          <p className="mt-3 flex gap-4 text-sm">
            <Link href={`/editor/positions/new?event=${event.id}`}>Add position</Link>
            <Link href={`/editor/events/${event.id}`}>Edit event</Link>
          </p>
        )}
      </section>
      <nav
        aria-label="Nearby events"
        className="mt-10 grid gap-4 border-t border-rule pt-4 text-sm sm:grid-cols-2"
      >
        {neighbours.before ? (
          <Link href={`/events/${neighbours.before.slug}`}>
            ← Earlier: {neighbours.before.title} ({formatDateRange(neighbours.before.startsOn, null, "day")})
          </Link>
        ) : (
          <span />
        )}
        {neighbours.after ? (
          <Link href={`/events/${neighbours.after.slug}`} className="sm:text-right">
            Later: {neighbours.after.title} ({formatDateRange(neighbours.after.startsOn, null, "day")}) →
          </Link>
        ) : null}
      </nav>
      <CiteThisView title={event.title} pathname={`/events/${event.slug}`} />
    </article>
  );
}
