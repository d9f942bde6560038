import { listResource } from "@/lib/api/handlers";
import { preflight, publicOrigin, respond } from "@/lib/api/respond";
import { apiCreateSource } from "@/lib/api/write";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** GET /api/v1/sources — one page of published sources; filters and cursor in the query (see /api). */
export async function GET(request: Request) {
  return respond(request, await listResource(getDb(), "sources", request.url, publicOrigin(request)));
}

/** POST /api/v1/sources — create with a bearer token; a known URL answers 409 with the existing source. */
export async function POST(request: Request) {
  const body = await request.text();
  return apiCreateSource(getDb(), { headers: request.headers, body });
}

export const OPTIONS = preflight;
