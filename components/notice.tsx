import type { ReactNode } from "react";

/** A tinted box named by its own heading: what a reader or editor should see before the rest of the page. */
export function Notice({
  id,
  heading,
  as: Box = "section",
  className,
  children,
}: {
  /** The heading's id, which names the box for assistive technology. */
  id: string;
  heading: ReactNode;
  as?: "section" | "aside";
  /** Spacing, border colour and text size. */
  className: string;
  children: ReactNode;
}) {
  return (
    <Box aria-labelledby={id} className={`rounded border bg-amber-50 p-3 ${className}`}>
      <h2 id={id} className="font-semibold">
        {heading}
      </h2>
      {children}
    </Box>
  );
}
