"use client";

import { type Control, Controller, type FieldErrors, useWatch } from "react-hook-form";
import type { PickerOption } from "@/lib/picker-option";
import { ControlledPicker } from "./controlled-picker";

/** The slice of a form this field edits: the record's process, and for an event the others it concerns. */
export type ProcessValues = { processId?: string; otherProcessIds?: string[] };

/**
 * Which peace process a record belongs to. Left empty, the server files it
 * under the only public process (or a position under its event's) and asks
 * for a choice when there are several. An event may also list other
 * processes it concerns, e.g. a mediator's meeting about two negotiations.
 */
export function ProcessField({
  control,
  errors,
  options,
  withOthers = false,
}: {
  control: Control<ProcessValues>;
  errors: FieldErrors<ProcessValues>;
  options: readonly PickerOption[];
  withOthers?: boolean;
}) {
  const chosen = useWatch({ control, name: "processId" });
  return (
    <div className="space-y-2">
      <ControlledPicker
        control={control}
        name="processId"
        label="Process"
        noun="process"
        placeholder={options.length === 1 ? options[0]?.label : "Search processes"}
        options={options}
        clearable
        error={errors.processId?.message}
      />
      {withOthers && options.length > 1 && (
        <Controller
          control={control}
          name="otherProcessIds"
          render={({ field }) => {
            const value = field.value ?? [];
            return (
              <fieldset className="text-sm">
                <legend className="font-medium">Also concerns (optional)</legend>
                {options
                  .filter((o) => o.value !== chosen)
                  .map((o) => (
                    <label key={o.value} className="mr-4 inline-flex items-center gap-1">
                      <input
                        type="checkbox"
                        checked={value.includes(o.value)}
                        onChange={(e) =>
                          field.onChange(
                            e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value),
                          )
                        }
                      />
                      {o.label}
                    </label>
                  ))}
              </fieldset>
            );
          }}
        />
      )}
    </div>
  );
}
