"use client";

import { zodResolver } from "./zod-resolver";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { type Control, type FieldErrors, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { createEventAction, updateEventAction } from "@/app/(editor)/editor/events/actions";
import {
  datePrecisions,
  eventFormats,
  eventKinds,
  eventPersonRoles,
  eventStatuses,
  participantRoles,
} from "@/db/schema/enums";
import { localToday, statusForDate } from "@/lib/event-status";
import { eventFormatLabel, eventKindLabel, eventStatusLabel } from "@/lib/labels";
import { type EventFormValues, type EventInput, eventInput } from "@/lib/validation/events";
import { CitationsField, type CitationValues } from "./citations-field";
import { ConflictPanel, eventConflictFields } from "./conflict-panel";
import { DraftLinksNotice, draftLinks } from "./draft-links-notice";
import { DraftNotice } from "./draft-notice";
import { FormFooter } from "./form-footer";
import { ParticipantsField } from "./participants-field";
import { PeopleField } from "./people-field";
import type { PickerOption } from "./picker";
import { PublicationFields } from "./publication-fields";
import { SelectField } from "./select-field";
import { TextAreaField } from "./text-area-field";
import { TextField } from "./text-field";
import { useFormDraft } from "./use-form-draft";
import { useOptionList } from "./use-option-list";
import { useVersionedSave } from "./use-versioned-save";

type Option = { value: string; label: string };
const opts = (values: readonly string[], labels: Record<string, string> = {}): Option[] =>
  values.map((v) => ({ value: v, label: labels[v] ?? v.replace(/_/g, " ") }));

type Props = {
  parties: PickerOption[];
  people: PickerOption[];
  sources: PickerOption[];
  /** Absent for a new event. */
  existing?: { id: string; version: number; values: EventFormValues };
};

const blank: EventFormValues = {
  title: "",
  summary: "",
  kind: "talks",
  status: "scheduled",
  startsOn: "",
  datePrecision: "day",
  publication: "draft",
  participants: [],
  people: [],
  sources: [],
  isCorrection: false,
};

export function EventForm({
  parties: partyOptions,
  people: personOptions,
  sources: sourceOptions,
  existing,
}: Props) {
  const router = useRouter();
  const form = useForm<EventFormValues, unknown, EventInput>({
    resolver: zodResolver(eventInput),
    defaultValues: existing?.values ?? blank,
  });
  const save = useVersionedSave(form, existing, toConflict);
  const draft = useFormDraft(form, `event:${existing?.id ?? "new"}`, save.baseVersion, save.resume);
  const [parties, addParty] = useOptionList(partyOptions);
  const [people, addPerson] = useOptionList(personOptions);
  const [sources, addSource] = useOptionList(sourceOptions);
  const errors = form.formState.errors;
  const publication = useWatch({ control: form.control, name: "publication" });
  const participantValues = useWatch({ control: form.control, name: "participants" });
  const personValues = useWatch({ control: form.control, name: "people" });
  const startsOn = useWatch({ control: form.control, name: "startsOn" });
  const summary = useWatch({ control: form.control, name: "summary" }) ?? "";
  // A new event's status follows its date (past ⇒ held) until the editor picks one.
  const statusPicked = useRef(existing !== undefined);
  const { setValue } = form;
  useEffect(() => {
    if (statusPicked.current) return;
    const status = statusForDate(startsOn ?? "", localToday());
    if (status) setValue("status", status);
  }, [startsOn, setValue]);

  async function onSubmit(values: EventInput) {
    save.setStatus(null);
    if (!existing) {
      const result = await createEventAction(values);
      if (result.ok) {
        draft.clear();
        router.push(`/editor/events/${result.value.id}?created=1`);
      } else save.settle(result);
      return;
    }
    const result = await updateEventAction({ id: existing.id, baseVersion: save.baseVersion, data: values });
    if (save.settle(result)) {
      draft.clear();
      router.refresh();
    }
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-4">
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {save.conflictPanel && (
        <ConflictPanel noun="event" fields={eventConflictFields} {...save.conflictPanel} />
      )}
      <TextField label="Title" {...form.register("title")} error={errors.title?.message} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="Kind" options={opts(eventKinds, eventKindLabel)} {...form.register("kind")} />
        <SelectField
          label="Status"
          options={opts(eventStatuses, eventStatusLabel)}
          {...form.register("status", {
            onChange: () => {
              statusPicked.current = true;
            },
          })}
        />
        <SelectField
          label="Format"
          placeholder="—"
          options={opts(eventFormats, eventFormatLabel)}
          {...form.register("format", { setValueAs: (v) => v || null })}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
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
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Location" {...form.register("locationName")} error={errors.locationName?.message} />
        <TextField label="Country" {...form.register("country")} error={errors.country?.message} />
      </div>
      <TextAreaField
        id="event-summary"
        label="Summary"
        rows={4}
        limit={5000}
        length={summary.length}
        {...form.register("summary")}
        error={errors.summary?.message}
      />
      <ParticipantsField control={form.control} errors={errors} parties={parties} onPartyCreated={addParty} />
      <PeopleField
        control={form.control}
        errors={errors}
        people={people}
        parties={parties}
        onPersonCreated={addPerson}
      />
      <CitationsField
        control={form.control as unknown as Control<CitationValues>}
        errors={errors as FieldErrors<CitationValues>}
        options={sources}
        onSourceCreated={addSource}
      />
      <PublicationFields register={form.register} editing={existing !== undefined} />
      {publication === "published" && (
        <DraftLinksNotice
          links={[
            ...draftLinks(
              "party",
              parties,
              (participantValues ?? []).map((p) => p?.partyId),
            ),
            ...draftLinks(
              "person",
              people,
              (personValues ?? []).map((p) => p?.personId),
            ),
          ]}
          onPublished={({ kind, option }) =>
            (kind === "person" ? addPerson : addParty)({ ...option, badge: null })
          }
        />
      )}
      <FormFooter
        status={save.status}
        signedOut={save.signedOut}
        submitting={form.formState.isSubmitting}
        label={existing ? "Save changes" : "Create event"}
      />
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
  people: z.array(z.object({ personId: z.string(), role: z.enum(eventPersonRoles) })).default([]),
  sources: z.array(z.object({ sourceId: z.string(), excerpt: z.string().nullable() })),
});
