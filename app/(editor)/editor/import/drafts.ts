import type { ArticleProposals, EventProposal, StatementProposal } from "@/lib/importer/types";

/** A proposal as the editor edits it: lists as comma-separated text, plus the tick. */
// Closed vocabularies stay plain strings here: the server's zod schema is the judge of what a select sent.
type Loose<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };
export type EventDraft = Loose<
  Omit<EventProposal, "parties" | "people">,
  "kind" | "status" | "datePrecision"
> & {
  key: string;
  accepted: boolean;
  parties: string;
  people: string;
};
export type StatementDraft = Loose<Omit<StatementProposal, "topics">, "stance" | "datePrecision"> & {
  key: string;
  accepted: boolean;
  topics: string;
};
export type Errors = Record<string, string[] | undefined>;

const list = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/** The analyser's proposals as cards: events ticked, statements ticked only when they name a party and a topic. */
export function draftsFrom(proposals: ArticleProposals) {
  const events: EventDraft[] = proposals.events.map((ev, n) => ({
    key: `event-${n}`,
    ...ev,
    accepted: true,
    parties: ev.parties.join(", "),
    people: ev.people.join(", "),
  }));
  // A statement needs a party and a topic to become a draft; the editor ticks the rest after filling them in.
  const statements: StatementDraft[] = proposals.statements.map((s, n) => ({
    key: `statement-${n}`,
    ...s,
    accepted: Boolean(s.party && s.topics.length),
    topics: s.topics.join(", "),
  }));
  return { events, statements };
}

const picked = <D extends { accepted: boolean }>(drafts: D[]) =>
  drafts.map((d, i) => ({ d, i })).filter(({ d }) => d.accepted);

/** The ticked cards as the import request, and a way to put the server's field errors back on those cards. */
export function acceptedRequest(
  source: ArticleProposals["source"],
  events: EventDraft[],
  statements: StatementDraft[],
) {
  const pickedEvents = picked(events);
  const pickedStatements = picked(statements);
  const request = {
    source,
    events: pickedEvents.map(({ d: { accepted: _a, key: _k, ...ev } }) => ({
      ...ev,
      parties: list(ev.parties),
      people: list(ev.people),
    })),
    statements: pickedStatements.map(({ d: { accepted: _a, key: _k, ...s } }) => ({
      ...s,
      topics: list(s.topics),
    })),
  };
  // The server numbers the accepted items only; map them back to the cards on screen.
  const errorsOnCards = (fieldErrors: Errors): Errors => {
    const back: Errors = {};
    for (const [key, messages] of Object.entries(fieldErrors)) {
      const [group, n, ...rest] = key.split(".");
      const original = (group === "events" ? pickedEvents : pickedStatements)[Number(n)]?.i;
      back[original === undefined ? key : [group, original, ...rest].join(".")] = messages;
    }
    return back;
  };
  return { request, errorsOnCards };
}
