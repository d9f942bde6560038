"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { blankSource, type Editing, type SourceFormValues } from "@/lib/form-values";
import { reached } from "@/lib/result";
import { normalizeSourceUrl, outletFromUrl, sourceInput } from "@/lib/validation/sources";
import { ConflictPanel } from "./conflict-panel";
import { DraftNotice } from "./draft-notice";
import type { SourceActions } from "./form-actions";
import { FormFooter } from "./form-footer";
import { isolatedSubmit } from "./isolated-submit";
import { TextField } from "./text-field";
import { useFormDraft } from "./use-form-draft";
import { useVersionedSave } from "./use-versioned-save";
import { zodResolver } from "./zod-resolver";

type Existing = { id: string; title: string; url: string | null };

const conflictFields = [
  ["url", "URL"],
  ["title", "Title"],
  ["outlet", "Outlet"],
  ["author", "Author"],
  ["publishedOn", "Published on"],
  ["language", "Language"],
  ["archivedUrl", "Archived URL"],
] as const;

type Props = {
  /** Absent for a new source. */
  existing?: Editing<SourceFormValues> & { id: string };
  /** Prefilled values for a new source, e.g. text typed into a picker. */
  initial?: Partial<SourceFormValues>;
  /** Inline creation from a picker: called with the new source, or the stored one the URL matched. */
  onCreated?: (source: { id: string; title: string }) => void;
  actions: SourceActions;
};

/**
 * Create and edit form for sources. Pasting a URL guesses the outlet from the
 * domain and checks whether that document is already stored, so it is cited
 * again rather than duplicated.
 */
export function SourceForm({ existing, initial, onCreated, actions }: Props) {
  const router = useRouter();
  const [duplicate, setDuplicate] = useState<Existing | null>(null);
  const [guessedOutlet, setGuessedOutlet] = useState("");
  const form = useForm<SourceFormValues, unknown, z.output<typeof sourceInput>>({
    resolver: zodResolver(sourceInput),
    defaultValues: existing?.values ?? { ...blankSource, ...initial },
  });
  const save = useVersionedSave(form, existing);
  const draft = useFormDraft(
    form,
    onCreated ? null : `source:${existing?.id ?? "new"}`,
    save.baseVersion,
    save.resume,
  );
  const errors = form.formState.errors;

  async function checkUrl(raw: string) {
    const url = normalizeSourceUrl(raw);
    if (!url) return setDuplicate(null);
    // Guess the outlet from the domain, unless the editor typed one of their own.
    const outlet = form.getValues("outlet");
    if (!outlet || outlet === guessedOutlet) {
      setGuessedOutlet(outletFromUrl(url));
      form.setValue("outlet", outletFromUrl(url));
    }
    // Only a hint: a lost answer leaves the form as it is.
    const result = await reached(() => actions.findByUrl({ url }));
    const found = result.ok ? result.value : null;
    setDuplicate(found && found.id !== existing?.id ? found : null);
  }

  async function onSubmit(values: z.output<typeof sourceInput>) {
    if (existing) {
      if (
        await save.update(() =>
          actions.update({ id: existing.id, baseVersion: save.baseVersion, data: values }),
        )
      ) {
        draft.clear();
        router.refresh();
      }
      return;
    }
    const created = await save.submit(() => actions.create(values));
    if (!created) return;
    draft.clear();
    if (onCreated) return onCreated(created);
    if (created.existing) {
      setDuplicate({ id: created.id, title: created.title, url: values.url ?? null });
      save.setStatus("That URL was already stored; nothing new was created.");
    } else router.push(`/editor/sources/${created.id}?saved=1`);
  }

  const url = form.register("url");
  return (
    <form
      onSubmit={isolatedSubmit(form.handleSubmit(onSubmit))}
      noValidate
      className="max-w-2xl space-y-4"
      aria-label={existing ? "Edit source" : "New source"}
    >
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      {save.conflictPanel && <ConflictPanel noun="source" fields={conflictFields} {...save.conflictPanel} />}
      <TextField
        label="URL"
        type="url"
        {...url}
        onBlur={(e) => {
          void url.onBlur(e);
          void checkUrl(e.target.value);
        }}
        error={errors.url?.message}
      />
      {duplicate && (
        <div role="status" className="rounded border border-amber-600 bg-amber-50 p-2 text-sm">
          This URL is already a source: “{duplicate.title}”.{" "}
          {onCreated ? (
            <button type="button" className="underline" onClick={() => onCreated(duplicate)}>
              Cite the stored source
            </button>
          ) : (
            <Link href={`/editor/sources/${duplicate.id}`}>Open the stored source</Link>
          )}{" "}
          instead of adding a duplicate.
        </div>
      )}
      <TextField label="Title" {...form.register("title")} error={errors.title?.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Outlet" {...form.register("outlet")} error={errors.outlet?.message} />
        <TextField label="Author" {...form.register("author")} error={errors.author?.message} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Published on"
          type="date"
          {...form.register("publishedOn")}
          error={errors.publishedOn?.message}
        />
        <TextField label="Language" {...form.register("language")} error={errors.language?.message} />
      </div>
      <TextField
        label="Archived URL"
        type="url"
        {...form.register("archivedUrl")}
        error={errors.archivedUrl?.message}
      />
      {existing && <TextField label="Note for the history (optional)" {...form.register("note")} />}
      <FormFooter
        status={save.status}
        signedOut={save.signedOut}
        submitting={form.formState.isSubmitting}
        label={existing ? "Save changes" : "Save source"}
      />
    </form>
  );
}
