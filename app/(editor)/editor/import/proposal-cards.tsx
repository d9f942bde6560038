"use client";

import {
  datePrecisions,
  eventKindLabel,
  eventKinds,
  eventStatuses,
  eventStatusLabel,
  stances,
} from "@/lib/domain";
import type { Errors, EventDraft, StatementDraft } from "./drafts";
import { ExcerptInContext } from "./excerpt-in-context";

const input = "mt-1 w-full rounded border border-rule px-2 py-1 text-sm";

function Field({
  id,
  label,
  error,
  wide,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
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

/** One editable field of a proposal: text by default; `options` make it a select; `optional` stores "" as null. */
export type FieldSpec<D> = {
  name: keyof D & string;
  label: string;
  type?: "date" | "url" | "textarea";
  options?: readonly string[];
  labels?: Record<string, string>;
  optional?: boolean;
  rows?: number;
  wide?: boolean;
};

/** The fields of one card (or of the article request); error keys are `<path>.<name>` as the server's zod issues name them. */
export function DraftFields<D extends object>(props: {
  id: string;
  path?: string;
  draft: D;
  errors: Errors;
  fields: FieldSpec<D>[];
  onChange: (d: D) => void;
}) {
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      {props.fields.map((f) => {
        const id = `${props.id}-${f.name}`;
        const error = props.errors[props.path ? `${props.path}.${f.name}` : f.name]?.[0];
        const value = String(props.draft[f.name] ?? "");
        const set = (v: string) => props.onChange({ ...props.draft, [f.name]: f.optional && !v ? null : v });
        const common = {
          id,
          className: input,
          value,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${id}-error` : undefined,
        };
        return (
          <Field key={f.name} id={id} label={f.label} error={error} wide={f.wide}>
            {f.options ? (
              <select {...common} onChange={(e) => set(e.target.value)}>
                {f.options.map((o) => (
                  <option key={o} value={o}>
                    {f.labels?.[o] ?? o.replace(/_/g, " ")}
                  </option>
                ))}
              </select>
            ) : f.type === "textarea" ? (
              <textarea {...common} rows={f.rows ?? 2} onChange={(e) => set(e.target.value)} />
            ) : (
              <input {...common} type={f.type ?? "text"} onChange={(e) => set(e.target.value)} />
            )}
          </Field>
        );
      })}
    </div>
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

const eventFields: FieldSpec<EventDraft>[] = [
  { name: "title", label: "Title" },
  { name: "kind", label: "Kind", options: eventKinds, labels: eventKindLabel },
  { name: "status", label: "Status", options: eventStatuses, labels: eventStatusLabel },
  { name: "datePrecision", label: "Date precision", options: datePrecisions },
  { name: "startsOn", label: "Starts on", type: "date" },
  { name: "endsOn", label: "Ends on (optional)", type: "date", optional: true },
  { name: "place", label: "Place", optional: true },
  { name: "country", label: "Country", optional: true },
  { name: "parties", label: "Parties (comma-separated)" },
  { name: "people", label: "People named (comma-separated)" },
];

const statementFields: FieldSpec<StatementDraft>[] = [
  { name: "speaker", label: "Speaker (optional)", optional: true },
  { name: "party", label: "Speaks for (party)", optional: true },
  {
    name: "quote",
    label: "Verbatim quote (empty for a reported position)",
    type: "textarea",
    optional: true,
  },
  { name: "topics", label: "Topics (comma-separated)" },
  { name: "statedOn", label: "Stated on", type: "date" },
  { name: "datePrecision", label: "Date precision", options: datePrecisions },
  { name: "stance", label: "Stance", options: stances },
];

type CardProps<D> = { index: number; draft: D; text: string; errors: Errors; onChange: (d: D) => void };

/** A proposal: its excerpt in the article, a tick, and when ticked its fields; `group` names it as the server does. */
function ProposalCard<D extends { accepted: boolean; excerpt: string }>({
  group,
  heading,
  fields,
  index,
  draft,
  text,
  errors,
  onChange,
}: CardProps<D> & { group: "events" | "statements"; heading: string; fields: FieldSpec<D>[] }) {
  const id = `${group === "events" ? "event" : "statement"}-${index}`;
  return (
    <Card
      id={id}
      heading={heading}
      accepted={draft.accepted}
      onToggle={(accepted) => onChange({ ...draft, accepted })}
    >
      <ExcerptInContext text={text} excerpt={draft.excerpt} />
      {draft.accepted && (
        <DraftFields
          id={id}
          path={`${group}.${index}`}
          draft={draft}
          errors={errors}
          fields={fields}
          onChange={onChange}
        />
      )}
    </Card>
  );
}

export function EventCard(props: CardProps<EventDraft>) {
  return (
    <ProposalCard
      {...props}
      group="events"
      heading={`Accept event: ${props.draft.title}`}
      fields={eventFields}
    />
  );
}

export function StatementCard(props: CardProps<StatementDraft>) {
  const { speaker, party, quote } = props.draft;
  const who = speaker ?? party ?? "Unknown speaker";
  const heading = quote ? `Accept quote by ${who}: “${quote}”` : `Accept reported position of ${who}`;
  return <ProposalCard {...props} group="statements" heading={heading} fields={statementFields} />;
}
