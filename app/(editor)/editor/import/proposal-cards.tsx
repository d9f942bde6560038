"use client";

import { datePrecisions, eventKinds, eventStatuses, stances } from "@/db/schema/enums";
import type { EventProposal, StatementProposal } from "@/lib/importer/types";
import { eventKindLabel, eventStatusLabel } from "@/lib/labels";
import { ExcerptInContext } from "./excerpt-in-context";

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

const input = "mt-1 w-full rounded border border-rule px-2 py-1 text-sm";

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium">
        {label}
      </label>
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function Text(props: {
  id: string;
  label: string;
  value: string;
  error?: string;
  onChange: (v: string) => void;
  type?: string;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      <input
        id={props.id}
        type={props.type ?? "text"}
        className={input}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}

function Choice(props: {
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  labels?: Record<string, string>;
  onChange: (v: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label}>
      <select
        id={props.id}
        className={input}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labels?.[o] ?? o.replace(/_/g, " ")}
          </option>
        ))}
      </select>
    </Field>
  );
}

function Card(props: {
  id: string;
  heading: string;
  accepted: boolean;
  onToggle: (v: boolean) => void;
  children: React.ReactNode;
}) {
  return (
    <li
      className={`rounded border p-3 ${props.accepted ? "border-ink" : "border-rule opacity-70"}`}
      aria-labelledby={`${props.id}-h`}
    >
      <div className="flex items-start gap-2">
        <input
          id={`${props.id}-accept`}
          type="checkbox"
          className="mt-1 h-4 w-4"
          checked={props.accepted}
          onChange={(e) => props.onToggle(e.target.checked)}
        />
        <label htmlFor={`${props.id}-accept`} id={`${props.id}-h`} className="font-medium">
          {props.heading}
        </label>
      </div>
      <div className="mt-2 space-y-2">{props.children}</div>
    </li>
  );
}

export function EventCard(props: {
  index: number;
  draft: EventDraft;
  text: string;
  errors: Errors;
  onChange: (d: EventDraft) => void;
}) {
  const { draft: d, index } = props;
  const id = `event-${index}`;
  const set = (patch: Partial<EventDraft>) => props.onChange({ ...d, ...patch });
  const err = (field: string) => props.errors[`events.${index}.${field}`]?.[0];
  return (
    <Card
      id={id}
      heading={`Accept event: ${d.title}`}
      accepted={d.accepted}
      onToggle={(accepted) => set({ accepted })}
    >
      <ExcerptInContext text={props.text} excerpt={d.excerpt} />
      {d.accepted && (
        <div className="grid gap-2 sm:grid-cols-2">
          <Text
            id={`${id}-title`}
            label="Title"
            value={d.title}
            error={err("title")}
            onChange={(title) => set({ title })}
          />
          <Choice
            id={`${id}-kind`}
            label="Kind"
            value={d.kind}
            options={eventKinds}
            labels={eventKindLabel}
            onChange={(kind) => set({ kind })}
          />
          <Choice
            id={`${id}-status`}
            label="Status"
            value={d.status}
            options={eventStatuses}
            labels={eventStatusLabel}
            onChange={(status) => set({ status })}
          />
          <Choice
            id={`${id}-precision`}
            label="Date precision"
            value={d.datePrecision}
            options={datePrecisions}
            onChange={(datePrecision) => set({ datePrecision })}
          />
          <Text
            id={`${id}-starts`}
            label="Starts on"
            type="date"
            value={d.startsOn}
            error={err("startsOn")}
            onChange={(startsOn) => set({ startsOn })}
          />
          <Text
            id={`${id}-ends`}
            label="Ends on (optional)"
            type="date"
            value={d.endsOn ?? ""}
            error={err("endsOn")}
            onChange={(v) => set({ endsOn: v || null })}
          />
          <Text
            id={`${id}-place`}
            label="Place"
            value={d.place ?? ""}
            onChange={(v) => set({ place: v || null })}
          />
          <Text
            id={`${id}-country`}
            label="Country"
            value={d.country ?? ""}
            onChange={(v) => set({ country: v || null })}
          />
          <Text
            id={`${id}-parties`}
            label="Parties (comma-separated)"
            value={d.parties}
            error={err("parties")}
            onChange={(parties) => set({ parties })}
          />
          <Text
            id={`${id}-people`}
            label="People named (comma-separated)"
            value={d.people}
            onChange={(people) => set({ people })}
          />
        </div>
      )}
    </Card>
  );
}

export function StatementCard(props: {
  index: number;
  draft: StatementDraft;
  text: string;
  errors: Errors;
  onChange: (d: StatementDraft) => void;
}) {
  const { draft: d, index } = props;
  const id = `statement-${index}`;
  const set = (patch: Partial<StatementDraft>) => props.onChange({ ...d, ...patch });
  const err = (field: string) => props.errors[`statements.${index}.${field}`]?.[0];
  const who = d.speaker ?? d.party ?? "Unknown speaker";
  const heading = d.quote ? `Accept quote by ${who}: “${d.quote}”` : `Accept reported position of ${who}`;
  return (
    <Card id={id} heading={heading} accepted={d.accepted} onToggle={(accepted) => set({ accepted })}>
      <ExcerptInContext text={props.text} excerpt={d.excerpt} />
      {d.accepted && (
        <div className="grid gap-2 sm:grid-cols-2">
          <Text
            id={`${id}-speaker`}
            label="Speaker (optional)"
            value={d.speaker ?? ""}
            error={err("speaker")}
            onChange={(v) => set({ speaker: v || null })}
          />
          <Text
            id={`${id}-party`}
            label="Speaks for (party)"
            value={d.party ?? ""}
            error={err("party")}
            onChange={(v) => set({ party: v || null })}
          />
          <Field
            id={`${id}-quote`}
            label="Verbatim quote (empty for a reported position)"
            error={err("quote")}
          >
            <textarea
              id={`${id}-quote`}
              className={input}
              rows={2}
              value={d.quote ?? ""}
              onChange={(e) => set({ quote: e.target.value || null })}
            />
          </Field>
          <Text
            id={`${id}-topics`}
            label="Topics (comma-separated)"
            value={d.topics}
            error={err("topics")}
            onChange={(topics) => set({ topics })}
          />
          <Text
            id={`${id}-stated`}
            label="Stated on"
            type="date"
            value={d.statedOn}
            error={err("statedOn")}
            onChange={(statedOn) => set({ statedOn })}
          />
          <Choice
            id={`${id}-precision`}
            label="Date precision"
            value={d.datePrecision}
            options={datePrecisions}
            onChange={(datePrecision) => set({ datePrecision })}
          />
          <Choice
            id={`${id}-stance`}
            label="Stance"
            value={d.stance}
            options={stances}
            onChange={(stance) => set({ stance })}
          />
        </div>
      )}
    </Card>
  );
}
