"use client";

import {
  Combobox,
  ComboboxButton,
  ComboboxInput,
  ComboboxOption,
  ComboboxOptions,
  Field,
  Label,
} from "@headlessui/react";
import { type Ref, useId, useMemo, useState } from "react";
import type { PickerOption } from "@/lib/picker-option";
import { matchNames } from "@/lib/search/match-name";

/** What the list holds: a real option, or the "create new" row carrying the typed text. */
type Choice = PickerOption | { create: string };

type Props = {
  label: string;
  options: readonly PickerOption[];
  /** The chosen option's value; "" for none. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  placeholder?: string;
  /** Offers "Create “typed text”…" below the matches; called with the text typed. */
  onCreate?: (typed: string) => void;
  /** Noun for the create row: "party", "source". */
  noun?: string;
  /** Offers a way back to no choice, for optional fields. */
  clearable?: boolean;
  disabled?: boolean;
  name?: string;
  /** The text input, so a form can focus it (a newly added row, the first error). */
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * A labelled search-as-you-type picker over existing rows: matches names and
 * aliases, accents and case ignored, and can offer to create what is missing.
 * Its error is tied to the input and announced, like the other fields.
 */
export function Picker({
  label,
  options,
  value,
  onChange,
  onBlur,
  error,
  placeholder,
  onCreate,
  noun = "entry",
  clearable,
  disabled,
  name,
  inputRef,
}: Props) {
  const [query, setQuery] = useState("");
  const errorId = `${useId()}-error`;
  const selected = options.find((o) => o.value === value) ?? null;
  const matches = useMemo(() => matchNames(options, query, 50), [options, query]);
  const typed = query.trim();

  return (
    <Field disabled={disabled}>
      <Label className="block text-sm font-medium">{label}</Label>
      <Combobox<Choice | null>
        value={selected}
        by={(a, b) => a !== null && b !== null && "value" in a && "value" in b && a.value === b.value}
        onChange={(choice) => {
          if (choice && "create" in choice) onCreate?.(choice.create);
          else onChange(choice?.value ?? "");
        }}
        onClose={() => setQuery("")}
        immediate
      >
        <div className="relative mt-1">
          <ComboboxInput
            ref={inputRef}
            name={name}
            className="w-full rounded border border-rule bg-white py-1 pr-8 pl-2"
            placeholder={placeholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            autoComplete="off"
            displayValue={(choice: Choice | null) => (choice && "label" in choice ? choice.label : "")}
            onChange={(e) => setQuery(e.target.value)}
            onBlur={onBlur}
          />
          <ComboboxButton
            className="absolute inset-y-0 right-0 px-2 text-muted"
            aria-label={`Show the choices for ${label}`}
          >
            ▾
          </ComboboxButton>
        </div>
        <ComboboxOptions
          anchor="bottom start"
          // Not modal: an open list must not make the rest of the form inert, or Tab could never leave it.
          modal={false}
          className="z-50 max-h-72 w-(--input-width) overflow-auto rounded border border-rule bg-white py-1 text-sm shadow-lg empty:invisible"
        >
          {clearable && selected && !typed && (
            <ComboboxOption
              value={null}
              className="cursor-default px-2 py-1 text-muted data-focus:bg-link/10"
            >
              — none —
            </ComboboxOption>
          )}
          {matches.map((option) => (
            <ComboboxOption
              key={option.value}
              value={option}
              className="cursor-default px-2 py-1 data-focus:bg-link/10 data-selected:font-semibold"
            >
              <span>{option.label}</span>
              {option.badge && <span className="ml-2 text-xs text-muted uppercase">{option.badge}</span>}
              {option.hint && <span className="block text-xs text-muted">{option.hint}</span>}
            </ComboboxOption>
          ))}
          {matches.length === 0 && typed && !onCreate && (
            <div className="px-2 py-1 text-muted">
              No {noun} matches “{typed}”.
            </div>
          )}
          {onCreate && typed && (
            <ComboboxOption
              value={{ create: typed }}
              className="cursor-default border-t border-rule px-2 py-1 font-medium data-focus:bg-link/10"
            >
              Create new {noun} “{typed}”…
            </ComboboxOption>
          )}
        </ComboboxOptions>
      </Combobox>
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </Field>
  );
}
