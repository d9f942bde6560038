/**
 * Every public page and GET route, found by walking app/ and the OpenAPI
 * document, so a new route is covered by the specs that walk them (drafts in
 * visibility.spec.ts, processes in process-isolation.spec.ts) without editing them.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext } from "@playwright/test";
import { specsFor } from "../../lib/export/tables";

/** Public page and route paths under app/, with their dynamic segments. */
export function appRoutes(): string[] {
  const root = fileURLToPath(new URL("../../app/", import.meta.url));
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name === "(editor)" || entry.name.startsWith("_")) continue;
        const segment = /^\(.*\)$/.test(entry.name) ? null : entry.name;
        walk(path.join(dir, entry.name), segment ? [...segments, segment] : segments);
      } else if (/^(page|route)\.tsx?$/.test(entry.name)) {
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(root, []);
  // Auth and the editor are not public reads; sign-in is a page but shows no data.
  return found.filter((p) => !p.startsWith("/api/auth") && !p.startsWith("/editor"));
}

/** app/ routes and the OpenAPI document's GET paths, as templates like `/events/[slug]`. */
export async function publicRouteTemplates(request: APIRequestContext): Promise<string[]> {
  const openapi = (await (await request.get("/api/v1/openapi.json")).json()) as {
    paths: Record<string, { get?: unknown }>;
  };
  const apiPaths = Object.entries(openapi.paths)
    .filter(([, item]) => item.get)
    .map(([p]) => `/api/v1${p.replace(/^\/api\/v1/, "")}`.replace(/\{(\w+)\}/g, "[$1]"));
  return [...new Set([...appRoutes(), ...apiPaths])];
}

/** Every CSV file of the published bundle, the values of /data/csv/[file] (processes' tables included). */
export const csvFiles = specsFor("published").map((t) => `${t.name}.csv`);
