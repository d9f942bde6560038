import { type ComponentProps, useId } from "react";
import { controlClass, FieldShell } from "./field-shell";

type Props = ComponentProps<"select"> & {
  label: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
};

export function SelectField({ label, error, options, placeholder, className, ...select }: Props) {
  return (
    <FieldShell id={useId()} label={label} error={error} className={className}>
      {(a11y) => (
        <select {...a11y} className={controlClass} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
