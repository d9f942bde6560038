"use client";

import { type ReactNode, useRef } from "react";

/**
 * A fieldset of rows the editor adds and removes (sources cited, parties of a
 * process, participants): each row's own fields, its Remove button, the list's
 * error and the Add button. Removing a row takes its button with it, so focus
 * goes back to the Add button, never to the page.
 */
export function RepeatableRows({
  legend,
  noun,
  keys,
  columns,
  row,
  onRemove,
  onAdd,
  empty,
  error,
  children,
}: {
  legend: string;
  /** Names the buttons: "Add source", "Remove source 2". */
  noun: string;
  /** One stable key per row (useFieldArray's `field.id`). */
  keys: readonly string[];
  /** The row's grid columns, e.g. "sm:grid-cols-[2fr_1fr_auto]". */
  columns: string;
  row: (index: number) => ReactNode;
  onRemove: (index: number) => void;
  onAdd: () => void;
  /** Shown while there is no row. */
  empty?: string;
  error?: string;
  /** After the list, e.g. the dialog that creates a row's entry inline. */
  children?: ReactNode;
}) {
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="rounded border border-rule p-3">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      {empty && keys.length === 0 && <p className="mb-2 text-sm text-muted">{empty}</p>}
      {keys.map((key, i) => (
        <div key={key} className={`mb-3 grid items-end gap-2 ${columns}`}>
          {row(i)}
          <button
            type="button"
            onClick={() => {
              onRemove(i);
              addButton.current?.focus();
            }}
            className="mb-1 underline"
            aria-label={`Remove ${noun} ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      {error && (
        <p role="alert" className="mb-2 text-sm text-red-700">
          {error}
        </p>
      )}
      <button ref={addButton} type="button" onClick={onAdd} className="underline">
        Add {noun}
      </button>
      {children}
    </fieldset>
  );
}
