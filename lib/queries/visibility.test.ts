import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

// The rule written by hand, in SQL text or in drizzle.
const handWritten = [
  /publication\s*=\s*'published'/i,
  /deleted_at\s+is\s+null/i,
  /eq\(\s*[\w.]+\.publication\s*,\s*"published"\s*\)/,
  /isNull\(\s*[\w.]+\.deletedAt\s*\)/,
  /publication\s*===\s*"published"\s*&&\s*!\s*[\w.]+\.deletedAt/,
];

describe("the visibility rule lives in one place", () => {
  it("no query in lib/, app/ or components/ writes 'published and not deleted' (or 'not deleted') itself", () => {
    const offenders = ["lib", "app", "components"]
      .flatMap(sourceFiles)
      .filter((file) => file !== path.join("lib", "queries", "visibility.ts"))
      .flatMap((file) =>
        readFileSync(path.join(root, file), "utf8")
          .split("\n")
          .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
          .filter(({ line }) => handWritten.some((pattern) => pattern.test(line))),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
