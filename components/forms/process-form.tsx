"use client";

import type { Control } from "react-hook-form";
import { processStatuses } from "@/lib/domain";
import { blankProcess, type Editing } from "@/lib/form-values";
import type { PickerOption } from "@/lib/picker-option";
import { type ProcessFormValues, type ProcessInput, processInput } from "@/lib/validation/processes";
import { CitationsField } from "./citations-field";
import type { Action, SourceActions } from "./form-actions";
import { ProcessPartiesField } from "./process-parties-field";
import { PublicationFields } from "./publication-fields";
import { SelectField } from "./select-field";
import { TextAreaField } from "./text-area-field";
import { TextField } from "./text-field";
import { useVersionedForm, VersionedFormFrame } from "./versioned-form";
import { zodResolver } from "./zod-resolver";

const conflictFields = [
  ["name", "Name"],
  ["aliases", "Other names"],
  ["summary", "Summary"],
  ["conflict", "Conflict"],
  ["startedOn", "Started on"],
  ["status", "Status"],
  ["publication", "Publication"],
] as const;

/** The server actions the page hands in: the form never imports `app/`. */
export type ProcessFormActions = {
  create: Action<ProcessInput, { id: string }>;
  update: Action<
    { id: string; baseVersion: number; data: ProcessInput },
    { version: number },
    Editing<ProcessFormValues>
  >;
  /** Inline source creation in the citations field. */
  source: SourceActions;
};

type Props = {
  actions: ProcessFormActions;
  parties: PickerOption[];
  sources: PickerOption[];
  /** Absent for a new process. */
  existing?: Editing<ProcessFormValues> & { id: string };
};

/** Create and edit form for peace processes: name, summary, status, parties with roles, sources. */
export function ProcessForm({ actions, parties, sources: sourceOptions, existing }: Props) {
  const { form, field, shell } = useVersionedForm({
    resolver: zodResolver(processInput),
    blank: blankProcess,
    draft: "process",
    existing,
    actions,
    onCreated: (created) => `/editor/processes/${created.id}?saved=1`,
  });
  const errors = form.formState.errors;

  const idPrefix = `process-${existing?.id ?? "new"}`;
  return (
    <VersionedFormFrame shell={shell} noun="process" conflictFields={conflictFields} named>
      <TextField label="Name" {...field("name")} />
      <TextField
        label="Other names, comma-separated (optional)"
        placeholder="Istanbul talks"
        {...field("aliases")}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Conflict (optional)" placeholder="Russia–Ukraine war" {...field("conflict")} />
        <TextField label="Started on (optional)" type="date" {...field("startedOn")} />
        <SelectField
          label="Status"
          options={processStatuses.map((s) => ({ value: s, label: s }))}
          {...field("status")}
        />
      </div>
      <TextAreaField id={`${idPrefix}-summary`} label="Summary (optional)" rows={4} {...field("summary")} />
      <ProcessPartiesField
        control={form.control as unknown as Control<Pick<ProcessFormValues, "parties">>}
        errors={errors}
        parties={parties}
      />
      <CitationsField form={form} options={sourceOptions} actions={actions.source} />
      <PublicationFields register={form.register} editing={existing !== undefined} />
    </VersionedFormFrame>
  );
}
