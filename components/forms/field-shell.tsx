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
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  className?: string;
  /** A line under the control that is not an error, e.g. a length counter. */
  hint?: ReactNode;
  children: (a11y: ControlA11y) => ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  // An alert with no words is announced as nothing at all: only a real message gets one.
  const message = error?.trim() ? error : undefined;
  const describedBy = [message ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({
        id,
        "aria-invalid": message ? true : undefined,
        "aria-describedby": describedBy,
      })}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
      {message && (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}

export const controlClass = "mt-1 w-full rounded border border-rule px-2 py-1";
