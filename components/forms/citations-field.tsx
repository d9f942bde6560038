"use client";

import { useState } from "react";
import {
  type Control,
  Controller,
  type FieldErrors,
  type FieldValues,
  type UseFormReturn,
  useFieldArray,
  useWatch,
} from "react-hook-form";
import type { PickerOption } from "@/lib/picker-option";
import { ControlledPicker } from "./controlled-picker";
import { CreateDialog } from "./create-dialog";
import type { SourceActions } from "./form-actions";
import { RepeatableRows } from "./repeatable-rows";
import { SourceForm } from "./source-form";
import { TextField } from "./text-field";
import { useOptionList } from "./use-option-list";

/** The slice of a form this field edits: the cited sources with their excerpts. */
export type CitationValues = { sources: { sourceId: string; excerpt?: string | null }[] };

/**
 * The "Sources" list of every form that cites (events, positions, processes):
 * each row picks a stored source by title, outlet or address, or creates one
 * inline (it then joins the options), with the excerpt that supports the claim.
 */
export function CitationsField<V extends FieldValues>({
  form,
  options: initialOptions,
  actions,
}: {
  /** A form whose values include `sources`. */
  form: UseFormReturn<V, unknown, unknown>;
  options: readonly PickerOption[];
  actions: SourceActions;
}) {
  // react-hook-form types a form's control per form (and invariantly): narrowed to this field's slice, once, here.
  const control = form.control as unknown as Control<CitationValues>;
  const errors = form.formState.errors as FieldErrors<CitationValues>;
  const [options, onSourceCreated] = useOptionList(initialOptions);
  const cited = useFieldArray({ control, name: "sources" });
  const current = useWatch({ control, name: "sources" });
  const [creatingFor, setCreatingFor] = useState<{ index: number; typed: string } | null>(null);
  const listError = errors.sources?.root?.message ?? errors.sources?.message;
  return (
    <RepeatableRows
      legend="Sources"
      noun="source"
      keys={cited.fields.map((f) => f.id)}
      columns="sm:grid-cols-[2fr_2fr_auto]"
      onRemove={cited.remove}
      onAdd={() =>
        cited.append({ sourceId: "", excerpt: "" }, { focusName: `sources.${cited.fields.length}.sourceId` })
      }
      error={listError}
      row={(i) => (
        <>
          <ControlledPicker
            control={control}
            name={`sources.${i}.sourceId`}
            label={`Source ${i + 1}`}
            noun="source"
            placeholder="Search by title, outlet or URL"
            options={options}
            onCreate={(typed) => setCreatingFor({ index: i, typed })}
            error={errors.sources?.[i]?.sourceId?.message}
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
        </>
      )}
    >
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
    </RepeatableRows>
  );
}
