import type { CellChange } from "@/lib/compare/rules";

const detail: Partial<Record<CellChange, string>> = {
  "first-stated": "first stated",
  changed: "stance or kind",
  withdrawn: "no longer stated",
};

/** The words that say a cell moved; the highlight colour is only a second cue. */
export function ChangeBadge({ change }: { change: CellChange }) {
  const text = detail[change];
  if (!text) return null;
  return (
    <span className="flex flex-wrap items-baseline gap-1 text-xs">
      <span className="rounded-sm bg-ink px-1 text-[0.65rem] font-bold uppercase leading-4 tracking-wide text-white">
        Changed
      </span>
      <span className="text-muted">{text}</span>
    </span>
  );
}
