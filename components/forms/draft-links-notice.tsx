"use client";

import Link from "next/link";
import { useState } from "react";
import { kindPath } from "@/lib/directory-paths";
import type { DirectoryKind } from "@/lib/domain";
import type { PickerOption } from "@/lib/picker-option";
import { reached } from "@/lib/result";
import type { EntryActions } from "./form-actions";

/** A chosen row that is still a draft, with what the notice needs to link and publish it. */
export type DraftLink = { kind: DirectoryKind; option: PickerOption };

/** The chosen options of one kind that are still drafts. */
export function draftLinks(
  kind: DirectoryKind,
  options: readonly PickerOption[],
  chosen: readonly (string | null | undefined)[],
): DraftLink[] {
  return options
    .filter((o) => o.badge === "draft" && chosen.includes(o.value))
    .map((option) => ({ kind, option }));
}

/**
 * Publishing a row that points at drafts is allowed — they may be published
 * later — but readers will not see the draft parts until then, so say so, link
 * each draft, and offer to publish it here as it is.
 */
export function DraftLinksNotice({
  links,
  publish: publishEntry,
  onPublished,
}: {
  links: readonly DraftLink[];
  publish: EntryActions["publish"];
  onPublished: (link: DraftLink) => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (links.length === 0) return null;

  async function publish(link: DraftLink) {
    setBusy(link.option.value);
    setError(null);
    const result = await reached(() => publishEntry({ kind: link.kind, id: link.option.value }));
    setBusy(null);
    if (result.ok) onPublished(link);
    else setError(`${link.option.label} could not be published: ${result.error}`);
  }

  return (
    <div role="note" className="rounded border border-amber-600 bg-amber-50 p-2 text-sm">
      <p>Still drafts, so readers will not see them here until they are published:</p>
      <ul className="mt-1 space-y-1">
        {links.map((link) => (
          <li key={`${link.kind}:${link.option.value}`} className="flex flex-wrap items-baseline gap-2">
            <Link href={`/editor/${kindPath[link.kind]}/${link.option.value}`} target="_blank">
              {link.option.label}
            </Link>
            <button
              type="button"
              className="parley-button text-xs"
              disabled={busy !== null}
              onClick={() => publish(link)}
            >
              {busy === link.option.value ? "Publishing…" : `Publish ${link.option.label}`}
            </button>
          </li>
        ))}
      </ul>
      {error && <p className="mt-1 text-red-800">{error}</p>}
    </div>
  );
}
