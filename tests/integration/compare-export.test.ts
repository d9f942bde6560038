import Papa from "papaparse";
import { expect, it } from "vitest";
import { articleSource } from "../../db/seed/istanbul-article";
import { exportColumns, exportRows, toCsv } from "../../lib/compare/export";
import { loadComparison } from "../../lib/compare/view";
import { listCompareAxes } from "../../lib/queries/compare";
import { describeOnEveryServer } from "../support/databases";

const query = { a: "2022-02-28", b: "2022-03-29", parties: [], topics: [], changed: false };

describeOnEveryServer("compare export", (get) => {
  it("writes one CSV row per party × topic with dates, stances and source URLs", async () => {
    const { db } = get();
    const axes = await listCompareAxes(db);
    const comparison = await loadComparison(db, query);
    const csv = toCsv(exportRows(comparison, "https://parley.example"));
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...exportColumns]);
    expect(parsed.data).toHaveLength(axes.parties.length * axes.topics.length);
    const neutral = parsed.data.find((r) => r.party_slug === "ukraine" && r.topic_slug === "neutral-status");
    expect(neutral).toMatchObject({
      as_of_a: "2022-02-28",
      stance_a: "no stated position",
      as_of_b: "2022-03-29",
      stance_b: "conditional",
      kind_b: "offer",
      speaker_b: "Volodymyr Zelensky, President of Ukraine",
      source_urls_b: articleSource.url,
      quote_b: "",
      change: "first-stated",
      permalink: "https://parley.example/compare?a=2022-02-28&b=2022-03-29",
    });
    expect(neutral?.reported_b).toMatch(/^In remarks made to Russian journalists/);
    expect(neutral?.position_url_b).toMatch(/^https:\/\/parley\.example\/positions\/[0-9a-f-]{36}$/);
  });

  it("keeps every selected row when 'changed only' is set, and honours filters", async () => {
    const comparison = await loadComparison(get().db, {
      ...query,
      parties: ["ukraine", "russia"],
      topics: ["donbas", "crimea", "denazification"],
      changed: true,
    });
    expect(comparison.rows.map((r) => r.topic.slug).sort()).toEqual(["denazification", "donbas"]);
    expect(exportRows(comparison, "https://x.example")).toHaveLength(6);
  });
});
