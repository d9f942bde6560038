"use client";

import { useRef, useState } from "react";
import { type Control, Controller, type FieldErrors, useFieldArray } from "react-hook-form";
import { eventPersonRoles, personRoleLabel } from "@/lib/domain";
import type { EventFormValues, EventInput } from "@/lib/validation/events";
import { CreateDialog } from "./create-dialog";
import { DirectoryForm } from "./directory-form";
import { Picker, type PickerOption } from "./picker";
import { SelectField } from "./select-field";

const roleOptions = eventPersonRoles.map((r) => ({ value: r, label: personRoleLabel[r] ?? r }));

/**
 * Who was in the room, one row per person and role. A person not yet stored is
 * created from the picker in a dialog (with the party they speak for) without
 * leaving the event form; focus comes back to the row's picker.
 */
export function PeopleField({
  control,
  errors,
  people,
  parties,
  onPersonCreated,
}: {
  control: Control<EventFormValues, unknown, EventInput>;
  errors: FieldErrors<EventFormValues>;
  people: readonly PickerOption[];
  parties: readonly PickerOption[];
  onPersonCreated: (option: PickerOption) => void;
}) {
  const rows = useFieldArray({ control, name: "people" });
  // A removed row takes its button with it; focus goes back to "Add person", never to the page.
  const addButton = useRef<HTMLButtonElement>(null);
  const [creatingFor, setCreatingFor] = useState<{ index: number; typed: string } | null>(null);
  return (
    <fieldset className="rounded border border-rule p-3">
      <legend className="px-1 text-sm font-medium">People present</legend>
      {rows.fields.length === 0 && (
        <p className="mb-2 text-sm text-muted">Nobody named yet: add the people who were in the room.</p>
      )}
      {rows.fields.map((field, i) => (
        <div key={field.id} className="mb-3 grid items-end gap-2 sm:grid-cols-[2fr_1fr_auto]">
          <Controller
            control={control}
            name={`people.${i}.personId`}
            render={({ field: f }) => (
              <Picker
                label={`Person ${i + 1}`}
                noun="person"
                placeholder="Search by name or other name"
                options={people}
                value={f.value ?? ""}
                onChange={f.onChange}
                onBlur={f.onBlur}
                inputRef={f.ref}
                onCreate={(typed) => setCreatingFor({ index: i, typed })}
                error={errors.people?.[i]?.personId?.message}
              />
            )}
          />
          <Controller
            control={control}
            name={`people.${i}.role`}
            render={({ field: f }) => (
              <SelectField
                label={`Role of person ${i + 1}`}
                options={roleOptions}
                name={f.name}
                value={f.value}
                onChange={f.onChange}
                onBlur={f.onBlur}
                ref={f.ref}
                error={errors.people?.[i]?.role?.message}
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
            aria-label={`Remove person ${i + 1}`}
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
            { personId: "", role: "delegate" },
            { focusName: `people.${rows.fields.length}.personId` },
          )
        }
        className="underline"
      >
        Add person
      </button>
      <CreateDialog title="New person" open={creatingFor !== null} onClose={() => setCreatingFor(null)}>
        {creatingFor && (
          <DirectoryForm
            kind="person"
            parties={parties}
            initial={{ name: creatingFor.typed }}
            onCreated={(person) => {
              // Created as published, it is no draft: the notice must not name it.
              onPersonCreated({
                value: person.id,
                label: person.name,
                badge: person.publication === "draft" ? "draft" : null,
              });
              const role = rows.fields[creatingFor.index]?.role ?? "delegate";
              rows.update(creatingFor.index, { personId: person.id, role });
              setCreatingFor(null);
            }}
          />
        )}
      </CreateDialog>
    </fieldset>
  );
}
