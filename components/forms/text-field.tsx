import { type ComponentProps, useId } from "react";
import { controlClass, FieldShell } from "./field-shell";

type Props = ComponentProps<"input"> & { label: string; error?: string; multiline?: false };

/** A labelled input whose error sits under it and is announced (aria-describedby + role=alert). */
export function TextField({ label, error, className, ...input }: Props) {
  return (
    <FieldShell id={useId()} label={label} error={error} className={className}>
      {(a11y) => <input {...a11y} className={controlClass} {...input} />}
    </FieldShell>
  );
}
