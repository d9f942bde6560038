"use client";

import { useId, useState } from "react";
import type { NewNames } from "@/lib/importer/new-names";
import type { ArticleProposals } from "@/lib/importer/types";
import type { ArticleImportSummary } from "@/lib/services/article-import";
import { analyzeArticleAction, applyArticleImportAction } from "./actions";
import { acceptedRequest, draftsFrom, type Errors, type EventDraft, type StatementDraft } from "./drafts";
import { ImportSummary, NewNamesNote } from "./import-summary";
import { DraftFields, EventCard, type FieldSpec, StatementCard } from "./proposal-cards";

type Phase = "idle" | "reading" | "review" | "saving" | "done";

type ArticleRequest = { content: string; url: string; outlet: string; publishedOn: string };
const requestFields: FieldSpec<ArticleRequest>[] = [
  { name: "content", label: "Article text or HTML", type: "textarea", rows: 10, wide: true },
  { name: "url", label: "Article address (URL)", type: "url" },
  { name: "outlet", label: "Outlet (optional)" },
  { name: "publishedOn", label: "Published on", type: "date" },
];

/** Paste → proposals → tick, edit, accept. Nothing is written until "Accept"; "Cancel" drops everything. */
export function ImportWorkbench() {
  const id = useId();
  const [request, setRequest] = useState<ArticleRequest>({
    content: "",
    url: "",
    outlet: "",
    publishedOn: "",
  });
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
    const drafts = draftsFrom(result.value.proposals);
    setFound(result.value);
    setEvents(drafts.events);
    setStatements(drafts.statements);
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
    const { request: accepted, errorsOnCards } = acceptedRequest(found.proposals.source, events, statements);
    const result = await applyArticleImportAction(accepted).catch(() => null);
    if (result?.ok) {
      setDone(result.value);
      setPhase("done");
      return;
    }
    setPhase("review");
    setError(result?.error ?? "The server could not be reached; nothing was saved. Try again.");
    if (result && "fieldErrors" in result) setErrors(errorsOnCards(result.fieldErrors));
  }

  if (phase === "done" && done)
    return (
      <ImportSummary
        done={done}
        onAnother={() => {
          cancel();
          setDone(null);
          setRequest({ content: "", url: "", outlet: "", publishedOn: "" });
        }}
      />
    );

  const busy = phase === "reading" || phase === "saving";
  const accepted = events.filter((e) => e.accepted).length + statements.filter((s) => s.accepted).length;
  return (
    <div className="space-y-6">
      <form onSubmit={read} className="space-y-3" aria-describedby={error ? `${id}-error` : undefined}>
        <fieldset disabled={busy || phase === "review"}>
          <DraftFields id={id} draft={request} errors={errors} fields={requestFields} onChange={setRequest} />
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
