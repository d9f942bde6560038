import { connection } from "next/server";
import { EventList } from "@/components/event-list";
import { TimelineExplorer } from "@/components/timeline/timeline-explorer";
import { getDb } from "@/db";
import { listEvents } from "@/lib/queries/events";

export default async function TimelinePage() {
  await connection();
  const events = await listEvents(getDb(), {});
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Peace talks timeline</h1>
      <p className="mb-5 max-w-2xl text-muted">
        Talks, calls and statements of the parties, each tied to its sources. Select an event to read what was
        said.
      </p>
      <TimelineExplorer events={events} />
      <EventList events={events} />
    </>
  );
}
