import { NextResponse } from "next/server";
import { z } from "zod";
import { problem } from "@/lib/api/problem";
import { getDb } from "@/lib/db";
import { getEventBySlug } from "@/lib/queries/events";
import { getPositionById, listPositionsAtEvent } from "@/lib/queries/position-views";
import { parseItemRef } from "@/lib/timeline/item-ref";

export const dynamic = "force-dynamic";

/** GET /api/v1/timeline/items/<event-slug | p-<position-id>> — what the details panel shows. */
export async function GET(_request: Request, { params }: { params: Promise<{ ref: string }> }) {
  const ref = parseItemRef((await params).ref);
  if (!ref) return problem(404, "Not found", { detail: "No such timeline item." });
  const db = getDb();
  const headers = { "Cache-Control": "public, max-age=30" };
  if (ref.type === "event") {
    const event = await getEventBySlug(db, ref.slug);
    if (!event) return problem(404, "Not found", { detail: "No published event with this slug." });
    const positions = await listPositionsAtEvent(db, event.id);
    return NextResponse.json({ type: "event", event, positions }, { headers });
  }
  if (!z.uuid().safeParse(ref.id).success) return problem(404, "Not found");
  const position = await getPositionById(db, ref.id);
  if (!position) return problem(404, "Not found", { detail: "No published position with this id." });
  return NextResponse.json({ type: "position", position }, { headers });
}
