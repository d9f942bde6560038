import { expect, test } from "@playwright/test";

test.describe("GET /api/v1/timeline", () => {
  test("returns the window's items with counts", async ({ request }) => {
    const response = await request.get("/api/v1/timeline?from=2022-02-01&to=2022-04-30");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.mode).toBe("items");
    // At least the seven seeded events; other specs may have published more.
    expect(body.counts.inWindow).toBeGreaterThanOrEqual(7);
    expect(body.counts.matching).toBe(body.counts.published);
    expect(body.items.map((i: { slug: string | null }) => i.slug)).toContain("gomel-talks-2022-02-28");
  });

  test("answers like every read endpoint: ETag, one-minute caching, CORS, 304 when unchanged", async ({
    request,
  }) => {
    for (const path of [
      "/api/v1/timeline?from=2022-02-01&to=2022-04-30&process=russia-ukraine-talks-2022",
      "/api/v1/timeline/items/gomel-talks-2022-02-28",
    ]) {
      const first = await request.get(path);
      expect(first.status(), path).toBe(200);
      const headers = first.headers();
      expect(headers["cache-control"], path).toBe("public, max-age=60");
      expect(headers["access-control-allow-origin"], path).toBe("*");
      expect(headers.etag, path).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const again = await request.get(path, { headers: { "If-None-Match": headers.etag ?? "" } });
      expect(again.status(), path).toBe(304);
    }
  });

  test("refuses bad parameters with a 422 problem, never a 500", async ({ request }) => {
    for (const query of [
      "from=2022-02-30&to=2022-03-01",
      "from=2022-03-01",
      "from=2022-03-02&to=2022-03-01",
      "from=2022-01-01&to=2022-02-01&kinds=party",
      `from=2022-01-01&to=2022-02-01&q=${"x".repeat(300)}`,
    ]) {
      const response = await request.get(`/api/v1/timeline?${query}`);
      expect(response.status(), query).toBe(422);
      expect(response.headers()["content-type"]).toContain("application/problem+json");
    }
  });

  test("details of an unknown item are a 404 problem", async ({ request }) => {
    expect((await request.get("/api/v1/timeline/items/no-such-event")).status()).toBe(404);
    expect(
      (await request.get("/api/v1/timeline/items/p-00000000-0000-0000-0000-000000000000")).status(),
    ).toBe(404);
    expect((await request.get("/api/v1/timeline/items/%3Cscript%3E")).status()).toBe(404);
  });
});
