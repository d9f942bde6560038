import type { ComponentProps } from "react";
import { controlClass, FieldShell } from "./field-shell";

type Props = ComponentProps<"textarea"> & {
  id: string;
  label: string;
  error?: string;
  /** With `length`, shows "used / limit characters" under the field. */
  limit?: number;
  length?: number;
};

/** A labelled textarea whose error sits under it and is announced, like TextField. */
export function TextAreaField({ id, label, error, className, limit, length, ...textarea }: Props) {
  const hint =
    limit !== undefined && length !== undefined ? (
      <span className={length > limit ? "font-semibold text-red-700" : undefined}>
        {length.toLocaleString("en")} / {limit.toLocaleString("en")} characters
      </span>
    ) : undefined;
  return (
    <FieldShell id={id} label={label} error={error} className={className} hint={hint}>
      {(a11y) => <textarea {...a11y} className={controlClass} {...textarea} />}
    </FieldShell>
  );
}
