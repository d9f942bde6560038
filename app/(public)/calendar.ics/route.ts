import { validationProblemBody } from "@/lib/api/problem";
import { publicOrigin, respond } from "@/lib/api/respond";
import { respondVersionedText } from "@/lib/api/versioned-read";
import { getDb } from "@/lib/db";
import { buildCalendar } from "@/lib/feeds/calendar";
import { feedQuerySchema, feedTitle } from "@/lib/feeds/feed-query";
import { listEvents } from "@/lib/queries/events";

export const dynamic = "force-dynamic";

/** GET /calendar.ics[?party=…&topic=…&kind=…&status=…] — published events as all-day iCalendar entries. */
export async function GET(request: Request) {
  const filters = feedQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!filters.success) return respond(request, { status: 422, body: validationProblemBody(filters.error) });
  const db = getDb();
  // Cached and revalidated by the data version, like the API (lib/api/versioned-read.ts).
  return respondVersionedText(db, request, "text/calendar; charset=utf-8", async () => {
    const text = buildCalendar(await listEvents(db, filters.data), {
      origin: publicOrigin(request),
      name: feedTitle("Parley: peace talks", filters.data),
    });
    return { status: 200, text };
  });
}
