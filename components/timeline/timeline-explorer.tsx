"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { EventView } from "@/lib/queries/events";
import { EventFacts } from "../event-details";
import { TimelineCanvas } from "./timeline-canvas";
import { buildTimeline, initialWindow } from "./timeline-items";

/** The timeline with its details panel: selecting an item opens the event's facts and sources. */
export function TimelineExplorer({ events }: { events: EventView[] }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { lanes, entries } = useMemo(() => buildTimeline(events), [events]);
  const window = useMemo(() => initialWindow(entries), [entries]);
  const selected = selectedId ? events.find((e) => e.id === selectedId) : undefined;

  if (events.length === 0) {
    return (
      <div className="rounded border border-dashed border-rule bg-white p-8 text-center text-muted">
        No published events yet. Once editors publish events, they appear here.
      </div>
    );
  }

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <TimelineCanvas
        lanes={lanes}
        entries={entries}
        window={window}
        selectedId={selectedId}
        onSelect={setSelectedId}
      />
      <aside
        aria-live="polite"
        aria-label="Event details"
        className="rounded border border-rule bg-white p-4"
        data-testid="event-panel"
      >
        {selected ? (
          <div className="space-y-3">
            <div className="flex items-start justify-between gap-2">
              <h2 className="font-serif text-xl font-semibold leading-snug">{selected.title}</h2>
              <button
                type="button"
                onClick={() => setSelectedId(null)}
                className="rounded px-2 text-xl leading-none text-muted hover:bg-stone-100"
                aria-label="Close details"
              >
                ×
              </button>
            </div>
            <EventFacts event={selected} />
            <Link href={`/events/${selected.slug}`} className="inline-block text-sm font-medium">
              Open event page →
            </Link>
          </div>
        ) : (
          <p className="text-sm text-muted">
            Select an event on the timeline to see its details and sources.
          </p>
        )}
      </aside>
    </div>
  );
}
