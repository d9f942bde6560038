"use client";

import { type Resolver, useWatch } from "react-hook-form";
import { entryNoun, kindPath } from "@/lib/directory-paths";
import type { DirectoryKind } from "@/lib/domain";
import { partyKinds } from "@/lib/domain";
import { blankEntry, type DirectoryFormValues, type Editing } from "@/lib/form-values";
import type { PickerOption } from "@/lib/picker-option";
import { contrastWithWhite, MIN_SWATCH_CONTRAST } from "@/lib/validation/contrast";
import { partyInput, personInput, topicInput } from "@/lib/validation/directory";
import { ControlledPicker } from "./controlled-picker";
import type { EntryActions } from "./form-actions";
import { PublicationFields } from "./publication-fields";
import { SelectField } from "./select-field";
import { TextAreaField } from "./text-area-field";
import { TextField } from "./text-field";
import { useVersionedForm, VersionedFormFrame } from "./versioned-form";
import { zodResolver } from "./zod-resolver";

const schemas = { party: partyInput, person: personInput, topic: topicInput };

const conflictFields = [
  ["name", "Name"],
  ["shortName", "Short name"],
  ["kind", "Kind"],
  ["color", "Colour"],
  ["title", "Title"],
  ["partyId", "Party"],
  ["description", "Description"],
  ["aliases", "Other names"],
  ["publication", "Publication"],
] as const;

type Props = {
  kind: DirectoryKind;
  /** For a person: the parties they may speak for. */
  parties?: readonly PickerOption[];
  /** Absent for a new row. */
  existing?: Editing<DirectoryFormValues> & { id: string };
  /** Prefilled values for a new row, e.g. the name typed into a picker. */
  initial?: Partial<DirectoryFormValues>;
  /** Inline creation from a picker: called instead of opening the new row's page. */
  onCreated?: (created: { id: string; name: string; publication: "draft" | "published" }) => void;
  actions: EntryActions;
};

/** Create and edit form for parties, people and topics. */
export function DirectoryForm({ kind, parties = [], existing, initial, onCreated, actions }: Props) {
  const noun = entryNoun[kind];
  const { form, field, shell } = useVersionedForm({
    // One schema per kind; the form holds the union of their fields and each schema reads its own.
    resolver: zodResolver(schemas[kind]) as unknown as Resolver<DirectoryFormValues>,
    blank: { ...blankEntry, ...initial },
    draft: onCreated ? null : kind,
    existing,
    // The resolver has already parsed the values with this kind's schema; the server parses them again.
    actions: {
      create: (data) => actions.create({ kind, data }),
      update: (edit) => actions.update({ kind, ...edit }),
    },
    onCreated: (created, data) => {
      if (!onCreated) return `/editor/${kindPath[kind]}/${created.id}?saved=1`;
      onCreated({ id: created.id, name: created.name, publication: data.publication ?? "draft" });
    },
  });
  const errors = form.formState.errors;
  const color = useWatch({ control: form.control, name: "color" });
  const ratio = /^#[0-9a-fA-F]{6}$/.test(color) ? contrastWithWhite(color) : null;

  const idPrefix = `${kind}-${existing?.id ?? "new"}`;
  return (
    <VersionedFormFrame shell={shell} noun={noun} conflictFields={conflictFields} named>
      <TextField label="Name" {...field("name")} />
      {kind === "party" && (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField label="Short name (optional)" {...field("shortName")} />
            <SelectField
              label="Kind"
              options={partyKinds.map((k) => ({ value: k, label: k }))}
              {...field("kind")}
            />
          </div>
          <div className="flex items-end gap-3">
            <TextField label="Colour" className="flex-1" {...field("color")} />
            <input
              type="color"
              aria-label="Pick the colour"
              value={ratio === null ? "#000000" : color}
              onChange={(e) => form.setValue("color", e.target.value, { shouldValidate: true })}
              className="mb-0.5 h-9 w-12 rounded border border-rule"
            />
          </div>
          {ratio !== null && (
            <p className="text-sm text-muted">
              Contrast with white {ratio.toFixed(1)}:1
              {ratio < MIN_SWATCH_CONTRAST ? ` — needs ${MIN_SWATCH_CONTRAST}:1` : " — readable"}
            </p>
          )}
        </>
      )}
      {kind === "person" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label="Title (optional)" {...field("title")} />
          <ControlledPicker
            control={form.control}
            name="partyId"
            label="Speaks for"
            noun="party"
            options={parties}
            placeholder="Search parties"
            error={errors.partyId?.message}
          />
        </div>
      )}
      <TextField
        label="Other names, comma-separated (optional)"
        placeholder={kind === "person" ? "Zelensky, Zelenski" : "Kiev"}
        {...field("aliases")}
      />
      {kind !== "person" && (
        <TextAreaField
          id={`${idPrefix}-description`}
          label="Description (optional)"
          rows={3}
          {...field("description")}
        />
      )}
      <PublicationFields register={form.register} editing={existing !== undefined} />
    </VersionedFormFrame>
  );
}
