import Link from "next/link";
import { formatDateRange } from "@/lib/dates";
import { eventKindLabel } from "@/lib/domain";
import type { EventView } from "@/lib/queries/events";
import { StatusBadge } from "./event-details";

/**
 * The server-rendered list of the events on the timeline: the accessible
 * alternative to the canvas, and the whole page for readers without JavaScript.
 */
export function EventList({ events, heading = "Events" }: { events: EventView[]; heading?: string }) {
  return (
    <section aria-labelledby="event-list-heading" className="mt-8">
      <h2 id="event-list-heading" className="mb-3 font-serif text-xl font-semibold">
        {heading} <span className="text-base font-normal text-muted">({events.length})</span>
      </h2>
      {events.length === 0 ? (
        <p className="text-muted">No published events yet.</p>
      ) : (
        <ol className="divide-y divide-rule border-y border-rule">
          {events.map((event) => (
            <li key={event.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:gap-4">
              <span className="w-44 shrink-0 text-sm tabular-nums text-muted">
                {formatDateRange(event.startsOn, event.endsOn, event.datePrecision)}
              </span>
              <span className="flex-1">
                <Link href={`/events/${event.slug}`} className="font-medium">
                  {event.title}
                </Link>
                <span className="ml-2 text-sm text-muted">{eventKindLabel[event.kind] ?? event.kind}</span>
                {event.status !== "held" ? (
                  <span className="ml-2">
                    <StatusBadge event={event} />
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
