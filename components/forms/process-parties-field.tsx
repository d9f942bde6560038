"use client";

import { useRef } from "react";
import { type Control, Controller, type FieldErrors, useFieldArray } from "react-hook-form";
import { processPartyRoles } from "@/lib/domain";
import type { PickerOption } from "@/lib/picker-option";
import type { ProcessFormValues } from "@/lib/validation/processes";
import { Picker } from "./picker";
import { SelectField } from "./select-field";

const roleLabels: Record<(typeof processPartyRoles)[number], string> = {
  negotiating_party: "Negotiating party",
  mediator: "Mediator",
  guarantor: "Guarantor",
  observer: "Observer",
};
const roleOptions = processPartyRoles.map((r) => ({ value: r, label: roleLabels[r] }));

type Values = Pick<ProcessFormValues, "parties">;

/** The parties of a process and the part each plays: a mediator is not a negotiating party. */
export function ProcessPartiesField({
  control,
  errors,
  parties,
}: {
  control: Control<Values>;
  errors: FieldErrors<Values>;
  parties: readonly PickerOption[];
}) {
  const members = useFieldArray({ control, name: "parties" });
  // A removed row takes its button with it; focus goes back to "Add party", never to the page.
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = errors.parties?.root?.message ?? errors.parties?.message;
  return (
    <fieldset className="rounded border border-rule p-3">
      <legend className="px-1 text-sm font-medium">Parties</legend>
      {members.fields.map((field, i) => (
        <div key={field.id} className="mb-3 grid items-end gap-2 sm:grid-cols-[2fr_1fr_auto]">
          <Controller
            control={control}
            name={`parties.${i}.partyId`}
            render={({ field: f }) => (
              <Picker
                label={`Party ${i + 1}`}
                noun="party"
                placeholder="Search by name or other name"
                options={parties}
                value={f.value ?? ""}
                onChange={f.onChange}
                onBlur={f.onBlur}
                inputRef={f.ref}
                error={errors.parties?.[i]?.partyId?.message}
              />
            )}
          />
          <Controller
            control={control}
            name={`parties.${i}.role`}
            render={({ field: f }) => (
              <SelectField
                label={`Role ${i + 1}`}
                options={roleOptions}
                name={f.name}
                value={f.value}
                onChange={f.onChange}
                onBlur={f.onBlur}
                ref={f.ref}
                error={errors.parties?.[i]?.role?.message}
              />
            )}
          />
          <button
            type="button"
            onClick={() => {
              members.remove(i);
              addButton.current?.focus();
            }}
            className="mb-1 underline"
            aria-label={`Remove party ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      {listError && (
        <p role="alert" className="mb-2 text-sm text-red-700">
          {listError}
        </p>
      )}
      <button
        ref={addButton}
        type="button"
        onClick={() =>
          members.append(
            { partyId: "", role: "negotiating_party" },
            { focusName: `parties.${members.fields.length}.partyId` },
          )
        }
        className="underline"
      >
        Add party
      </button>
    </fieldset>
  );
}
