/** A party's colour as a dot beside its name; `className` sizes (and spaces) the dot. */
export function PartySwatch({ color, className = "h-2.5 w-2.5" }: { color: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block ${className} rounded-full`}
      style={{ backgroundColor: color }}
    />
  );
}

/** A party name with its colour swatch; colour is never the only cue, the name is always shown. */
export function PartyChip({ name, color, suffix }: { name: string; color: string; suffix?: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-sm border border-rule bg-white px-1.5 py-0.5 text-sm">
      <PartySwatch color={color} />
      {name}
      {suffix ? <span className="text-muted">· {suffix}</span> : null}
    </span>
  );
}
