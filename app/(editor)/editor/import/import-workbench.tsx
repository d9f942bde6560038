"use client";

import Link from "next/link";
import { useId, useState } from "react";
import type { NewNames } from "@/lib/importer/new-names";
import type { ArticleProposals } from "@/lib/importer/types";
import type { ArticleImportSummary } from "@/lib/services/article-import";
import { analyzeArticleAction, applyArticleImportAction } from "./actions";
import {
  type Errors,
  EventCard,
  type EventDraft,
  StatementCard,
  type StatementDraft,
} from "./proposal-cards";

type Phase = "idle" | "reading" | "review" | "saving" | "done";
const list = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
const input = "mt-1 w-full rounded border border-rule px-2 py-1";

/** Paste → proposals → tick, edit, accept. Nothing is written until "Accept"; "Cancel" drops everything. */
export function ImportWorkbench() {
  const id = useId();
  const [request, setRequest] = useState({ content: "", url: "", outlet: "", publishedOn: "" });
  const [phase, setPhase] = useState<Phase>("idle");
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [found, setFound] = useState<{
    proposals: ArticleProposals;
    text: string;
    newNames: NewNames;
  } | null>(null);
  const [events, setEvents] = useState<EventDraft[]>([]);
  const [statements, setStatements] = useState<StatementDraft[]>([]);
  const [done, setDone] = useState<ArticleImportSummary | null>(null);

  async function read(e: React.FormEvent) {
    e.preventDefault();
    setPhase("reading");
    setError(null);
    setErrors({});
    const result = await analyzeArticleAction(request).catch(() => null);
    if (!result?.ok) {
      setPhase("idle");
      setError(result?.error ?? "The server could not be reached; try again.");
      if (result && "fieldErrors" in result) setErrors(result.fieldErrors);
      return;
    }
    const { proposals } = result.value;
    setFound(result.value);
    setEvents(
      proposals.events.map((ev, n) => ({
        key: `event-${n}`,
        ...ev,
        accepted: true,
        parties: ev.parties.join(", "),
        people: ev.people.join(", "),
      })),
    );
    // A statement needs a party and a topic to become a draft; the editor ticks the rest after filling them in.
    setStatements(
      proposals.statements.map((s, n) => ({
        key: `statement-${n}`,
        ...s,
        accepted: Boolean(s.party && s.topics.length),
        topics: s.topics.join(", "),
      })),
    );
    setPhase("review");
  }

  function cancel() {
    setFound(null);
    setEvents([]);
    setStatements([]);
    setErrors({});
    setError(null);
    setPhase("idle");
  }

  async function accept() {
    if (!found) return;
    setPhase("saving");
    setError(null);
    const pickedEvents = events.map((d, i) => ({ d, i })).filter(({ d }) => d.accepted);
    const pickedStatements = statements.map((d, i) => ({ d, i })).filter(({ d }) => d.accepted);
    const result = await applyArticleImportAction({
      source: found.proposals.source,
      events: pickedEvents.map(({ d: { accepted: _a, key: _k, ...ev } }) => ({
        ...ev,
        parties: list(ev.parties),
        people: list(ev.people),
      })),
      statements: pickedStatements.map(({ d: { accepted: _a, key: _k, ...s } }) => ({
        ...s,
        topics: list(s.topics),
      })),
    }).catch(() => null);
    if (result?.ok) {
      setDone(result.value);
      setPhase("done");
      return;
    }
    setPhase("review");
    setError(result?.error ?? "The server could not be reached; nothing was saved. Try again.");
    if (result && "fieldErrors" in result) {
      // The server numbers the accepted items only; map them back to the cards on screen.
      const back: Errors = {};
      for (const [key, messages] of Object.entries(result.fieldErrors)) {
        const [group, n, ...rest] = key.split(".");
        const picked = group === "events" ? pickedEvents : pickedStatements;
        const original = picked[Number(n)]?.i;
        back[original === undefined ? key : [group, original, ...rest].join(".")] = messages;
      }
      setErrors(back);
    }
  }

  if (phase === "done" && done)
    return (
      <section
        aria-labelledby={`${id}-done`}
        className="space-y-2 rounded border border-ink p-3"
        role="status"
      >
        <h2 id={`${id}-done`} className="font-serif text-xl font-bold">
          Saved as drafts
        </h2>
        <p>
          {done.events.length} event(s) and {done.positions.length} position(s) are drafts citing the article;
          new in the directory, also as drafts:{" "}
          {[...done.created.parties, ...done.created.people, ...done.created.topics].join(", ") || "nothing"}.
          Nothing is published until you publish it.
        </p>
        <ul className="list-disc pl-5">
          {done.events.map((ev) => (
            <li key={ev.id}>
              <Link href={`/editor/events/${ev.id}`}>{ev.title}</Link>
            </li>
          ))}
        </ul>
        {done.positions.length > 0 ? (
          <ul className="list-disc pl-5" aria-label="Imported statements">
            {done.positions.map((positionId, i) => (
              <li key={positionId}>
                <Link href={`/editor/positions/${positionId}`}>Statement {i + 1} (draft)</Link>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="flex gap-4">
          <Link href="/editor/positions">Review positions</Link>
          <button
            type="button"
            className="underline"
            onClick={() => {
              cancel();
              setDone(null);
              setRequest({ content: "", url: "", outlet: "", publishedOn: "" });
            }}
          >
            Import another article
          </button>
        </p>
      </section>
    );

  const busy = phase === "reading" || phase === "saving";
  const field = (name: keyof typeof request) => errors[name]?.[0];
  const accepted = events.filter((e) => e.accepted).length + statements.filter((s) => s.accepted).length;
  return (
    <div className="space-y-6">
      <form onSubmit={read} className="space-y-3" aria-describedby={error ? `${id}-error` : undefined}>
        <fieldset disabled={busy || phase === "review"} className="space-y-3">
          <div>
            <label htmlFor={`${id}-content`} className="block text-sm font-medium">
              Article text or HTML
            </label>
            <textarea
              id={`${id}-content`}
              className={`${input} font-mono text-sm`}
              rows={10}
              value={request.content}
              aria-invalid={field("content") ? true : undefined}
              aria-describedby={field("content") ? `${id}-content-error` : undefined}
              onChange={(e) => setRequest({ ...request, content: e.target.value })}
            />
            {field("content") && (
              <p id={`${id}-content-error`} className="text-sm text-red-700">
                {field("content")}
              </p>
            )}
          </div>
          <div className="grid gap-3 sm:grid-cols-3">
            <div>
              <label htmlFor={`${id}-url`} className="block text-sm font-medium">
                Article address (URL)
              </label>
              <input
                id={`${id}-url`}
                type="url"
                className={input}
                value={request.url}
                aria-invalid={field("url") ? true : undefined}
                aria-describedby={field("url") ? `${id}-url-error` : undefined}
                onChange={(e) => setRequest({ ...request, url: e.target.value })}
              />
              {field("url") && (
                <p id={`${id}-url-error`} className="text-sm text-red-700">
                  {field("url")}
                </p>
              )}
            </div>
            <div>
              <label htmlFor={`${id}-outlet`} className="block text-sm font-medium">
                Outlet (optional)
              </label>
              <input
                id={`${id}-outlet`}
                className={input}
                value={request.outlet}
                onChange={(e) => setRequest({ ...request, outlet: e.target.value })}
              />
            </div>
            <div>
              <label htmlFor={`${id}-published`} className="block text-sm font-medium">
                Published on
              </label>
              <input
                id={`${id}-published`}
                type="date"
                className={input}
                value={request.publishedOn}
                aria-invalid={field("publishedOn") ? true : undefined}
                aria-describedby={field("publishedOn") ? `${id}-published-error` : undefined}
                onChange={(e) => setRequest({ ...request, publishedOn: e.target.value })}
              />
              {field("publishedOn") && (
                <p id={`${id}-published-error`} className="text-sm text-red-700">
                  {field("publishedOn")}
                </p>
              )}
            </div>
          </div>
        </fieldset>
        {phase !== "review" && phase !== "saving" && (
          <button
            type="submit"
            className="rounded bg-ink px-4 py-2 text-white disabled:opacity-60"
            disabled={busy}
          >
            {phase === "reading" ? "Reading the article…" : "Propose events and statements"}
          </button>
        )}
      </form>

      <div aria-live="polite" className="text-sm">
        {busy && <p role="status">{phase === "reading" ? "Reading the article…" : "Saving the drafts…"}</p>}
        {error && (
          <p id={`${id}-error`} role="alert" className="text-red-700">
            {error}
          </p>
        )}
      </div>

      {found && (phase === "review" || phase === "saving") && (
        <div className="space-y-6">
          <p className="text-sm">
            Source: <strong>{found.proposals.source.title || "(no title found)"}</strong> —{" "}
            {found.proposals.source.outlet}, {found.proposals.source.publishedOn}
          </p>
          <NewNamesNote names={found.newNames} />
          <section aria-labelledby={`${id}-events`} className="space-y-2">
            <h2 id={`${id}-events`} className="font-serif text-xl font-bold">
              Events ({events.length})
            </h2>
            {events.length === 0 ? (
              <p className="text-sm text-muted">
                No events found: the article names no talks, meetings, calls, speeches or briefings with a
                date.
              </p>
            ) : (
              <ol className="space-y-3">
                {events.map((d, i) => (
                  <EventCard
                    key={d.key}
                    index={i}
                    draft={d}
                    text={found.text}
                    errors={errors}
                    onChange={(next) => setEvents(events.map((x, j) => (j === i ? next : x)))}
                  />
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby={`${id}-statements`} className="space-y-2">
            <h2 id={`${id}-statements`} className="font-serif text-xl font-bold">
              Statements ({statements.length})
            </h2>
            {statements.length === 0 ? (
              <p className="text-sm text-muted">
                No statements found: no direct quotes, and no reported positions on a known topic.
              </p>
            ) : (
              <ol className="space-y-3">
                {statements.map((d, i) => (
                  <StatementCard
                    key={d.key}
                    index={i}
                    draft={d}
                    text={found.text}
                    errors={errors}
                    onChange={(next) => setStatements(statements.map((x, j) => (j === i ? next : x)))}
                  />
                ))}
              </ol>
            )}
          </section>
          <div className="flex flex-wrap items-center gap-4 border-t border-rule pt-3">
            <button
              type="button"
              onClick={accept}
              disabled={busy || accepted === 0}
              className="rounded bg-ink px-4 py-2 text-white disabled:opacity-60"
            >
              {phase === "saving" ? "Saving…" : `Accept ${accepted} as drafts`}
            </button>
            <button type="button" onClick={cancel} disabled={busy} className="underline">
              Cancel
            </button>
            <span className="text-sm text-muted">
              Cancel writes nothing. Accepted items are saved together, or none is.
            </span>
          </div>
        </div>
      )}
    </div>
  );
}

/** What accepting will add to the directory, so a misspelt name is caught before it becomes a row. */
function NewNamesNote({ names }: { names: NewNames }) {
  const groups = [
    ["parties", names.parties],
    ["people", names.people],
    ["topics", names.topics],
  ] as const;
  const shown = groups.filter(([, list]) => list.length > 0);
  if (!shown.length)
    return <p className="text-sm">Every party, person and topic named is already in the directory.</p>;
  return (
    <p className="rounded border border-amber-600 bg-amber-50 p-2 text-sm">
      Not yet in the directory — accepting creates them as drafts:{" "}
      {shown.map(([label, list]) => `${label}: ${list.join(", ")}`).join("; ")}.
    </p>
  );
}
