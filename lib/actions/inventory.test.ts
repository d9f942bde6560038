/**
 * Finds every exported server action ("use server" files) and every non-GET
 * route handler under app/, and fails when one has no authorization test.
 * Actions are covered by a case keyed "<folder>/<file>#<export>" in
 * server-actions-authorization.test.ts; route handlers
 * by a test file containing the marker `authz-route: <path> <METHOD>`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const root = path.resolve(__dirname, "../..");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : walk(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const appFiles = walk(path.join(root, "app"));
const testText = [...walk(path.join(root, "lib")), ...walk(path.join(root, "tests"))]
  .filter((f) => f.endsWith(".test.ts"))
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");

function serverActions(): string[] {
  return appFiles.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/.test(text)) return [];
    const rel = path.relative(path.join(root, "app"), file).replace(/\.tsx?$/, "");
    const short = rel.split("/").slice(-2).join("/");
    return [...text.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)].map(
      (m) => `${short}#${m[1]}`,
    );
  });
}

function mutatingRoutes(): string[] {
  return appFiles
    .filter((f) => /\/route\.tsx?$/.test(f))
    .flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const rel = path.relative(root, file);
      return [
        ...text.matchAll(/export\s+(?:const|async\s+function|function)\s+(POST|PUT|PATCH|DELETE)\b/g),
      ].map((m) => `${rel} ${m[1]}`);
    });
}

test("the scan finds the known endpoints (so it cannot pass by finding nothing)", () => {
  expect(serverActions()).toContain("events/actions#createEventAction");
  expect(mutatingRoutes()).toContain("app/(public)/api/auth/[...all]/route.ts POST");
});

test("every exported server action has an authorization test", () => {
  const cases = readFileSync(path.join(__dirname, "server-actions-authorization.test.ts"), "utf8");
  const missing = serverActions().filter((name) => !cases.includes(`"${name}"`));
  expect(missing).toEqual([]);
});

test("every non-GET route handler has an authorization test", () => {
  const missing = mutatingRoutes().filter((route) => !testText.includes(`authz-route: ${route}`));
  expect(missing).toEqual([]);
});
