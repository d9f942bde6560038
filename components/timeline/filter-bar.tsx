"use client";

import { type FormEvent, useEffect, useState } from "react";
import { PartySwatch } from "@/components/party-chip";
import { eventKindLabel, eventKinds, eventStatuses, eventStatusLabel, selectOptions } from "@/lib/domain";
import type { TimelineFacets, TimelineWindow } from "@/lib/queries/timeline";
import { EmbedButton } from "./embed-button";
import type { useTimelineState } from "./use-timeline-state";

type Props = {
  facets: TimelineFacets;
  state: ReturnType<typeof useTimelineState>;
  counts: TimelineWindow["counts"];
  /** Items on screen now (the fetched range is wider than the view). */
  inView: number;
};

const listKeys = ["parties", "kinds", "topics", "status"] as const;
type ListKey = (typeof listKeys)[number];
const legends: Record<ListKey, string> = {
  parties: "Parties",
  kinds: "Kinds",
  topics: "Topics",
  status: "Status",
};

/**
 * Filters as a plain GET form, so they work without JavaScript; with it, each
 * change updates the URL at once and the timeline refetches.
 */
export function FilterBar({ facets, state, counts, inView }: Props) {
  const { filters, range, lanes, setUrl } = state;
  const [q, setQ] = useState(filters.q ?? "");

  // Debounce typing; the URL (and so the fetch) follows 300 ms after the last key.
  useEffect(() => {
    if (q === (filters.q ?? "")) return;
    const timer = setTimeout(() => void setUrl({ q: q || null, sel: null }, { history: "replace" }), 300);
    return () => clearTimeout(timer);
  }, [q, filters.q, setUrl]);

  function toggle(key: ListKey, value: string, on: boolean) {
    const current: string[] = filters[key];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    void setUrl({ [key]: next.length ? next : null });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void setUrl({ q: q || null });
  }

  const activeCount =
    filters.parties.length + filters.kinds.length + filters.topics.length + filters.status.length;

  // The checkbox filters; each key is also the URL parameter.
  const options: Record<ListKey, Option[]> = {
    parties: facets.parties.map((p) => ({ value: p.slug, label: p.name, color: p.color })),
    kinds: selectOptions(eventKinds, eventKindLabel),
    topics: facets.topics.map((t) => ({ value: t.slug, label: t.name })),
    status: selectOptions(eventStatuses, eventStatusLabel),
  };

  return (
    <form
      method="get"
      action="/"
      onSubmit={onSubmit}
      className="rounded border border-rule bg-white p-3"
      aria-label="Filter the timeline"
    >
      <div className="flex flex-wrap items-end gap-3">
        {facets.processes.length > 1 && (
          <label className="flex flex-col text-sm">
            <span className="mb-1 font-medium">Peace process</span>
            <select
              name="process"
              value={filters.process ?? ""}
              className="rounded border border-rule px-2 py-1"
              onChange={(e) =>
                // Lanes and topics belong to the process: the server renders them afresh.
                void setUrl(
                  { process: e.target.value || null, parties: null, topics: null, sel: null },
                  { shallow: false },
                )
              }
            >
              <option value="">All processes</option>
              {facets.processes.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="flex min-w-56 flex-1 flex-col text-sm">
          <span className="mb-1 font-medium">Search</span>
          <input
            type="search"
            name="q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Titles, summaries, quotes, names — e.g. Istanbul, Kyiv"
            className="parley-input"
            maxLength={200}
          />
        </label>
        {/* Each end moves only while it stays on its side of the other: the window never inverts. */}
        <DateBound
          label="From"
          name="from"
          value={range.from}
          onPick={(from) => from < range.to && setUrl({ from })}
        />
        <DateBound label="To" name="to" value={range.to} onPick={(to) => to > range.from && setUrl({ to })} />
        <fieldset className="text-sm">
          <legend className="mb-1 font-medium">Lanes</legend>
          <div className="flex gap-3 py-1.5">
            {(["party", "kind"] as const).map((mode) => (
              <label key={mode} className="flex items-center gap-1">
                <input
                  type="radio"
                  name="lanes"
                  value={mode}
                  checked={lanes === mode}
                  onChange={() => void setUrl({ lanes: mode === "party" ? null : mode })}
                />
                {mode === "party" ? "By party" : "By kind"}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="parley-button">
          Apply
        </button>
      </div>

      <div className="mt-3 flex flex-wrap gap-2">
        {listKeys.map((name) => (
          <CheckboxGroup
            key={name}
            legend={legends[name]}
            name={name}
            options={options[name]}
            selected={filters[name]}
            onToggle={(v, on) => toggle(name, v, on)}
          />
        ))}
      </div>

      <div className="mt-3 flex flex-wrap items-center justify-between gap-2 border-t border-rule pt-2 text-sm">
        <p aria-live="polite" data-testid="timeline-counts">
          <strong>{counts.matching.toLocaleString("en")}</strong> of {counts.published.toLocaleString("en")}{" "}
          events match{activeCount || filters.q ? "" : " (no filters)"} · {inView.toLocaleString("en")} items
          in view
        </p>
        <div className="flex items-center gap-3">
          {activeCount || filters.q ? (
            <a
              href="/"
              onClick={(e) => {
                e.preventDefault();
                setQ("");
                void setUrl({ parties: null, kinds: null, topics: null, status: null, q: null, sel: null });
              }}
            >
              Clear filters
            </a>
          ) : null}
          <EmbedButton />
        </div>
      </div>
    </form>
  );
}

/** One end of the window as a date input; `onPick` gets a chosen (non-empty) date. */
function DateBound(props: { label: string; name: string; value: string; onPick: (date: string) => unknown }) {
  return (
    <label className="flex flex-col text-sm">
      <span className="mb-1 font-medium">{props.label}</span>
      <input
        type="date"
        name={props.name}
        value={props.value}
        onChange={(e) => e.target.value && void props.onPick(e.target.value)}
        className="parley-input"
      />
    </label>
  );
}

type Option = { value: string; label: string; color?: string };

function CheckboxGroup(props: {
  legend: string;
  name: string;
  options: Option[];
  selected: string[];
  onToggle: (value: string, on: boolean) => void;
}) {
  const count = props.selected.length;
  return (
    <details className="parley-disclosure" open={count > 0 || undefined}>
      <summary className="cursor-pointer rounded border border-rule px-2 py-1 text-sm">
        {props.legend}
        {count ? ` (${count})` : ""}
      </summary>
      <fieldset className="mt-2 flex max-w-xl flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">{props.legend}</legend>
        {props.options.map((option) => (
          <label key={option.value} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              name={props.name}
              value={option.value}
              checked={props.selected.includes(option.value)}
              onChange={(e) => props.onToggle(option.value, e.target.checked)}
            />
            {option.color ? <PartySwatch color={option.color} /> : null}
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
