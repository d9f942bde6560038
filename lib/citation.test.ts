import { describe, expect, it } from "vitest";
import { canonicalPermalink, citationText, licenceName, viewParamOrder } from "./citation";

const origin = "https://parley.example.org";

describe("canonicalPermalink", () => {
  it("lists the view's parameters in canonical order whatever order the URL had", () => {
    const a = canonicalPermalink(
      origin,
      "/",
      "q=Istanbul&parties=ukraine,russia&to=2022-04-30&from=2022-02-01&process=ru-ua",
      viewParamOrder.timeline,
    );
    const b = canonicalPermalink(
      origin,
      "/",
      "process=ru-ua&from=2022-02-01&parties=ukraine,russia&q=Istanbul&to=2022-04-30",
      viewParamOrder.timeline,
    );
    expect(a).toBe(
      "https://parley.example.org/?process=ru-ua&from=2022-02-01&to=2022-04-30&parties=ukraine,russia&q=Istanbul",
    );
    expect(b).toBe(a);
  });

  it("drops no parameter: unknown ones follow by name, repeated ones keep their order", () => {
    const link = canonicalPermalink(
      origin,
      "/compare",
      "zeta=1&topics=crimea&a=2022-03-01&alpha=2&parties=ukraine&parties=russia&b=",
      viewParamOrder.compare,
    );
    expect(link).toBe(
      "https://parley.example.org/compare?a=2022-03-01&b=&parties=ukraine&parties=russia&topics=crimea&alpha=2&zeta=1",
    );
    const params = new URL(link).searchParams;
    expect([...params.keys()].sort()).toEqual(["a", "alpha", "b", "parties", "parties", "topics", "zeta"]);
  });

  it("keeps the origin's own path out and a page without parameters bare", () => {
    expect(canonicalPermalink(`${origin}/`, "/events/istanbul-talks", "")).toBe(
      "https://parley.example.org/events/istanbul-talks",
    );
  });

  it("percent-encodes search text instead of passing markup or spaces through", () => {
    const link = canonicalPermalink(
      origin,
      "/",
      new URLSearchParams({ q: '<b>"x" & y' }),
      viewParamOrder.timeline,
    );
    expect(link).toBe("https://parley.example.org/?q=%3Cb%3E%22x%22+%26+y");
    expect(new URL(link).searchParams.get("q")).toBe('<b>"x" & y');
  });
});

describe("citationText", () => {
  it("writes the agreed line", () => {
    expect(
      citationText({
        title: "Istanbul talks",
        permalink: `${origin}/events/istanbul-talks`,
        datasetVersion: "0123456789abcdef",
        retrieved: "2026-11-30",
        licence: "CC-BY-4.0",
      }),
    ).toBe(
      "Parley, ‘Istanbul talks’, https://parley.example.org/events/istanbul-talks, data version 0123456789abcdef, retrieved 2026-11-30. Licence CC BY 4.0.",
    );
  });

  it("leaves a title's markup as text and folds its line breaks", () => {
    const text = citationText({
      title: "<script>alert(1)</script> &amp;\n talks",
      permalink: `${origin}/`,
      datasetVersion: "v",
      retrieved: "2026-11-30",
      licence: "ODbL-1.0",
    });
    expect(text).toContain("‘<script>alert(1)</script> &amp; talks’");
    expect(text).not.toContain("&lt;");
    expect(text.endsWith("Licence ODbL-1.0.")).toBe(true);
  });

  it("names CC licences as people write them", () => {
    expect(licenceName("CC-BY-SA-4.0")).toBe("CC BY SA 4.0");
  });
});
