import { labelOf, stanceLabel } from "@/lib/domain";

// Muted, print-like inks; the word is always there, the glyph adds a second, non-colour cue.
const stanceStyle: Record<string, { glyph: string; className: string }> = {
  supports: { glyph: "●", className: "text-[#1f5a36]" },
  opposes: { glyph: "✕", className: "text-[#8c1c13]" },
  conditional: { glyph: "◐", className: "text-[#6b4f00]" },
  open: { glyph: "○", className: "text-[#3d4a5c]" },
};

/** A stance as a word with a glyph, or "No stated position". */
export function StanceTag({ stance }: { stance: string | null }) {
  if (!stance) return <span className="text-sm text-muted">No stated position</span>;
  const style = stanceStyle[stance] ?? { glyph: "·", className: "" };
  return (
    <span className={`inline-flex items-center gap-1 text-sm font-semibold ${style.className}`}>
      <span aria-hidden="true" className="text-xs">
        {style.glyph}
      </span>
      {labelOf(stanceLabel, stance)}
    </span>
  );
}

/** Marks a red line in words, so it survives greyscale print and screen readers. */
export function RedLineMark() {
  return (
    <span className="ml-1 inline-block rounded-sm border border-[#8c1c13] px-1 text-[0.65rem] font-bold uppercase leading-4 tracking-wide text-[#8c1c13]">
      Red line
    </span>
  );
}
