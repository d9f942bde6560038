"use client";

import { useEffect, useRef } from "react";
import { type Control, type FieldErrors, useWatch } from "react-hook-form";
import { localToday } from "@/lib/dates";
import {
  datePrecisions,
  eventFormatLabel,
  eventFormats,
  eventKindLabel,
  eventKinds,
  eventStatuses,
  eventStatusLabel,
  selectOptions as opts,
  statusForDate,
} from "@/lib/domain";
import type { Editing } from "@/lib/form-values";
import type { PickerOption } from "@/lib/picker-option";
import { type EventFormValues, eventInput } from "@/lib/validation/events";
import { CitationsField } from "./citations-field";
import { eventConflictFields } from "./conflict-panel";
import { DraftLinksNotice, draftLinks } from "./draft-links-notice";
import { participantRows, peopleRows } from "./event-rows";
import type { EventActions } from "./form-actions";
import { ProcessField, type ProcessValues } from "./process-field";
import { PublicationFields } from "./publication-fields";
import { RowPickerField, type RowValues } from "./row-picker-field";
import { SelectField } from "./select-field";
import { TextAreaField } from "./text-area-field";
import { TextField } from "./text-field";
import { useOptionList } from "./use-option-list";
import { useVersionedForm, VersionedFormFrame } from "./versioned-form";
import { zodResolver } from "./zod-resolver";

type Props = {
  parties: PickerOption[];
  people: PickerOption[];
  sources: PickerOption[];
  /** The processes an event may belong to or concern. */
  processes?: PickerOption[];
  /** Absent for a new event. */
  existing?: Editing<EventFormValues> & { id: string };
  actions: EventActions;
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
  processes = [],
  existing,
  actions,
}: Props) {
  const { form, field, shell } = useVersionedForm({
    resolver: zodResolver(eventInput),
    blank,
    draft: "event",
    existing,
    actions,
    onCreated: (created) => `/editor/events/${created.id}?created=1`,
  });
  const [parties, addParty] = useOptionList(partyOptions);
  const [people, addPerson] = useOptionList(personOptions);
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

  // Both row lists edit the form's own arrays; the field is typed by their shared shape.
  const rowField = {
    control: form.control as unknown as Control<RowValues>,
    errors: errors as FieldErrors<RowValues>,
    actions: actions.entry,
  };

  return (
    <VersionedFormFrame
      shell={shell}
      noun="event"
      conflictFields={eventConflictFields}
      className="max-w-3xl space-y-4"
    >
      <ProcessField
        control={form.control as unknown as Control<ProcessValues>}
        errors={errors}
        options={processes}
        withOthers
      />
      <TextField label="Title" {...field("title")} />
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
        <TextField label="Starts on" type="date" {...field("startsOn")} />
        <TextField label="Ends on (optional)" type="date" {...field("endsOn")} />
        <SelectField
          label="Date precision"
          options={opts(datePrecisions)}
          {...form.register("datePrecision")}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Location" {...field("locationName")} />
        <TextField label="Country" {...field("country")} />
      </div>
      <TextAreaField
        id="event-summary"
        label="Summary"
        rows={4}
        limit={5000}
        length={summary.length}
        {...field("summary")}
      />
      <RowPickerField config={participantRows} {...rowField} options={parties} onCreated={addParty} />
      <RowPickerField
        config={peopleRows}
        {...rowField}
        options={people}
        parties={parties}
        onCreated={addPerson}
      />
      <CitationsField form={form} options={sourceOptions} actions={actions.source} />
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
          publish={actions.entry.publish}
          onPublished={({ kind, option }) =>
            (kind === "person" ? addPerson : addParty)({ ...option, badge: null })
          }
        />
      )}
    </VersionedFormFrame>
  );
}
