"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import { createEventAction, updateEventAction } from "@/app/(editor)/editor/events/actions";
import { datePrecisions, eventFormats, eventKinds, eventStatuses, participantRoles } from "@/db/schema/enums";
import { eventFormatLabel, eventKindLabel, eventStatusLabel, roleLabel } from "@/lib/labels";
import { type EventFormValues, type EventInput, eventInput } from "@/lib/validation/events";
import { ConflictPanel, eventConflictFields } from "./conflict-panel";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

type Option = { value: string; label: string };
const opts = (values: readonly string[], labels: Record<string, string> = {}): Option[] =>
  values.map((v) => ({ value: v, label: labels[v] ?? v.replace(/_/g, " ") }));

type Props = {
  parties: Option[];
  sources: Option[];
  /** Absent for a new event. */
  existing?: { id: string; version: number; values: EventFormValues };
};

export function EventForm({ parties, sources, existing }: Props) {
  const router = useRouter();
  const [baseVersion, setBaseVersion] = useState(existing?.version ?? 0);
  const [startedFrom, setStartedFrom] = useState(existing?.values);
  const [conflict, setConflict] = useState<{ version: number; values: EventFormValues } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<EventFormValues, unknown, EventInput>({
    resolver: zodResolver(eventInput),
    defaultValues: existing?.values ?? {
      title: "",
      summary: "",
      kind: "talks",
      status: "scheduled",
      startsOn: "",
      datePrecision: "day",
      publication: "draft",
      participants: [],
      sources: [],
      isCorrection: false,
    },
  });
  const participants = useFieldArray({ control: form.control, name: "participants" });
  const cited = useFieldArray({ control: form.control, name: "sources" });
  const errors = form.formState.errors;

  async function onSubmit(values: EventInput) {
    setStatus(null);
    if (!existing) {
      const result = await createEventAction(values);
      if (result.ok) router.push(`/editor/events/${result.value.id}?saved=1`);
      else setStatus(result.error);
      return;
    }
    const result = await updateEventAction({ id: existing.id, baseVersion, data: values });
    if (result.ok) {
      setBaseVersion(result.value.version);
      setStartedFrom(form.getValues());
      setConflict(null);
      setStatus(`Saved version ${result.value.version}.`);
      router.refresh();
    } else if (result.status === 409) {
      setConflict(toConflict(result.current));
      setStatus(result.error);
    } else {
      setStatus(result.error);
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-4">
      {conflict && startedFrom && (
        <ConflictPanel
          noun="event"
          fields={eventConflictFields}
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
      <TextField label="Title" {...form.register("title")} error={errors.title?.message} />
      <div className="grid grid-cols-3 gap-3">
        <SelectField label="Kind" options={opts(eventKinds, eventKindLabel)} {...form.register("kind")} />
        <SelectField
          label="Status"
          options={opts(eventStatuses, eventStatusLabel)}
          {...form.register("status")}
        />
        <SelectField
          label="Format"
          placeholder="—"
          options={opts(eventFormats, eventFormatLabel)}
          {...form.register("format", { setValueAs: (v) => v || null })}
        />
      </div>
      <div className="grid grid-cols-3 gap-3">
        <TextField
          label="Starts on"
          type="date"
          {...form.register("startsOn")}
          error={errors.startsOn?.message}
        />
        <TextField
          label="Ends on (optional)"
          type="date"
          {...form.register("endsOn")}
          error={errors.endsOn?.message}
        />
        <SelectField
          label="Date precision"
          options={opts(datePrecisions)}
          {...form.register("datePrecision")}
        />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Location" {...form.register("locationName")} error={errors.locationName?.message} />
        <TextField label="Country" {...form.register("country")} error={errors.country?.message} />
      </div>
      <div>
        <label htmlFor="event-summary" className="block text-sm font-medium">
          Summary
        </label>
        <textarea
          id="event-summary"
          rows={4}
          className="mt-1 w-full rounded border border-rule px-2 py-1"
          {...form.register("summary")}
        />
      </div>

      <fieldset className="rounded border border-rule p-3">
        <legend className="px-1 text-sm font-medium">Participants</legend>
        {participants.fields.map((field, i) => (
          <div key={field.id} className="mb-2 grid grid-cols-[2fr_1fr_auto] items-end gap-2">
            <SelectField
              label={`Party ${i + 1}`}
              placeholder="Choose a party"
              options={parties}
              {...form.register(`participants.${i}.partyId`)}
              error={errors.participants?.[i]?.partyId?.message}
            />
            <SelectField
              label={`Role ${i + 1}`}
              options={opts(participantRoles, roleLabel)}
              {...form.register(`participants.${i}.role`)}
            />
            <button type="button" onClick={() => participants.remove(i)} className="underline">
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => participants.append({ partyId: "", role: "delegation" })}
          className="underline"
        >
          Add participant
        </button>
      </fieldset>

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
        {existing ? "Save changes" : "Create event"}
      </button>
    </form>
  );
}

/** The conflict carries the row as saved by someone else, in snapshot shape. */
function toConflict(current: unknown): { version: number; values: EventFormValues } | null {
  const parsed = eventSnapshotShape.safeParse(current);
  if (!parsed.success) return null;
  const { version, ...rest } = parsed.data;
  return { version, values: { ...rest, note: "", isCorrection: false } };
}

const eventSnapshotShape = z.object({
  version: z.number(),
  title: z.string(),
  summary: z.string(),
  kind: z.enum(eventKinds),
  status: z.enum(eventStatuses),
  format: z.enum(eventFormats).nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  datePrecision: z.enum(datePrecisions),
  locationName: z.string().nullable(),
  country: z.string().nullable(),
  publication: z.enum(["draft", "published"]),
  participants: z.array(z.object({ partyId: z.string(), role: z.enum(participantRoles) })),
  sources: z.array(z.object({ sourceId: z.string(), excerpt: z.string().nullable() })),
});
