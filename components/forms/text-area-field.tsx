import type { ComponentProps } from "react";

type Props = ComponentProps<"textarea"> & { id: string; label: string; error?: string };

/** A labelled textarea whose error sits under it and is announced, like TextField. */
export function TextAreaField({ id, label, error, className, ...textarea }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="mt-1 w-full rounded border border-rule px-2 py-1"
        {...textarea}
      />
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
