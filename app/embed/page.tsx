import type { Metadata } from "next";
import { connection } from "next/server";
import { EmbedResizer } from "@/components/timeline/embed-resizer";
import { ServedTimeline } from "@/components/timeline/served-timeline";
import { getDb } from "@/lib/db";
import { parseEmbedOptions, viewQuery } from "@/lib/embed/options";
import { loadTimelinePage } from "@/lib/timeline/page-data";

export const metadata: Metadata = { title: "Timeline (embedded)", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The timeline without the site's chrome, for iframes: a title, the canvas
 * (the list only with `list=1`), and a credit line back to the same view on
 * Parley. The only route that may be framed (next.config.js).
 */
export default async function EmbedPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const options = parseEmbedOptions(params);
  const page = await loadTimelinePage(getDb(), params);
  const { view } = page;
  const title = view.filters.q ? `Peace talks timeline: “${view.filters.q}”` : "Peace talks timeline";
  return (
    <div
      className={`p-3 ${options.theme === "dark" ? "parley-dark" : ""} ${options.height ? "overflow-y-auto" : ""}`}
      style={options.height ? { height: options.height } : undefined}
      data-testid="embed"
    >
      <h1 className="mb-2 font-serif text-lg font-semibold">{title}</h1>
      <ServedTimeline page={page} embed showList={options.list} />
      <p className="mt-2 text-xs text-muted" data-testid="embed-credit">
        Source:{" "}
        <a href={`/${viewQuery(params)}`} target="_blank" rel="noopener">
          Parley — open this view
        </a>
        , with every event tied to its source.
      </p>
      {options.height ? null : <EmbedResizer />}
    </div>
  );
}
