import type { ReactNode } from "react";

/** The props a control needs to be tied to its label and announced error. */
export type ControlA11y = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

/**
 * A visible label, the control, and its error under it (role=alert, and tied to
 * the control by aria-describedby) — the frame every form field shares.
 */
export function FieldShell({
  id,
  label,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  className?: string;
  children: (a11y: ControlA11y) => ReactNode;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? errorId : undefined,
      })}
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export const controlClass = "mt-1 w-full rounded border border-rule px-2 py-1";
