import { expect, test } from "@playwright/test";

test.describe("GET /api/v1/compare", () => {
  test("answers the as-of comparison with quotes' sources, ETag and CORS", async ({ request }) => {
    const response = await request.get("/api/v1/compare?a=2022-02-28&b=2022-03-29");
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = await response.json();
    expect(body.asOf).toEqual({ a: "2022-02-28", b: "2022-03-29" });
    const neutral = body.rows.find(
      (r: Record<string, string>) => r.party_slug === "ukraine" && r.topic_slug === "neutral-status",
    );
    expect(neutral).toMatchObject({
      stance_a: "no stated position",
      stance_b: "conditional",
      speaker_b: expect.stringContaining("Zelensky"),
    });
    expect(neutral.change).not.toBe("");
    expect(neutral.source_urls_b).toContain("https://www.presstv.ir/Detail/2022/03/28/679279/");

    const again = await request.get("/api/v1/compare?a=2022-02-28&b=2022-03-29", {
      headers: { "If-None-Match": response.headers().etag ?? "" },
    });
    expect(again.status()).toBe(304);
  });

  test("refuses a bad date with a 422 problem", async ({ request }) => {
    const response = await request.get("/api/v1/compare?a=2022-02-30");
    expect(response.status()).toBe(422);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  });
});
