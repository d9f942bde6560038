import type { Metadata } from "next";
import { connection } from "next/server";
import { EmbedResizer } from "@/components/timeline/embed-resizer";
import { TimelineApp } from "@/components/timeline/timeline-app";
import { getDb } from "@/db";
import { loadTimelinePage } from "@/lib/timeline-page-data";

export const metadata: Metadata = { title: "Timeline (embedded)", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The timeline without the site's chrome, for iframes; the only route that may be framed (next.config.js). */
export default async function EmbedPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const { facets, defaultRange, initial, initialUrl } = await loadTimelinePage(getDb(), params);
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) =>
      v === undefined ? [] : [[k, Array.isArray(v) ? v.join(",") : v]],
    ),
  );
  return (
    <div className="p-3">
      <TimelineApp
        facets={facets}
        defaultRange={defaultRange}
        initial={initial}
        initialUrl={initialUrl}
        embed
      />
      <p className="mt-3 text-xs text-muted">
        <a href={`/?${query}`} target="_blank" rel="noopener">
          Parley — open this view with filters and search
        </a>
      </p>
      <EmbedResizer />
    </div>
  );
}
