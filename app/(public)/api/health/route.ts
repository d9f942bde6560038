import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { RETRY_AFTER_SECONDS } from "@/lib/net/database-outage.mjs";

export const dynamic = "force-dynamic";

/** Liveness that proves the database answers; the launcher's tests wait on it. */
export async function GET() {
  try {
    await getDb().execute(sql`select 1`);
    return NextResponse.json({ ok: true, database: "up" });
  } catch {
    return NextResponse.json(
      { ok: false, database: "down" },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
    );
  }
}
