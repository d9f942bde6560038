"use client";

import { useRef, useState } from "react";
import { type Control, Controller, type FieldErrors, useFieldArray } from "react-hook-form";
import type { PickerOption } from "@/lib/picker-option";
import { CreateDialog } from "./create-dialog";
import { DirectoryForm } from "./directory-form";
import type { EntryActions } from "./form-actions";
import { Picker } from "./picker";
import { SelectField } from "./select-field";

/** The slice of a form this field edits: rows of a directory entry's id and a role. */
export type RowValues = Record<string, Record<string, string>[]>;

/** What differs between the event form's participants and its people present. */
export type RowPickerConfig = {
  /** The form's array field ("participants") and each row's id key ("partyId"). */
  name: string;
  idKey: string;
  kind: "party" | "person";
  legend: string;
  /** "participant": the add and remove buttons name it. */
  noun: string;
  pickerLabel: (n: number) => string;
  roleLabel: (n: number) => string;
  roles: readonly { value: string; label: string }[];
  defaultRole: string;
  /** Shown while there is no row. */
  empty?: string;
};

/**
 * Rows of a picked directory entry and its role, e.g. who took part and how.
 * An entry not yet stored is created in a dialog without leaving the form;
 * focus comes back to the row's picker.
 */
export function RowPickerField({
  config: c,
  control,
  errors,
  options,
  parties,
  onCreated,
  actions,
}: {
  config: RowPickerConfig;
  control: Control<RowValues>;
  errors: FieldErrors<RowValues>;
  options: readonly PickerOption[];
  /** For a person created inline: the parties they may speak for. */
  parties?: readonly PickerOption[];
  onCreated: (option: PickerOption) => void;
  actions: EntryActions;
}) {
  const rows = useFieldArray({ control, name: c.name });
  // A removed row takes its button with it; focus goes back to the add button, never to the page.
  const addButton = useRef<HTMLButtonElement>(null);
  const [creatingFor, setCreatingFor] = useState<{ index: number; typed: string } | null>(null);
  const rowErrors = errors[c.name];
  return (
    <fieldset className="rounded border border-rule p-3">
      <legend className="px-1 text-sm font-medium">{c.legend}</legend>
      {c.empty && rows.fields.length === 0 && <p className="mb-2 text-sm text-muted">{c.empty}</p>}
      {rows.fields.map((field, i) => (
        <div key={field.id} className="mb-3 grid items-end gap-2 sm:grid-cols-[2fr_1fr_auto]">
          <Controller
            control={control}
            name={`${c.name}.${i}.${c.idKey}`}
            render={({ field: f }) => (
              <Picker
                label={c.pickerLabel(i + 1)}
                noun={c.kind}
                placeholder="Search by name or other name"
                options={options}
                value={f.value ?? ""}
                onChange={f.onChange}
                onBlur={f.onBlur}
                inputRef={f.ref}
                onCreate={(typed) => setCreatingFor({ index: i, typed })}
                error={rowErrors?.[i]?.[c.idKey]?.message}
              />
            )}
          />
          <Controller
            control={control}
            name={`${c.name}.${i}.role`}
            render={({ field: f }) => (
              <SelectField
                label={c.roleLabel(i + 1)}
                options={c.roles}
                name={f.name}
                value={f.value}
                onChange={f.onChange}
                onBlur={f.onBlur}
                ref={f.ref}
                error={rowErrors?.[i]?.role?.message}
              />
            )}
          />
          <button
            type="button"
            onClick={() => {
              rows.remove(i);
              addButton.current?.focus();
            }}
            className="mb-1 underline"
            aria-label={`Remove ${c.noun} ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        ref={addButton}
        type="button"
        onClick={() =>
          rows.append(
            { [c.idKey]: "", role: c.defaultRole },
            { focusName: `${c.name}.${rows.fields.length}.${c.idKey}` },
          )
        }
        className="underline"
      >
        Add {c.noun}
      </button>
      <CreateDialog title={`New ${c.kind}`} open={creatingFor !== null} onClose={() => setCreatingFor(null)}>
        {creatingFor && (
          <DirectoryForm
            kind={c.kind}
            parties={parties}
            initial={{ name: creatingFor.typed }}
            actions={actions}
            onCreated={(entry) => {
              // Created as published, it is no draft: the notice must not name it.
              onCreated({
                value: entry.id,
                label: entry.name,
                badge: entry.publication === "draft" ? "draft" : null,
              });
              const role = rows.fields[creatingFor.index]?.role ?? c.defaultRole;
              rows.update(creatingFor.index, { [c.idKey]: entry.id, role });
              setCreatingFor(null);
            }}
          />
        )}
      </CreateDialog>
    </fieldset>
  );
}
