"use client";

import type { KeyboardEvent, MouseEvent } from "react";
import { formatDateRange } from "@/lib/dates";
import { eventKindLabel, labelOf, readerStatus } from "@/lib/domain";
import type { TimelineBucket, TimelineItem, TimelineWindow } from "@/lib/queries/timeline";
import { explainMatch } from "@/lib/search/match-reason";
import { itemRefOf } from "@/lib/timeline/item-ref";
import type { Lane } from "../../lib/timeline/lanes";

type Props = {
  mode: "items" | "aggregate";
  items: TimelineItem[];
  buckets: TimelineBucket[];
  lanes: Lane[];
  selected: string | null;
  onOpen: (ref: string) => void;
  onZoom: (direction: 1 | -1) => void;
  onZoomTo: (from: string, to: string) => void;
  embed: boolean;
  /** The reader's search and what it widened to, so each result says why it matched. */
  query?: string;
  search?: TimelineWindow["search"];
  /** Process names by slug when the list spans several processes: each entry names its own. */
  processNames?: Record<string, string>;
};

/**
 * The timeline as a list: the keyboard and screen-reader way through the same
 * items (↑/↓ move, Enter opens, +/− zoom), and the whole page without JavaScript,
 * where each entry is a plain link.
 */
export function TimelineList({
  mode,
  items,
  buckets,
  lanes,
  selected,
  onOpen,
  onZoom,
  onZoomTo,
  embed,
  query = "",
  search = null,
  processNames,
}: Props) {
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const links = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-list-entry]")];
    const index = links.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      links[Math.max(0, Math.min(links.length - 1, to))]?.focus();
    };
    if (event.key === "ArrowDown") move(index + 1);
    else if (event.key === "ArrowUp") move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(links.length - 1);
    else if (event.key === "+" || event.key === "=") onZoom(1);
    else if (event.key === "-" || event.key === "_") onZoom(-1);
  }

  const laneLabel = (id: string) => lanes.find((l) => l.id === id)?.label ?? "";

  return (
    <section aria-labelledby="timeline-list-heading" className="mt-6" onKeyDown={onKeyDown}>
      <h2 id="timeline-list-heading" className="mb-1 font-serif text-xl font-semibold">
        In this range
      </h2>
      <p className="mb-3 text-sm text-muted">
        Use ↑ and ↓ to move through the list, Enter to open an item, + and − to zoom the timeline.
      </p>
      {mode === "aggregate" ? (
        <ol className="divide-y divide-rule border-y border-rule" data-testid="timeline-list">
          {buckets.map((b) => (
            <li key={`${b.lane}-${b.start}`} className="flex items-center justify-between gap-3 py-2 text-sm">
              <span>
                <span className="tabular-nums">{formatDateRange(b.start, null, "day")}</span> ·{" "}
                {laneLabel(b.lane)}: <strong>{b.count.toLocaleString("en")}</strong>
              </span>
              <button
                type="button"
                data-list-entry
                className="parley-button"
                onClick={() => onZoomTo(b.start, b.end)}
              >
                Zoom to this period
              </button>
            </li>
          ))}
        </ol>
      ) : items.length === 0 ? (
        <p className="rounded border border-dashed border-rule bg-white p-6 text-center text-muted">
          Nothing in this range matches. Widen the dates, zoom out, or clear some filters.
        </p>
      ) : (
        <ol className="divide-y divide-rule border-y border-rule" data-testid="timeline-list">
          {items.map((item) => {
            const ref = itemRefOf(item);
            const href = item.type === "event" && item.slug ? `/events/${item.slug}` : `/?sel=${ref}`;
            const match = explainMatch(item.title, query, search);
            return (
              <li key={item.id} className="flex flex-col gap-1 py-2.5 sm:flex-row sm:items-baseline sm:gap-4">
                <span className="w-44 shrink-0 text-sm tabular-nums text-muted">
                  {formatDateRange(item.start, item.end, item.precision)}
                </span>
                <span className="flex-1">
                  <a
                    href={href}
                    target={embed ? "_blank" : undefined}
                    rel={embed ? "noopener" : undefined}
                    data-list-entry
                    aria-current={selected === ref ? "true" : undefined}
                    className={selected === ref ? "font-semibold" : "font-medium"}
                    onClick={(event: MouseEvent) => {
                      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                      event.preventDefault();
                      onOpen(ref);
                    }}
                  >
                    {match.parts.map((part, i) =>
                      part.hit ? (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one title never reorder
                        <mark key={i} className="bg-amber-100 text-inherit">
                          {part.text}
                        </mark>
                      ) : (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one title never reorder
                        <span key={i}>{part.text}</span>
                      ),
                    )}
                  </a>
                  <span className="ml-2 text-sm text-muted">
                    {item.type === "position" ? "Statement" : labelOf(eventKindLabel, item.kind)}
                    {item.status && item.status !== "held"
                      ? ` · ${readerStatus({ status: item.status, startsOn: item.start, endsOn: item.end }).label}`
                      : ""}
                    {processNames?.[item.process] ? (
                      <span data-testid="item-process"> · {processNames[item.process]}</span>
                    ) : null}
                  </span>
                  {match.reason ? (
                    <span className="block text-sm text-muted" data-testid="match-reason">
                      {match.reason}
                    </span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
