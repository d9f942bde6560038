"use client";

import { useEffect, useState } from "react";
import { type Control, useWatch } from "react-hook-form";
import {
  datePrecisions,
  selectOptions as opts,
  positionKindLabel,
  positionKinds,
  stanceLabel,
  stances,
} from "@/lib/domain";
import { blankPosition, type Editing } from "@/lib/form-values";
import type { PickerOption } from "@/lib/picker-option";
import type { EventPrefill } from "@/lib/position-prefill";
import { type PositionFormValues, positionInput } from "@/lib/validation/positions";
import { CitationsField } from "./citations-field";
import { positionConflictFields } from "./conflict-panel";
import { ControlledPicker } from "./controlled-picker";
import { CreateDialog } from "./create-dialog";
import { DirectoryForm } from "./directory-form";
import { type DraftLink, DraftLinksNotice, draftLinks } from "./draft-links-notice";
import type { PositionActions } from "./form-actions";
import type { Picker } from "./picker";
import { ProcessField, type ProcessValues } from "./process-field";
import { PublicationFields } from "./publication-fields";
import { SelectField } from "./select-field";
import { TextAreaField } from "./text-area-field";
import { TextField } from "./text-field";
import { useOptionList } from "./use-option-list";
import { usePrefillFromEvent } from "./use-prefill-from-event";
import { useVersionedForm, VersionedFormFrame } from "./versioned-form";
import { zodResolver } from "./zod-resolver";

type Props = {
  parties: PickerOption[];
  people: (PickerOption & { partyId: string })[];
  topics: PickerOption[];
  events: (PickerOption & Partial<EventPrefill>)[];
  sources: PickerOption[];
  /** The processes a position may belong to. */
  processes?: PickerOption[];
  /** Absent for a new position. */
  existing?: Editing<PositionFormValues> & { id: string };
  /** A new position's starting values, e.g. the event it was stated at ("Add position" on an event). */
  initial?: Partial<PositionFormValues>;
  actions: PositionActions;
};

/** Which directory row is being created inline, and what was typed for it. */
type Creating = { kind: "party" | "person" | "topic"; typed: string } | null;

export function PositionForm(props: Props) {
  const { existing, actions } = props;
  const { form, field, shell } = useVersionedForm({
    resolver: zodResolver(positionInput),
    blank: { ...blankPosition, ...props.initial },
    draft: "position",
    existing,
    actions,
    onCreated: (created) => `/editor/positions/${created.id}?saved=1`,
  });
  const [parties, addParty] = useOptionList(props.parties);
  const [people, addPerson] = useOptionList(props.people);
  const [topics, addTopic] = useOptionList(props.topics);
  const [creating, setCreating] = useState<Creating>(null);
  const errors = form.formState.errors;
  const partyId = useWatch({ control: form.control, name: "partyId" });
  const [publication, personId, topicId] = useWatch({
    control: form.control,
    name: ["publication", "personId", "topicId"],
  });
  const speakers = people.filter((p) => p.partyId === partyId);

  usePrefillFromEvent(form, props.events, existing?.values.eventId ?? "");
  const summaryText = useWatch({ control: form.control, name: "summary" }) ?? "";

  // A speaker chosen for one party must not silently stay when the party changes.
  useEffect(() => {
    const personId = form.getValues("personId");
    if (personId && !people.some((p) => p.value === personId && p.partyId === partyId))
      form.setValue("personId", "");
  }, [partyId, people, form]);

  /** A row created inline joins its picker's options and becomes the choice. */
  function created(option: PickerOption) {
    if (!creating) return;
    const draft = { ...option, badge: option.badge === undefined ? "draft" : option.badge };
    if (creating.kind === "person") addPerson({ ...draft, partyId });
    else (creating.kind === "party" ? addParty : addTopic)(draft);
    form.setValue(`${creating.kind}Id`, option.value, { shouldValidate: true });
    setCreating(null);
  }

  const picker = (
    name: "partyId" | "personId" | "topicId" | "eventId",
    label: string,
    options: readonly PickerOption[],
    extra: Omit<Partial<Parameters<typeof Picker>[0]>, "name"> = {},
  ) => (
    <ControlledPicker
      control={form.control}
      name={name}
      label={label}
      options={options}
      error={errors[name]?.message}
      {...extra}
    />
  );

  return (
    <VersionedFormFrame
      shell={shell}
      noun="position"
      conflictFields={positionConflictFields}
      className="max-w-3xl space-y-4"
      after={
        <CreateDialog
          title={creating ? `New ${creating.kind}` : ""}
          open={creating !== null}
          onClose={() => setCreating(null)}
        >
          {creating && (
            <DirectoryForm
              kind={creating.kind}
              parties={parties}
              actions={actions.entry}
              initial={{ name: creating.typed, partyId: creating.kind === "person" ? partyId : "" }}
              onCreated={(row) =>
                created({
                  value: row.id,
                  label: row.name,
                  badge: row.publication === "draft" ? "draft" : null,
                })
              }
            />
          )}
        </CreateDialog>
      }
    >
      <ProcessField
        control={form.control as unknown as Control<ProcessValues>}
        errors={errors}
        options={props.processes ?? []}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        {picker("partyId", "Party", parties, {
          noun: "party",
          placeholder: "Search parties",
          onCreate: (typed) => setCreating({ kind: "party", typed }),
        })}
        {picker("personId", "Speaker (optional)", speakers, {
          noun: "person",
          placeholder: partyId ? "Search this party's people" : "Choose a party first",
          disabled: !partyId,
          clearable: true,
          onCreate: (typed) => setCreating({ kind: "person", typed }),
        })}
        {picker("topicId", "Topic", topics, {
          noun: "topic",
          placeholder: "Search topics",
          onCreate: (typed) => setCreating({ kind: "topic", typed }),
        })}
      </div>
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField label="Stated on" type="date" {...field("statedOn")} />
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
      <TextAreaField
        id="position-summary"
        label="Summary"
        rows={3}
        limit={2000}
        length={summaryText.length}
        {...field("summary")}
      />
      <TextAreaField id="position-quote" label="Verbatim quote (optional)" rows={2} {...field("quote")} />
      {picker("eventId", "Stated at event (optional)", props.events, {
        noun: "event",
        placeholder: "Search events",
        clearable: true,
      })}
      <CitationsField form={form} options={props.sources} actions={actions.source} />
      <PublicationFields register={form.register} editing={existing !== undefined} />
      {publication === "published" && (
        <DraftLinksNotice
          links={[
            ...draftLinks("party", parties, [partyId]),
            ...draftLinks("person", people, [personId]),
            ...draftLinks("topic", topics, [topicId]),
          ]}
          publish={actions.entry.publish}
          onPublished={({ kind, option }: DraftLink) => {
            const published = { ...option, badge: null };
            const person = people.find((p) => p.value === option.value);
            if (kind === "person" && person) addPerson({ ...person, badge: null });
            else if (kind === "party") addParty(published);
            else if (kind === "topic") addTopic(published);
          }}
        />
      )}
    </VersionedFormFrame>
  );
}
