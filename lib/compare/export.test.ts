import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { exportColumns, exportRows, toCsv } from "./export";
import type { Comparison } from "./view";

const party = { id: "p1", slug: "ukraine", name: "Ukraine", color: "#0057b7" };
const topic = { id: "t1", slug: "donbas", name: "Donbas", description: null };
const position = {
  id: "00000000-0000-0000-0000-000000000001",
  stance: "conditional",
  kind: "offer",
  summary: '=HYPERLINK("http://evil.example") and, a comma',
  quote: "“quoted”\nover two lines",
  statedOn: "2022-03-27",
  datePrecision: "day",
  speakerName: "Volodymyr Zelensky",
  speakerTitle: null,
  eventSlug: null,
  sources: [
    { url: "https://a.example/1", title: "A", outlet: null, publishedOn: null, excerpt: null },
    { url: null, title: "Unlinked", outlet: null, publishedOn: null, excerpt: null },
    { url: "https://b.example/2", title: "B", outlet: null, publishedOn: null, excerpt: null },
  ],
};
const cell = { party, a: null, b: position, change: "first-stated" as const, highlighted: true };
const comparison = {
  a: "2022-02-28",
  b: "2022-03-29",
  partySlugs: ["ukraine"],
  topicSlugs: [],
  allRows: [{ topic, cells: [cell] }],
} as unknown as Comparison;

describe("exportRows and toCsv", () => {
  it("round-trips through papaparse with formulas neutralised", () => {
    const csv = toCsv(exportRows(comparison, "https://parley.example"));
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...exportColumns]);
    expect(parsed.data).toHaveLength(1);
    const row = parsed.data[0];
    expect(row?.summary_b).toBe(`'${position.summary}`);
    expect(row?.quote_b).toBe(position.quote);
    expect(row?.reported_b).toBe("");
    expect(row?.source_urls_b).toBe("https://a.example/1 | https://b.example/2");
    expect(row?.stance_a).toBe("no stated position");
    expect(row?.permalink).toBe("https://parley.example/compare?a=2022-02-28&b=2022-03-29&parties=ukraine");
  });

  it("leaves the B columns empty for a single snapshot", () => {
    const [row] = exportRows({ ...comparison, b: null }, "https://parley.example");
    expect(row?.as_of_b).toBe("");
    expect(row?.stance_b).toBe("");
    expect(row?.change).toBe("");
  });
});
