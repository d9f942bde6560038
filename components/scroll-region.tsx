import type { ReactNode } from "react";

/**
 * A labelled region that scrolls sideways when its content is wider than the
 * screen (tables, charts on a phone). Focusable so a keyboard can scroll it.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  /** Layout beside the scrolling itself (margins, borders, width). */
  className: string;
  children: ReactNode;
}) {
  return (
    <section
      className={`relative overflow-x-auto ${className}`}
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
    >
      {children}
    </section>
  );
}
