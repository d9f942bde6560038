import type { ComponentProps } from "react";
import { controlClass, FieldShell } from "./field-shell";

type Props = ComponentProps<"textarea"> & { id: string; label: string; error?: string };

/** A labelled textarea whose error sits under it and is announced, like TextField. */
export function TextAreaField({ id, label, error, className, ...textarea }: Props) {
  return (
    <FieldShell id={id} label={label} error={error} className={className}>
      {(a11y) => <textarea {...a11y} className={controlClass} {...textarea} />}
    </FieldShell>
  );
}
