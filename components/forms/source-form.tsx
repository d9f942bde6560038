"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createSourceAction, findSourceByUrlAction } from "@/app/(editor)/editor/sources/actions";
import { normalizeSourceUrl, outletFromUrl, sourceInput } from "@/lib/validation/sources";
import { TextField } from "./text-field";

type Values = z.input<typeof sourceInput>;
type Existing = { id: string; title: string; url: string | null };

export function SourceForm() {
  const [existing, setExisting] = useState<Existing | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [guessedOutlet, setGuessedOutlet] = useState("");
  const form = useForm<Values, unknown, z.output<typeof sourceInput>>({
    resolver: zodResolver(sourceInput),
    defaultValues: {
      url: "",
      title: "",
      outlet: "",
      author: "",
      publishedOn: "",
      language: "",
      archivedUrl: "",
    },
  });
  const errors = form.formState.errors;

  async function checkUrl(raw: string) {
    const url = normalizeSourceUrl(raw);
    if (!url) return setExisting(null);
    // Guess the outlet from the domain, unless the editor typed one of their own.
    const outlet = form.getValues("outlet");
    if (!outlet || outlet === guessedOutlet) {
      setGuessedOutlet(outletFromUrl(url));
      form.setValue("outlet", outletFromUrl(url));
    }
    const result = await findSourceByUrlAction({ url });
    setExisting(result.ok ? result.value : null);
  }

  async function onSubmit(values: z.output<typeof sourceInput>) {
    const result = await createSourceAction(values);
    if (!result.ok) return setStatus(result.error);
    setStatus(
      result.value.existing ? "That URL was already stored; nothing new was created." : "Source saved.",
    );
    if (!result.value.existing) form.reset();
  }

  const url = form.register("url");
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="max-w-2xl space-y-4">
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
      {existing && (
        <p role="status" className="rounded border border-amber-600 bg-amber-50 p-2 text-sm">
          This URL is already a source: <Link href="/editor/events/new">“{existing.title}”</Link>. Cite it
          instead of adding a duplicate.
        </p>
      )}
      <TextField label="Title" {...form.register("title")} error={errors.title?.message} />
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Outlet" {...form.register("outlet")} error={errors.outlet?.message} />
        <TextField label="Author" {...form.register("author")} error={errors.author?.message} />
      </div>
      <div className="grid grid-cols-2 gap-3">
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
      {status && (
        <p role="status" className="text-sm">
          {status}
        </p>
      )}
      <button
        type="submit"
        disabled={form.formState.isSubmitting}
        className="rounded bg-ink px-4 py-2 text-white"
      >
        Save source
      </button>
    </form>
  );
}
