"use client";

import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { Editing } from "@/lib/form-values";
import type { Result } from "@/lib/result";
import { ConflictPanel } from "./conflict-panel";
import { DraftNotice } from "./draft-notice";
import { FormFooter } from "./form-footer";
import { isolatedSubmit } from "./isolated-submit";
import { useFormDraft } from "./use-form-draft";
import { useVersionedSave } from "./use-versioned-save";

type Save<V extends FieldValues> = ReturnType<typeof useVersionedSave<V>>;

/** What the frame needs of `useVersionedForm`. */
type Shell<V extends FieldValues> = {
  save: Save<V>;
  draft: ReturnType<typeof useFormDraft<V>>;
  submitting: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
};

type Options<V extends FieldValues, I, T> = {
  /** Where the draft is kept ("event:new", "party:<id>"); null keeps none (inline forms). */
  draftKey: string | null;
  /** Absent for a new row. */
  existing?: Editing<V> & { id: string };
  create: (values: I) => Promise<Result<T, Editing<V>>>;
  update: (edit: {
    id: string;
    baseVersion: number;
    data: I;
  }) => Promise<Result<{ version: number }, Editing<V>>>;
  /** After a create: usually open the new row's page. */
  onCreated: (created: T, values: I, save: Save<V>) => void;
};

/**
 * The save loop of every versioned editor form: a create hands the new row to
 * `onCreated`; an edit saves against the version the editor started from and
 * refreshes the page; either way a saved form's draft is cleared.
 */
export function useVersionedForm<V extends FieldValues, I, T>(
  form: UseFormReturn<V, unknown, I>,
  { draftKey, existing, create, update, onCreated }: Options<V, I, T>,
): Shell<V> {
  const router = useRouter();
  const save = useVersionedSave(form, existing);
  const draft = useFormDraft(form, draftKey, save.baseVersion, save.resume);

  async function onSubmit(values: I) {
    if (existing) {
      if (await save.update(() => update({ id: existing.id, baseVersion: save.baseVersion, data: values }))) {
        draft.clear();
        router.refresh();
      }
      return;
    }
    const created = await save.submit(() => create(values));
    if (created === null) return;
    draft.clear();
    onCreated(created, values, save);
  }

  return { save, draft, submitting: form.formState.isSubmitting, onSubmit: form.handleSubmit(onSubmit) };
}

/**
 * The frame around a versioned form's fields: the restored-draft notice, the
 * conflict panel, the footer. The fields stay disabled until the form is live
 * (hydrated, its draft put back): text typed earlier would be overwritten by
 * the restore, or mangled as the form takes over the field.
 */
export function VersionedFormFrame<V extends FieldValues>({
  shell: { save, draft, submitting, onSubmit },
  noun,
  conflictFields,
  label,
  className = "max-w-2xl space-y-4",
  "aria-label": ariaLabel,
  children,
  after,
}: {
  shell: Shell<V>;
  /** What is edited, for the conflict panel's heading: "event", "party". */
  noun: string;
  conflictFields: readonly (readonly [keyof V, string])[];
  /** The submit button's label. */
  label: string;
  className?: string;
  "aria-label"?: string;
  children: ReactNode;
  /** After the footer, e.g. a dialog for creating a row inline. */
  after?: ReactNode;
}) {
  return (
    <form onSubmit={isolatedSubmit(onSubmit)} noValidate className={className} aria-label={ariaLabel}>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {save.conflictPanel && <ConflictPanel noun={noun} fields={conflictFields} {...save.conflictPanel} />}
      <fieldset disabled={!draft.ready} className="min-w-0 space-y-4">
        {children}
        <FormFooter status={save.status} signedOut={save.signedOut} submitting={submitting} label={label} />
      </fieldset>
      {after}
    </form>
  );
}
