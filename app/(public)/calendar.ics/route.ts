import { validationProblemBody } from "@/lib/api/problem";
import { cacheableResponse, publicOrigin, respond } from "@/lib/api/respond";
import { getDb } from "@/lib/db";
import { buildCalendar } from "@/lib/feeds/calendar";
import { feedQuerySchema, feedTitle } from "@/lib/feeds/feed-query";
import { listEvents } from "@/lib/queries/events";

export const dynamic = "force-dynamic";

/** GET /calendar.ics[?party=…&topic=…&kind=…&status=…] — published events as all-day iCalendar entries. */
export async function GET(request: Request) {
  const filters = feedQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!filters.success) return respond(request, { status: 422, body: validationProblemBody(filters.error) });
  const events = await listEvents(getDb(), filters.data);
  const body = buildCalendar(events, {
    origin: publicOrigin(request),
    name: feedTitle("Parley: peace talks", filters.data),
  });
  return cacheableResponse(request, body, "text/calendar; charset=utf-8");
}
