"use client";

import { type Control, Controller, type FieldValues, type Path } from "react-hook-form";
import { Picker } from "./picker";

type PickerProps = Parameters<typeof Picker>[0];

/**
 * A Picker bound to one field of a react-hook-form form: the field's value
 * ("" for none), its change and blur, and its ref, so a failed submit can focus
 * the picker like any other field.
 */
export function ControlledPicker<V extends FieldValues>({
  control,
  name,
  ...picker
}: Omit<PickerProps, "value" | "onChange" | "onBlur" | "inputRef" | "name"> & {
  control: Control<V>;
  name: Path<V>;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Picker
          {...picker}
          value={field.value ?? ""}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
        />
      )}
    />
  );
}
