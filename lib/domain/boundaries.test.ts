/**
 * The layer rules of docs/architecture.md, checked on every import: a rule that
 * only lives in a document is broken by the next change that needs a shortcut.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const files = execFileSync(
  "git",
  ["ls-files", "--cached", "--others", "--exclude-standard", "db", "lib", "components"],
  {
    cwd: root,
    encoding: "utf8",
  },
)
  .split("\n")
  .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith("db/migrations/"));

/** Each runtime or type import of `file`, as a path from the repository root when it is ours. */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  return ts.preProcessFile(source, true, true).importedFiles.map(({ fileName }) => {
    if (fileName.startsWith("@/")) return fileName.slice(2);
    if (fileName.startsWith(".")) return path.posix.join(path.posix.dirname(file), fileName);
    return fileName;
  });
}

const offenders = (from: string, forbidden: (target: string) => boolean) =>
  files
    .filter((f) => f.startsWith(from))
    .flatMap((f) =>
      importsOf(f)
        .filter(forbidden)
        .map((target) => `${f} → ${target}`),
    );

describe("layer boundaries", () => {
  it("lib/domain is client-safe: it imports only itself and lib/dates (no database, drizzle or server-only)", () => {
    expect(offenders("lib/domain/", (t) => !t.startsWith("lib/domain/") && t !== "lib/dates")).toEqual([]);
  });
  it("components never import db/ (vocabularies come from lib/domain)", () => {
    expect(offenders("components/", (t) => t === "db" || t.startsWith("db/"))).toEqual([]);
  });
  it("db/ knows nothing of the app: of lib/ it imports only the dependency-free lib/domain", () => {
    expect(offenders("db/", (t) => t.startsWith("lib/") && !t.startsWith("lib/domain"))).toEqual([]);
  });
  it("reads do not depend on writes: lib/queries imports nothing from lib/services", () => {
    expect(offenders("lib/queries/", (t) => t.startsWith("lib/services/"))).toEqual([]);
  });
});
