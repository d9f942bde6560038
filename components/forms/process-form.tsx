"use client";

import { useRouter } from "next/navigation";
import { type Control, type FieldErrors, useForm } from "react-hook-form";
import { processStatuses } from "@/lib/domain";
import type { Editing } from "@/lib/form-values";
import type { PickerOption } from "@/lib/picker-option";
import {
  blankProcess,
  type ProcessFormValues,
  type ProcessInput,
  processInput,
} from "@/lib/validation/processes";
import { CitationsField, type CitationValues } from "./citations-field";
import { ConflictPanel } from "./conflict-panel";
import { DraftNotice } from "./draft-notice";
import type { Action, SourceActions } from "./form-actions";
import { FormFooter } from "./form-footer";
import { isolatedSubmit } from "./isolated-submit";
import { ProcessPartiesField } from "./process-parties-field";
import { PublicationFields } from "./publication-fields";
import { SelectField } from "./select-field";
import { TextAreaField } from "./text-area-field";
import { TextField } from "./text-field";
import { useFormDraft } from "./use-form-draft";
import { useOptionList } from "./use-option-list";
import { useVersionedSave } from "./use-versioned-save";
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
  const router = useRouter();
  const form = useForm<ProcessFormValues, unknown, ProcessInput>({
    resolver: zodResolver(processInput),
    defaultValues: existing?.values ?? blankProcess,
  });
  const save = useVersionedSave(form, existing);
  const draft = useFormDraft(form, `process:${existing?.id ?? "new"}`, save.baseVersion, save.resume);
  const [sources, addSource] = useOptionList(sourceOptions);
  const errors = form.formState.errors;

  async function onSubmit(values: ProcessInput) {
    if (!existing) {
      const created = await save.submit(() => actions.create(values));
      if (!created) return;
      draft.clear();
      router.push(`/editor/processes/${created.id}?saved=1`);
    } else if (
      await save.update(() =>
        actions.update({ id: existing.id, baseVersion: save.baseVersion, data: values }),
      )
    ) {
      draft.clear();
      router.refresh();
    }
  }

  const idPrefix = `process-${existing?.id ?? "new"}`;
  return (
    <form
      onSubmit={isolatedSubmit(form.handleSubmit(onSubmit))}
      noValidate
      className="max-w-2xl space-y-4"
      aria-label={existing ? "Edit process" : "New process"}
    >
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {save.conflictPanel && <ConflictPanel noun="process" fields={conflictFields} {...save.conflictPanel} />}
      <TextField label="Name" {...form.register("name")} error={errors.name?.message} />
      <TextField
        label="Other names, comma-separated (optional)"
        placeholder="Istanbul talks"
        {...form.register("aliases")}
        error={errors.aliases?.message}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label="Conflict (optional)"
          placeholder="Russia–Ukraine war"
          {...form.register("conflict")}
          error={errors.conflict?.message}
        />
        <TextField
          label="Started on (optional)"
          type="date"
          {...form.register("startedOn")}
          error={errors.startedOn?.message}
        />
        <SelectField
          label="Status"
          options={processStatuses.map((s) => ({ value: s, label: s }))}
          {...form.register("status")}
          error={errors.status?.message}
        />
      </div>
      <TextAreaField
        id={`${idPrefix}-summary`}
        label="Summary (optional)"
        rows={4}
        {...form.register("summary")}
        error={errors.summary?.message}
      />
      <ProcessPartiesField
        control={form.control as unknown as Control<Pick<ProcessFormValues, "parties">>}
        errors={errors}
        parties={parties}
      />
      <CitationsField
        control={form.control as unknown as Control<CitationValues>}
        errors={errors as FieldErrors<CitationValues>}
        options={sources}
        onSourceCreated={addSource}
        actions={actions.source}
      />
      <PublicationFields register={form.register} editing={existing !== undefined} />
      <FormFooter
        status={save.status}
        signedOut={save.signedOut}
        submitting={form.formState.isSubmitting}
        label={existing ? "Save changes" : "Create process"}
      />
    </form>
  );
}
