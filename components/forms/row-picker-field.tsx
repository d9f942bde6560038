"use client";

import { useState } from "react";
import { type Control, Controller, type FieldErrors, useFieldArray } from "react-hook-form";
import type { PickerOption } from "@/lib/picker-option";
import { ControlledPicker } from "./controlled-picker";
import { CreateDialog } from "./create-dialog";
import { DirectoryForm } from "./directory-form";
import type { EntryActions } from "./form-actions";
import { RepeatableRows } from "./repeatable-rows";
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
  const [creatingFor, setCreatingFor] = useState<{ index: number; typed: string } | null>(null);
  const rowErrors = errors[c.name];
  return (
    <RepeatableRows
      legend={c.legend}
      noun={c.noun}
      keys={rows.fields.map((f) => f.id)}
      columns="sm:grid-cols-[2fr_1fr_auto]"
      onRemove={rows.remove}
      onAdd={() =>
        rows.append(
          { [c.idKey]: "", role: c.defaultRole },
          { focusName: `${c.name}.${rows.fields.length}.${c.idKey}` },
        )
      }
      empty={c.empty}
      row={(i) => (
        <>
          <ControlledPicker
            control={control}
            name={`${c.name}.${i}.${c.idKey}`}
            label={c.pickerLabel(i + 1)}
            noun={c.kind}
            placeholder="Search by name or other name"
            options={options}
            onCreate={(typed) => setCreatingFor({ index: i, typed })}
            error={rowErrors?.[i]?.[c.idKey]?.message}
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
        </>
      )}
    >
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
    </RepeatableRows>
  );
}
