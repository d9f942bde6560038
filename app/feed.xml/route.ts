import { getDb } from "@/db";
import { validationProblem } from "@/lib/api/problem";
import { cacheableResponse, publicOrigin } from "@/lib/api/respond";
import { buildAtomFeed } from "@/lib/feeds/atom";
import { feedQuerySchema, feedTitle } from "@/lib/feeds/feed-query";
import { listRecentEvents } from "@/lib/queries/events";

export const dynamic = "force-dynamic";

/** GET /feed.xml[?party=…&topic=…&kind=…&status=…&q=…] — Atom, the 50 most recently changed events. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const filters = feedQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!filters.success) return validationProblem(filters.error);
  const origin = publicOrigin(request);
  const events = await listRecentEvents(getDb(), filters.data, 50);
  const body = buildAtomFeed(events, {
    origin,
    selfUrl: `${origin}/feed.xml${url.search}`,
    title: feedTitle("Parley: peace talks", filters.data),
  });
  return cacheableResponse(request, body, "application/atom+xml; charset=utf-8");
}
