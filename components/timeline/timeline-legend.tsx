/** What the item styles mean: status and date precision are drawn as shape, not colour alone. */
export function TimelineLegend() {
  const styles = [
    { label: "Held", className: "parley-status-held" },
    { label: "Scheduled", className: "parley-status-scheduled" },
    { label: "Postponed", className: "parley-status-postponed" },
    { label: "Cancelled", className: "parley-status-cancelled" },
    { label: "Approximate date", className: "parley-precision-approximate" },
  ];
  return (
    <ul className="parley-timeline flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legend">
      {styles.map((s) => (
        <li key={s.label} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`parley-preview-item parley-legend-swatch ${s.className}`}>
            <span className="parley-item-title">Ab</span>
          </span>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
