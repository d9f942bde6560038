"use client";

import { useSearchParams } from "next/navigation";
import { useRef, useState } from "react";
import { canonicalPermalink, citationText } from "@/lib/citation";
import { useNarrowScreen } from "./use-narrow-screen";

type Props = {
  title: string;
  pathname: string;
  order: readonly string[];
  pinned: Record<string, string>;
  /** What a phone pins instead (the timeline's phone window), known once the screen is. */
  pinnedOnPhone?: Record<string, string>;
  origin: string;
  datasetVersion: string;
  retrieved: string;
  licence: string;
};

/**
 * The citation of the view as the URL says it is now: filters the timeline
 * changes without a server round trip show up here at once.
 */
export function CiteLine({
  title,
  pathname,
  order,
  pinned: pinnedWide,
  pinnedOnPhone,
  origin,
  datasetVersion,
  retrieved,
  licence,
}: Props) {
  const searchParams = useSearchParams();
  const narrow = useNarrowScreen();
  const pinned = narrow && pinnedOnPhone ? pinnedOnPhone : pinnedWide;
  const [copied, setCopied] = useState(false);
  const line = useRef<HTMLParagraphElement>(null);
  const search = new URLSearchParams(searchParams.toString());
  for (const [key, value] of Object.entries(pinned)) if (!search.has(key)) search.set(key, value);
  const permalink = canonicalPermalink(origin, pathname, search, order);
  const text = citationText({ title, permalink, datasetVersion, retrieved, licence });
  const at = text.indexOf(permalink);

  return (
    <section aria-labelledby="cite-heading" className="mt-10 border-t border-rule pt-3 text-sm" data-cite>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="cite-heading" className="font-semibold">
          How to cite this view
        </h2>
        {/* Fixed width and one line: the label changing never moves anything around it. */}
        <button
          type="button"
          className="w-36 whitespace-nowrap rounded-sm border border-rule bg-white px-2 py-0.5 text-center hover:border-ink"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(text);
              setCopied(true);
              setTimeout(() => setCopied(false), 2000);
            } catch {
              // No clipboard (plain http, a refused permission): select the line so Ctrl+C copies it.
              if (line.current) window.getSelection()?.selectAllChildren(line.current);
            }
          }}
        >
          {copied ? "Citation copied" : "Copy citation"}
        </button>
      </div>
      <p ref={line} className="mt-1 text-muted [overflow-wrap:anywhere]">
        {text.slice(0, at)}
        <a href={permalink} rel="bookmark" data-cite-permalink>
          {permalink}
        </a>
        {text.slice(at + permalink.length)}
      </p>
      <p className="sr-only" aria-live="polite">
        {copied ? "Citation copied to the clipboard" : ""}
      </p>
    </section>
  );
}
