"use client";

import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";
import { type DefaultValues, type FieldValues, type Resolver, useForm } from "react-hook-form";
import type { Editing } from "@/lib/form-values";
import type { Result } from "@/lib/result";
import { ConflictPanel } from "./conflict-panel";
import { DraftNotice } from "./draft-notice";
import { fieldProps } from "./field-props";
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
  /** Editing a stored row, not creating one: the frame's default labels follow it. */
  editing: boolean;
};

type Options<V extends FieldValues, I, T> = {
  /** The kind's zod schema (through zodResolver), the same one the server parses with. */
  resolver: Resolver<NoInfer<V>, unknown, I>;
  /** A new row's starting values; a stored row starts from its own. */
  blank: DefaultValues<V>;
  /** The draft's key: "event" keeps "event:<id>" or "event:new"; null keeps none (inline forms). */
  draft: string | null;
  /** Absent for a new row. */
  existing?: Editing<V> & { id: string };
  actions: {
    create: (values: I) => Promise<Result<T, Editing<V>>>;
    update: (edit: {
      id: string;
      baseVersion: number;
      data: I;
    }) => Promise<Result<{ version: number }, Editing<V>>>;
  };
  /** After a create: the page to open (usually the new row's), or nothing to stay on this one. */
  onCreated: (created: T, values: I, save: Save<V>) => string | undefined;
};

/**
 * The form state and save loop of every versioned editor form: a create hands
 * the new row to `onCreated`; an edit saves against the version the editor
 * started from and refreshes the page; either way a saved form's draft is
 * cleared. Returns the react-hook-form instance, its `field` props helper and
 * the shell that VersionedFormFrame takes.
 */
export function useVersionedForm<V extends FieldValues, I, T>({
  resolver,
  blank,
  draft: draftPrefix,
  existing,
  actions: { create, update },
  onCreated,
}: Options<V, I, T>) {
  const router = useRouter();
  // DeepPartial of a generic V is opaque to TypeScript, though a whole V always is one.
  const defaultValues = (existing?.values ?? blank) as DefaultValues<V>;
  const form = useForm<V, unknown, I>({ resolver, defaultValues });
  const save = useVersionedSave(form, existing);
  const draftKey = draftPrefix === null ? null : `${draftPrefix}:${existing?.id ?? "new"}`;
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
    const next = onCreated(created, values, save);
    if (next) router.push(next);
  }

  const shell: Shell<V> = {
    save,
    draft,
    submitting: form.formState.isSubmitting,
    onSubmit: form.handleSubmit(onSubmit),
    editing: existing !== undefined,
  };
  return { form, field: fieldProps(form), shell };
}

/**
 * The frame around a versioned form's fields: the restored-draft notice, the
 * conflict panel, the footer. The fields stay disabled until the form is live
 * (hydrated, its draft put back): text typed earlier would be overwritten by
 * the restore, or mangled as the form takes over the field.
 */
export function VersionedFormFrame<V extends FieldValues>({
  shell: { save, draft, submitting, onSubmit, editing },
  noun,
  conflictFields,
  label = editing ? "Save changes" : `Create ${noun}`,
  className = "max-w-2xl space-y-4",
  named = false,
  children,
  after,
}: {
  shell: Shell<V>;
  /** What is edited, for the conflict panel's heading: "event", "party". */
  noun: string;
  conflictFields: readonly (readonly [keyof V, string])[];
  /** The submit button's label: "Save changes", or "Create <noun>" for a new row. */
  label?: string;
  className?: string;
  /** Name the form "Edit <noun>" or "New <noun>" (where no heading names it already). */
  named?: boolean;
  children: ReactNode;
  /** After the footer, e.g. a dialog for creating a row inline. */
  after?: ReactNode;
}) {
  return (
    <form
      onSubmit={isolatedSubmit(onSubmit)}
      noValidate
      className={className}
      aria-label={named ? `${editing ? "Edit" : "New"} ${noun}` : undefined}
    >
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
