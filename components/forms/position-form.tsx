"use client";

import { zodResolver } from "./zod-resolver";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { type Control, Controller, type FieldErrors, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { createPositionAction, updatePositionAction } from "@/app/(editor)/editor/positions/actions";
import { datePrecisions, positionKinds, stances } from "@/db/schema/enums";
import { positionKindLabel, stanceLabel } from "@/lib/labels";
import { type EventPrefill, prefillFromEvent } from "@/lib/position-prefill";
import { type PositionFormValues, type PositionInput, positionInput } from "@/lib/validation/positions";
import { CitationsField, type CitationValues } from "./citations-field";
import { ConflictPanel } from "./conflict-panel";
import { CreateDialog } from "./create-dialog";
import { DirectoryForm } from "./directory-form";
import { type DraftLink, DraftLinksNotice, draftLinks } from "./draft-links-notice";
import { DraftNotice } from "./draft-notice";
import { FormFooter } from "./form-footer";
import { Picker, type PickerOption } from "./picker";
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
  parties: PickerOption[];
  people: (PickerOption & { partyId: string })[];
  topics: PickerOption[];
  events: (PickerOption & Partial<EventPrefill>)[];
  sources: PickerOption[];
  /** Absent for a new position. */
  existing?: { id: string; version: number; values: PositionFormValues };
  /** A new position's starting values, e.g. the event it was stated at ("Add position" on an event). */
  initial?: Partial<PositionFormValues>;
};

/** Which directory row is being created inline, and what was typed for it. */
type Creating = { kind: "party" | "person" | "topic"; typed: string } | null;

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

export function PositionForm(props: Props) {
  const { existing } = props;
  const router = useRouter();
  const form = useForm<PositionFormValues, unknown, PositionInput>({
    resolver: zodResolver(positionInput),
    defaultValues: existing?.values ?? { ...blank, ...props.initial },
  });
  const save = useVersionedSave(form, existing, toConflict);
  const draft = useFormDraft(form, `position:${existing?.id ?? "new"}`, save.baseVersion, save.resume);
  const [parties, addParty] = useOptionList(props.parties);
  const [people, addPerson] = useOptionList(props.people);
  const [topics, addTopic] = useOptionList(props.topics);
  const [sources, addSource] = useOptionList(props.sources);
  const [creating, setCreating] = useState<Creating>(null);
  const errors = form.formState.errors;
  const partyId = useWatch({ control: form.control, name: "partyId" });
  const [publication, personId, topicId] = useWatch({
    control: form.control,
    name: ["publication", "personId", "topicId"],
  });
  const speakers = people.filter((p) => p.partyId === partyId);

  // Picking the event it was stated at fills the date, party and sources the editor has not set yet.
  const eventId = useWatch({ control: form.control, name: "eventId" });
  const summaryText = useWatch({ control: form.control, name: "summary" }) ?? "";
  const filledFrom = useRef(existing?.values.eventId ?? "");
  useEffect(() => {
    if (!eventId || eventId === filledFrom.current) return;
    filledFrom.current = eventId;
    const event = props.events.find((e) => e.value === eventId);
    if (!event?.startsOn) return;
    const fill = prefillFromEvent(form.getValues(), {
      startsOn: event.startsOn,
      datePrecision: event.datePrecision ?? "day",
      partyIds: event.partyIds ?? [],
      sourceIds: event.sourceIds ?? [],
    });
    for (const [key, value] of Object.entries(fill)) form.setValue(key as keyof typeof fill, value as never);
  }, [eventId, props.events, form]);

  // A speaker chosen for one party must not silently stay when the party changes.
  useEffect(() => {
    const personId = form.getValues("personId");
    if (personId && !people.some((p) => p.value === personId && p.partyId === partyId))
      form.setValue("personId", "");
  }, [partyId, people, form]);

  async function onSubmit(values: PositionInput) {
    save.setStatus(null);
    if (!existing) {
      const created = await createPositionAction(values);
      if (created.ok) {
        draft.clear();
        router.push(`/editor/positions/${created.value.id}?saved=1`);
      } else save.settle(created);
      return;
    }
    const result = await updatePositionAction({
      id: existing.id,
      baseVersion: save.baseVersion,
      data: values,
    });
    if (save.settle(result)) {
      draft.clear();
      router.refresh();
    }
  }

  /** A row created inline joins its picker's options and becomes the choice. */
  function created(option: PickerOption) {
    if (!creating) return;
    const draft = { ...option, badge: option.badge === undefined ? "draft" : option.badge };
    if (creating.kind === "party") {
      addParty(draft);
      form.setValue("partyId", option.value, { shouldValidate: true });
    } else if (creating.kind === "person") {
      addPerson({ ...draft, partyId });
      form.setValue("personId", option.value, { shouldValidate: true });
    } else {
      addTopic(draft);
      form.setValue("topicId", option.value, { shouldValidate: true });
    }
    setCreating(null);
  }

  const picker = (
    name: "partyId" | "personId" | "topicId" | "eventId",
    label: string,
    options: readonly PickerOption[],
    extra: Partial<Parameters<typeof Picker>[0]> = {},
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Picker
          label={label}
          options={options}
          value={field.value ?? ""}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={errors[name]?.message}
          {...extra}
        />
      )}
    />
  );

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-3xl space-y-4">
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {save.conflictPanel && (
        <ConflictPanel noun="position" fields={conflictFields} {...save.conflictPanel} />
      )}
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
      <TextAreaField
        id="position-summary"
        label="Summary"
        rows={3}
        limit={2000}
        length={summaryText.length}
        {...form.register("summary")}
        error={errors.summary?.message}
      />
      <TextAreaField
        id="position-quote"
        label="Verbatim quote (optional)"
        rows={2}
        {...form.register("quote")}
        error={errors.quote?.message}
      />
      {picker("eventId", "Stated at event (optional)", props.events, {
        noun: "event",
        placeholder: "Search events",
        clearable: true,
      })}
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
            ...draftLinks("party", parties, [partyId]),
            ...draftLinks("person", people, [personId]),
            ...draftLinks("topic", topics, [topicId]),
          ]}
          onPublished={({ kind, option }: DraftLink) => {
            const published = { ...option, badge: null };
            const person = people.find((p) => p.value === option.value);
            if (kind === "person" && person) addPerson({ ...person, badge: null });
            else if (kind === "party") addParty(published);
            else if (kind === "topic") addTopic(published);
          }}
        />
      )}
      <FormFooter
        status={save.status}
        signedOut={save.signedOut}
        submitting={form.formState.isSubmitting}
        label={existing ? "Save changes" : "Create position"}
      />
      <CreateDialog
        title={creating ? `New ${creating.kind}` : ""}
        open={creating !== null}
        onClose={() => setCreating(null)}
      >
        {creating && (
          <DirectoryForm
            kind={creating.kind}
            parties={parties}
            initial={{ name: creating.typed, partyId: creating.kind === "person" ? partyId : "" }}
            onCreated={(row) =>
              created({ value: row.id, label: row.name, badge: row.publication === "draft" ? "draft" : null })
            }
          />
        )}
      </CreateDialog>
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
