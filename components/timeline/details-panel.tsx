"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { EventView } from "@/lib/queries/events";
import type { PositionView } from "@/lib/queries/positions";
import { fetchJson } from "@/lib/query-client";
import { EventFacts } from "../event-details";
import { type PositionItem, PositionList } from "../position-list";
import { QueryProvider } from "../query-provider";

type ItemDetails =
  | { type: "event"; event: EventView; positions: PositionItem[] }
  | { type: "position"; position: PositionView };

/** The selected item's facts and sources; a side panel on wide screens, a bottom sheet on phones. */
/** With its own QueryProvider: TanStack Query is not in the root layout (components/query-provider.tsx). */
export function DetailsPanel(props: { itemRef: string; onClose: () => void; embed: boolean }) {
  return (
    <QueryProvider>
      <DetailsPanelBody {...props} />
    </QueryProvider>
  );
}

function DetailsPanelBody({
  itemRef,
  onClose,
  embed,
}: {
  itemRef: string;
  onClose: () => void;
  embed: boolean;
}) {
  const query = useQuery({
    queryKey: ["timeline-item", itemRef],
    queryFn: () => fetchJson<ItemDetails>(`/api/v1/timeline/items/${encodeURIComponent(itemRef)}`),
  });
  const [copied, setCopied] = useState(false);

  async function copyLink() {
    await navigator.clipboard?.writeText(window.location.href).catch(() => {});
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }

  const title =
    query.data?.type === "event"
      ? query.data.event.title
      : query.data?.type === "position"
        ? `${query.data.position.party.name} on ${query.data.position.topic.name}`
        : "Details";

  return (
    <aside
      aria-label="Details of the selected item"
      data-testid="event-panel"
      className="parley-sheet fixed inset-x-0 bottom-0 z-20 max-h-[70vh] overflow-y-auto rounded-t-lg border border-rule bg-white p-4 shadow-2xl lg:inset-x-auto lg:top-20 lg:right-4 lg:bottom-4 lg:w-96 lg:max-h-none lg:rounded"
    >
      <div className="mb-2 flex items-start justify-between gap-2">
        <h2 className="font-serif text-xl font-semibold leading-snug">{title}</h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded px-2 text-2xl leading-none text-muted hover:bg-stone-100"
          aria-label="Close details"
        >
          ×
        </button>
      </div>
      {query.isPending ? (
        <div aria-busy="true" className="animate-pulse space-y-2">
          <div className="h-4 w-2/3 rounded bg-stone-200" />
          <div className="h-16 rounded bg-stone-200" />
        </div>
      ) : query.isError ? (
        <p role="alert" className="text-sm text-red-900">
          {query.error.message === "Not found"
            ? "This item is no longer published."
            : "The details could not be loaded."}
        </p>
      ) : query.data.type === "event" ? (
        <div className="space-y-4">
          <EventFacts event={query.data.event} />
          {query.data.positions.length > 0 ? (
            <section aria-label="Positions stated here">
              <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">
                Positions stated here
              </h3>
              <PositionList positions={query.data.positions} emptyText="" />
            </section>
          ) : null}
          <div className="flex flex-wrap gap-3 text-sm">
            <Link
              href={`/events/${query.data.event.slug}`}
              target={embed ? "_blank" : undefined}
              className="font-medium"
            >
              Open event page →
            </Link>
            <button type="button" onClick={copyLink} className="parley-button">
              {copied ? "Link copied" : "Copy link"}
            </button>
          </div>
        </div>
      ) : (
        <div className="space-y-3">
          <PositionList positions={[query.data.position]} emptyText="" />
          <button type="button" onClick={copyLink} className="parley-button text-sm">
            {copied ? "Link copied" : "Copy link"}
          </button>
        </div>
      )}
    </aside>
  );
}
