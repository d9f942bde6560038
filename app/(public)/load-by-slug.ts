import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import type { Database } from "@/db/client";
import { getDb } from "@/lib/db";
import { slug as slugSchema } from "@/lib/validation/common";

/**
 * A reader page's row by the slug in its URL, read once per request (the page and
 * its metadata share it): null for a malformed or unknown slug, so the page 404s.
 */
export function loadBySlug<T>(get: (db: Database, slug: string) => Promise<T | null>) {
  return cache(async (raw: string): Promise<T | null> => {
    await connection();
    const parsed = slugSchema.safeParse(raw);
    return parsed.success ? get(getDb(), parsed.data) : null;
  });
}
