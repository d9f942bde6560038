import { z } from "zod";
import type { Database } from "@/db/client";
import { processParam } from "@/lib/validation/common";
import { type Bundle, buildBundle, buildProcessBundle } from "./export";

const query = z.object({ process: processParam() });

/**
 * The published bundle a data download asks for: the whole data set, or with
 * `?process=slug` that public process's rows. 400 for a malformed slug, 404
 * for a process readers cannot see (draft, deleted or unknown alike).
 */
export async function downloadBundle(
  db: Database,
  url: string,
): Promise<{ ok: true; bundle: Bundle; name: string } | { ok: false; status: 400 | 404; detail: string }> {
  const parsed = query.safeParse({ process: new URL(url).searchParams.get("process") ?? undefined });
  if (!parsed.success)
    return { ok: false, status: 400, detail: "process: a process slug, e.g. russia-ukraine-talks-2022" };
  const slug = parsed.data.process;
  if (!slug) return { ok: true, bundle: await buildBundle(db, "published"), name: "parley" };
  const bundle = await buildProcessBundle(db, slug);
  return bundle
    ? { ok: true, bundle, name: `parley-${slug}` }
    : { ok: false, status: 404, detail: "No such process." };
}
