import { labelOf, stanceLabel } from "@/lib/domain";

// Muted, print-like inks; the word is always there, the glyph (drawn by CSS) adds a second,
// non-colour cue. Classes in app/globals.css: the compare matrix repeats them on every cell.
const stanceClass: Record<string, string> = {
  supports: "stance-supports",
  opposes: "stance-opposes",
  conditional: "stance-conditional",
  open: "stance-open",
};

/** A stance as a word with a glyph, or "No stated position". */
export function StanceTag({ stance }: { stance: string | null }) {
  if (!stance) return <span className="text-sm text-muted">No stated position</span>;
  return <span className={`stance ${stanceClass[stance] ?? ""}`}>{labelOf(stanceLabel, stance)}</span>;
}

/** Marks a red line in words, so it survives greyscale print and screen readers. */
export function RedLineMark() {
  return <span className="red-line">Red line</span>;
}
