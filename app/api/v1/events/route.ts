import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { eventListResponseSchema } from "@/lib/api/event-schema";
import { searchParamsObject, validationProblem } from "@/lib/api/problem";
import { listEvents } from "@/lib/queries/events";
import { eventsQuerySchema } from "@/lib/validation/events-query";

export const dynamic = "force-dynamic";

/** GET /api/v1/events?from=YYYY-MM-DD&to=YYYY-MM-DD — published events overlapping the window. */
export async function GET(request: Request) {
  const query = eventsQuerySchema.safeParse(searchParamsObject(request.url));
  if (!query.success) return validationProblem(query.error);
  const events = await listEvents(getDb(), query.data);
  const body = eventListResponseSchema.parse({ data: events });
  return NextResponse.json(body, {
    headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" },
  });
}
