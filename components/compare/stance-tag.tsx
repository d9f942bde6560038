import { labelOf, stanceLabel } from "@/lib/domain";

// Muted, print-like inks; the word is always there, the glyph adds a second, non-colour cue.
// Classes in app/globals.css: the compare matrix repeats them on every cell.
const stanceStyle: Record<string, { glyph: string; className: string }> = {
  supports: { glyph: "●", className: "stance-supports" },
  opposes: { glyph: "✕", className: "stance-opposes" },
  conditional: { glyph: "◐", className: "stance-conditional" },
  open: { glyph: "○", className: "stance-open" },
};

/** A stance as a word with a glyph, or "No stated position". */
export function StanceTag({ stance }: { stance: string | null }) {
  if (!stance) return <span className="text-sm text-muted">No stated position</span>;
  const style = stanceStyle[stance] ?? { glyph: "·", className: "" };
  return (
    <span className={`stance ${style.className}`}>
      <span aria-hidden="true" className="text-xs">
        {style.glyph}
      </span>
      {labelOf(stanceLabel, stance)}
    </span>
  );
}

/** Marks a red line in words, so it survives greyscale print and screen readers. */
export function RedLineMark() {
  return <span className="red-line">Red line</span>;
}
