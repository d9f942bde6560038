"use client";

import Link from "next/link";
import { useState } from "react";
import { blankSource, type Editing, type SourceFormValues } from "@/lib/form-values";
import { reached } from "@/lib/result";
import { normalizeSourceUrl, outletFromUrl, sourceInput } from "@/lib/validation/sources";
import type { SourceActions } from "./form-actions";
import { TextField } from "./text-field";
import { useVersionedForm, VersionedFormFrame } from "./versioned-form";
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
  const [duplicate, setDuplicate] = useState<Existing | null>(null);
  const [guessedOutlet, setGuessedOutlet] = useState("");
  const { form, field, shell } = useVersionedForm({
    resolver: zodResolver(sourceInput),
    blank: { ...blankSource, ...initial },
    draft: onCreated ? null : "source",
    existing,
    actions,
    onCreated: (created, values, save) => {
      if (onCreated) {
        onCreated(created);
        return;
      }
      if (!created.existing) return `/editor/sources/${created.id}?saved=1`;
      setDuplicate({ id: created.id, title: created.title, url: values.url ?? null });
      save.setStatus("That URL was already stored; nothing new was created.");
    },
  });
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

  const url = form.register("url");
  return (
    <VersionedFormFrame
      shell={shell}
      noun="source"
      conflictFields={conflictFields}
      label={existing ? "Save changes" : "Save source"}
      named
    >
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
      <TextField label="Title" {...field("title")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Outlet" {...field("outlet")} />
        <TextField label="Author" {...field("author")} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Published on" type="date" {...field("publishedOn")} />
        <TextField label="Language" {...field("language")} />
      </div>
      <TextField label="Archived URL" type="url" {...field("archivedUrl")} />
      {existing && <TextField label="Note for the history (optional)" {...form.register("note")} />}
    </VersionedFormFrame>
  );
}
