import { type ComponentProps, useId } from "react";

type Props = ComponentProps<"input"> & { label: string; error?: string; multiline?: false };

/** A labelled input whose error sits under it and is announced (aria-describedby + role=alert). */
export function TextField({ label, error, className, ...input }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="mt-1 w-full rounded border border-rule px-2 py-1"
        {...input}
      />
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
