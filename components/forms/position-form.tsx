"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { createPositionAction, updatePositionAction } from "@/app/(editor)/editor/positions/actions";
import { datePrecisions, positionKinds, stances } from "@/db/schema/enums";
import { positionKindLabel, stanceLabel } from "@/lib/labels";
import { type PositionFormValues, type PositionInput, positionInput } from "@/lib/validation/positions";
import { ConflictPanel } from "./conflict-panel";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

type Option = { value: string; label: string };
const opts = (values: readonly string[], labels: Record<string, string> = {}): Option[] =>
  values.map((v) => ({ value: v, label: labels[v] ?? v.replace(/_/g, " ") }));

const conflictFields: [keyof PositionFormValues, string][] = [
  ["partyId", "Party"],
  ["personId", "Speaker"],
  ["topicId", "Topic"],
  ["statedOn", "Stated on"],
  ["datePrecision", "Date precision"],
  ["kind", "Kind"],
  ["stance", "Stance"],
  ["summary", "Summary"],
  ["quote", "Quote"],
  ["eventId", "Event"],
  ["publication", "Publication"],
  ["sources", "Sources"],
];

type Props = {
  parties: Option[];
  people: (Option & { partyId: string })[];
  topics: Option[];
  events: Option[];
  sources: Option[];
  /** Absent for a new position. */
  existing?: { id: string; version: number; values: PositionFormValues };
};

const blank: PositionFormValues = {
  partyId: "",
  personId: "",
  topicId: "",
  statedOn: "",
  datePrecision: "day",
  kind: "position",
  stance: "supports",
  summary: "",
  quote: "",
  eventId: "",
  publication: "draft",
  // A position must cite a source, so the form starts with one row to fill.
  sources: [{ sourceId: "", excerpt: "" }],
  isCorrection: false,
};

export function PositionForm({ parties, people, topics, events, sources, existing }: Props) {
  const router = useRouter();
  const [baseVersion, setBaseVersion] = useState(existing?.version ?? 0);
  const [startedFrom, setStartedFrom] = useState(existing?.values);
  const [conflict, setConflict] = useState<{ version: number; values: PositionFormValues } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<PositionFormValues, unknown, PositionInput>({
    resolver: zodResolver(positionInput),
    defaultValues: existing?.values ?? blank,
  });
  const cited = useFieldArray({ control: form.control, name: "sources" });
  const errors = form.formState.errors;
  const partyId = useWatch({ control: form.control, name: "partyId" });
  const speakers = people.filter((p) => p.partyId === partyId);

  // A speaker chosen for one party must not silently stay when the party changes.
  useEffect(() => {
    const personId = form.getValues("personId");
    if (personId && !people.some((p) => p.value === personId && p.partyId === partyId))
      form.setValue("personId", "");
  }, [partyId, people, form]);

  // The server's own checks (the speaker's party) come back keyed like the form's fields.
  function showFieldErrors(fieldErrors: Record<string, string[]>, error: string) {
    for (const [key, messages] of Object.entries(fieldErrors))
      form.setError(key as keyof PositionFormValues, { message: messages[0] });
    setStatus(error);
  }

  async function onSubmit(values: PositionInput) {
    setStatus(null);
    if (!existing) {
      const created = await createPositionAction(values);
      if (created.ok) router.push(`/editor/positions/${created.value.id}?saved=1`);
      else if (created.status === 422) showFieldErrors(created.fieldErrors, created.error);
      else setStatus(created.error);
      return;
    }
    const result = await updatePositionAction({ id: existing.id, baseVersion, data: values });
    if (result.ok) {
      setBaseVersion(result.value.version);
      setStartedFrom(form.getValues());
      setConflict(null);
      setStatus(`Saved version ${result.value.version}.`);
      router.refresh();
    } else if (result.status === 409) {
      setConflict(toConflict(result.current));
      setStatus(result.error);
    } else if (result.status === 422) {
      showFieldErrors(result.fieldErrors, result.error);
    } else {
      setStatus(result.error);
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-4">
      {conflict && startedFrom && (
        <ConflictPanel
          noun="position"
          fields={conflictFields}
          theirs={conflict.values}
          startedFrom={startedFrom}
          mine={form.getValues()}
          onReapply={() => {
            // Keep everything typed; the next save goes on top of the newer version.
            setBaseVersion(conflict.version);
            setStartedFrom(conflict.values);
            setConflict(null);
            setStatus(`Your changes are kept; saving now makes version ${conflict.version + 1}.`);
          }}
          onTakeTheirs={() => {
            form.reset(conflict.values);
            setBaseVersion(conflict.version);
            setStartedFrom(conflict.values);
            setConflict(null);
            setStatus(null);
          }}
        />
      )}
      <div className="grid grid-cols-3 gap-3">
        <SelectField
          label="Party"
          placeholder="Choose a party"
          options={parties}
          {...form.register("partyId")}
          error={errors.partyId?.message}
        />
        <SelectField
          label="Speaker (optional)"
          placeholder={partyId ? "—" : "Choose a party first"}
          options={speakers}
          {...form.register("personId")}
          error={errors.personId?.message}
        />
        <SelectField
          label="Topic"
          placeholder="Choose a topic"
          options={topics}
          {...form.register("topicId")}
          error={errors.topicId?.message}
        />
      </div>
      <div className="grid grid-cols-4 gap-3">
        <TextField
          label="Stated on"
          type="date"
          {...form.register("statedOn")}
          error={errors.statedOn?.message}
        />
        <SelectField
          label="Date precision"
          options={opts(datePrecisions)}
          {...form.register("datePrecision")}
        />
        <SelectField
          label="Kind"
          options={opts(positionKinds, positionKindLabel)}
          {...form.register("kind")}
        />
        <SelectField label="Stance" options={opts(stances, stanceLabel)} {...form.register("stance")} />
      </div>
      <div>
        <label htmlFor="position-summary" className="block text-sm font-medium">
          Summary
        </label>
        <textarea
          id="position-summary"
          rows={3}
          aria-invalid={errors.summary ? true : undefined}
          aria-describedby={errors.summary ? "position-summary-error" : undefined}
          className="mt-1 w-full rounded border border-rule px-2 py-1"
          {...form.register("summary")}
        />
        {errors.summary && (
          <p id="position-summary-error" role="alert" className="mt-1 text-sm text-red-700">
            {errors.summary.message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="position-quote" className="block text-sm font-medium">
          Verbatim quote (optional)
        </label>
        <textarea
          id="position-quote"
          rows={2}
          className="mt-1 w-full rounded border border-rule px-2 py-1"
          {...form.register("quote")}
        />
      </div>
      <SelectField
        label="Event (optional)"
        placeholder="—"
        options={events}
        {...form.register("eventId")}
        error={errors.eventId?.message}
      />

      <fieldset className="rounded border border-rule p-3">
        <legend className="px-1 text-sm font-medium">Sources</legend>
        {cited.fields.map((field, i) => (
          <div key={field.id} className="mb-2 grid grid-cols-[2fr_2fr_auto] items-end gap-2">
            <SelectField
              label={`Source ${i + 1}`}
              placeholder="Choose a source"
              options={sources}
              {...form.register(`sources.${i}.sourceId`)}
              error={errors.sources?.[i]?.sourceId?.message}
            />
            <TextField label={`Excerpt ${i + 1} (optional)`} {...form.register(`sources.${i}.excerpt`)} />
            <button type="button" onClick={() => cited.remove(i)} className="underline">
              Remove
            </button>
          </div>
        ))}
        {/* An error on the list itself sits under `root` once the list is a field array. */}
        {(errors.sources?.root?.message ?? errors.sources?.message) && (
          <p role="alert" className="mb-2 text-sm text-red-700">
            {errors.sources?.root?.message ?? errors.sources?.message}
          </p>
        )}
        <button
          type="button"
          onClick={() => cited.append({ sourceId: "", excerpt: "" })}
          className="underline"
        >
          Add source
        </button>
      </fieldset>

      <SelectField
        label="Publication"
        options={[
          { value: "draft", label: "Draft (editors only)" },
          { value: "published", label: "Published" },
        ]}
        {...form.register("publication")}
      />
      {existing && (
        <div className="grid grid-cols-[2fr_1fr] items-end gap-3">
          <TextField label="Note for the history (optional)" {...form.register("note")} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register("isCorrection")} /> Mark as a public correction
          </label>
        </div>
      )}
      {status && (
        <p role="status" className="text-sm">
          {status}
        </p>
      )}
      <button
        type="submit"
        disabled={form.formState.isSubmitting}
        className="rounded bg-ink px-4 py-2 text-white"
      >
        {existing ? "Save changes" : "Create position"}
      </button>
    </form>
  );
}

/** Form values from a snapshot: null ids become the selects' empty choice. */
function positionFormValues(s: z.infer<typeof positionSnapshotShape>): PositionFormValues {
  return {
    partyId: s.partyId,
    personId: s.personId ?? "",
    topicId: s.topicId,
    statedOn: s.statedOn,
    datePrecision: s.datePrecision,
    kind: s.kind,
    stance: s.stance,
    summary: s.summary,
    quote: s.quote ?? "",
    eventId: s.eventId ?? "",
    publication: s.publication,
    sources: s.sources.map((c) => ({ sourceId: c.sourceId, excerpt: c.excerpt ?? "" })),
    note: "",
    isCorrection: false,
  };
}

/** The conflict carries the row as saved by someone else, in snapshot shape. */
function toConflict(current: unknown): { version: number; values: PositionFormValues } | null {
  const parsed = positionSnapshotShape.safeParse(current);
  if (!parsed.success) return null;
  return { version: parsed.data.version, values: positionFormValues(parsed.data) };
}

const positionSnapshotShape = z.object({
  version: z.number(),
  partyId: z.string(),
  personId: z.string().nullable(),
  topicId: z.string(),
  statedOn: z.string(),
  datePrecision: z.enum(datePrecisions),
  kind: z.enum(positionKinds),
  stance: z.enum(stances),
  summary: z.string(),
  quote: z.string().nullable(),
  eventId: z.string().nullable(),
  publication: z.enum(["draft", "published"]),
  sources: z.array(z.object({ sourceId: z.string(), excerpt: z.string().nullable() })),
});
