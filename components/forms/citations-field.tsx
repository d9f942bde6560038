"use client";

import { useRef, useState } from "react";
import { type Control, Controller, type FieldErrors, useFieldArray, useWatch } from "react-hook-form";
import type { PickerOption } from "@/lib/picker-option";
import { CreateDialog } from "./create-dialog";
import type { SourceActions } from "./form-actions";
import { Picker } from "./picker";
import { SourceForm } from "./source-form";
import { TextField } from "./text-field";

/** The slice of a form this field edits: the cited sources with their excerpts. */
export type CitationValues = { sources: { sourceId: string; excerpt?: string | null }[] };

/**
 * The "Sources" list shared by the event and position forms: each row picks a
 * stored source by title, outlet or address, or creates one inline, with the
 * excerpt that supports the claim.
 */
export function CitationsField({
  control,
  errors,
  options,
  onSourceCreated,
  actions,
}: {
  control: Control<CitationValues>;
  errors: FieldErrors<CitationValues>;
  options: readonly PickerOption[];
  onSourceCreated: (option: PickerOption) => void;
  actions: SourceActions;
}) {
  const cited = useFieldArray({ control, name: "sources" });
  const current = useWatch({ control, name: "sources" });
  // A removed row takes its button with it; focus goes back to "Add source", never to the page.
  const addButton = useRef<HTMLButtonElement>(null);
  const [creatingFor, setCreatingFor] = useState<{ index: number; typed: string } | null>(null);
  const listError = errors.sources?.root?.message ?? errors.sources?.message;
  return (
    <fieldset className="rounded border border-rule p-3">
      <legend className="px-1 text-sm font-medium">Sources</legend>
      {cited.fields.map((field, i) => (
        <div key={field.id} className="mb-3 grid items-end gap-2 sm:grid-cols-[2fr_2fr_auto]">
          <Controller
            control={control}
            name={`sources.${i}.sourceId`}
            render={({ field: f }) => (
              <Picker
                label={`Source ${i + 1}`}
                noun="source"
                placeholder="Search by title, outlet or URL"
                options={options}
                value={f.value}
                onChange={f.onChange}
                onBlur={f.onBlur}
                inputRef={f.ref}
                onCreate={(typed) => setCreatingFor({ index: i, typed })}
                error={errors.sources?.[i]?.sourceId?.message}
              />
            )}
          />
          <Controller
            control={control}
            name={`sources.${i}.excerpt`}
            render={({ field: f }) => (
              <TextField
                label={`Excerpt ${i + 1} (optional)`}
                name={f.name}
                value={f.value ?? ""}
                onChange={f.onChange}
                onBlur={f.onBlur}
                ref={f.ref}
              />
            )}
          />
          <button
            type="button"
            onClick={() => {
              cited.remove(i);
              addButton.current?.focus();
            }}
            className="mb-1 underline"
            aria-label={`Remove source ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      {listError && (
        <p role="alert" className="mb-2 text-sm text-red-700">
          {listError}
        </p>
      )}
      <button
        ref={addButton}
        type="button"
        onClick={() =>
          cited.append(
            { sourceId: "", excerpt: "" },
            { focusName: `sources.${cited.fields.length}.sourceId` },
          )
        }
        className="underline"
      >
        Add source
      </button>
      <CreateDialog title="New source" open={creatingFor !== null} onClose={() => setCreatingFor(null)}>
        {creatingFor && (
          <SourceForm
            actions={actions}
            initial={
              /^https?:\/\//i.test(creatingFor.typed)
                ? { url: creatingFor.typed }
                : { title: creatingFor.typed }
            }
            onCreated={(source) => {
              onSourceCreated({ value: source.id, label: source.title });
              cited.update(creatingFor.index, {
                sourceId: source.id,
                excerpt: current?.[creatingFor.index]?.excerpt ?? "",
              });
              setCreatingFor(null);
            }}
          />
        )}
      </CreateDialog>
    </fieldset>
  );
}
