import { getTableColumns, getTableName, isTable } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { buildCodebook, codebookMarkdown, tableDescriptions, vocabularies } from "./codebook";
import { tableSpecs } from "./tables";

describe("codebook", () => {
  it("describes every table and every column of the bundle", () => {
    const missing = buildCodebook("all").flatMap((t) => [
      ...(t.description ? [] : [t.name]),
      ...t.columns.filter((c) => !c.description).map((c) => `${t.name}.${c.key}`),
    ]);
    expect(missing).toEqual([]);
    expect(Object.keys(tableDescriptions).sort()).toEqual(tableSpecs.map((t) => t.name).sort());
  });

  it("lists every vocabulary value and both rules in the file", () => {
    const text = codebookMarkdown();
    for (const values of Object.values(vocabularies)) for (const v of values) expect(text).toContain(v);
    expect(text).toContain("Date precision:");
    expect(text).toContain("As of:");
  });

  it("lists the values of every closed column of every exported table", () => {
    // From the drizzle schema itself: a new text({ enum }) column whose vocabulary the codebook lacks fails here.
    const exported = new Set(tableSpecs.map((t) => t.name));
    const listed = Object.values(vocabularies).map((v) => [...v].sort().join(","));
    const missing: string[] = [];
    for (const table of Object.values(schema)) {
      if (!isTable(table) || !exported.has(getTableName(table))) continue;
      for (const [key, column] of Object.entries(getTableColumns(table))) {
        const values = "enumValues" in column ? column.enumValues : undefined;
        if (values?.length && !listed.includes([...values].sort().join(",")))
          missing.push(`${getTableName(table)}.${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
