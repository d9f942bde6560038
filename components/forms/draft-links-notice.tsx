import type { PickerOption } from "./picker";

/** The chosen options that are still drafts, by name. */
export function draftNames(options: readonly PickerOption[], chosen: readonly (string | null | undefined)[]) {
  return options.filter((o) => o.badge === "draft" && chosen.includes(o.value)).map((o) => o.label);
}

/**
 * Publishing a row that points at drafts is allowed — they may be published
 * later — but readers will not see the draft parts until then, so say so.
 */
export function DraftLinksNotice({ names }: { names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <p role="note" className="rounded border border-amber-600 bg-amber-50 p-2 text-sm">
      Still drafts, so readers will not see them here until they are published: {names.join(", ")}.
    </p>
  );
}
