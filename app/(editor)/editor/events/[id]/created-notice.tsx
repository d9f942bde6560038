"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";

/**
 * Shown after "Create event" (until the next save): where to go next, so the
 * usual next step is one click — or one Tab — away. Focus lands on its heading,
 * so keyboard and screen-reader users start here too.
 */
export function CreatedNotice({ id, slug, published }: { id: string; slug: string; published: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="created-heading"
      className="mb-4 rounded border border-emerald-700 bg-emerald-50 p-3 text-sm"
    >
      <h2 id="created-heading" ref={heading} tabIndex={-1} className="font-semibold">
        Event created{published ? " and published" : " as a draft"}.
      </h2>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {published ? (
          <Link href={`/events/${slug}`}>View public page</Link>
        ) : (
          <span className="text-muted">It gets a public page once published.</span>
        )}
        <Link href={`/editor/positions/new?event=${id}`}>Add a position stated here</Link>
        <Link href="/editor/events/new">Add another event</Link>
      </p>
    </section>
  );
}
