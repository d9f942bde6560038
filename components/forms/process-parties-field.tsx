"use client";

import { type Control, Controller, type FieldErrors, useFieldArray } from "react-hook-form";
import { processPartyRoles } from "@/lib/domain";
import type { PickerOption } from "@/lib/picker-option";
import type { ProcessFormValues } from "@/lib/validation/processes";
import { ControlledPicker } from "./controlled-picker";
import { RepeatableRows } from "./repeatable-rows";
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
  const listError = errors.parties?.root?.message ?? errors.parties?.message;
  return (
    <RepeatableRows
      legend="Parties"
      noun="party"
      keys={members.fields.map((f) => f.id)}
      columns="sm:grid-cols-[2fr_1fr_auto]"
      onRemove={members.remove}
      onAdd={() =>
        members.append(
          { partyId: "", role: "negotiating_party" },
          { focusName: `parties.${members.fields.length}.partyId` },
        )
      }
      error={listError}
      row={(i) => (
        <>
          <ControlledPicker
            control={control}
            name={`parties.${i}.partyId`}
            label={`Party ${i + 1}`}
            noun="party"
            placeholder="Search by name or other name"
            options={parties}
            error={errors.parties?.[i]?.partyId?.message}
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
        </>
      )}
    />
  );
}
