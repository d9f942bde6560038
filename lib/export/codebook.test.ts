import { describe, expect, it } from "vitest";
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
});
