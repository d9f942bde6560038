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
    <span className="cmp-change">
      <span className="cmp-badge">Changed</span>
      <span className="text-muted">{text}</span>
    </span>
  );
}
