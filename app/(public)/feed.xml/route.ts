import { validationProblemBody } from "@/lib/api/problem";
import { cacheableResponse, publicOrigin, respond } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { buildAtomFeed } from "@/lib/feeds/atom";
import { feedQuerySchema, feedTitle } from "@/lib/feeds/feed-query";
import { listRecentCorrections } from "@/lib/queries/corrections";
import { listRecentEvents } from "@/lib/queries/events";

export const dynamic = "force-dynamic";

/** GET /feed.xml[?party=…&topic=…&kind=…&status=…&q=…] — Atom: the 50 most recently changed events and the 20 latest corrections. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const filters = feedQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!filters.success) return respond(request, { status: 422, body: validationProblemBody(filters.error) });
  const origin = publicOrigin(request);
  const db = getDb();
  const [events, corrections] = await Promise.all([
    listRecentEvents(db, filters.data, 50),
    listRecentCorrections(db, filters.data, 20),
  ]);
  const body = buildAtomFeed(events, {
    origin,
    selfUrl: `${origin}/feed.xml${url.search}`,
    title: feedTitle("Parley: peace talks", filters.data),
    corrections,
  });
  return cacheableResponse(request, body, "application/atom+xml; charset=utf-8");
}
