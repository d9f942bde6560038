import { expect, test } from "@playwright/test";

test.describe("public read API over HTTP", () => {
  test("a newcomer's first call returns the seeded events with their sources", async ({ request }) => {
    const response = await request.get("/api/v1/events?from=2022-02-01&to=2022-04-30");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["cache-control"]).toBe("public, no-cache");
    const body = await response.json();
    expect(body.data.map((e: { slug: string }) => e.slug)).toContain("istanbul-talks-2022-03-29");
    expect(body.data[0].sources[0].url).toMatch(/^https:\/\/www\.presstv\.ir\//);
  });

  test("ETag and If-None-Match give a 304 with no body", async ({ request }) => {
    const first = await request.get("/api/v1/parties");
    const etag = first.headers().etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const second = await request.get("/api/v1/parties", { headers: { "If-None-Match": etag ?? "" } });
    expect(second.status()).toBe(304);
    expect(await second.text()).toBe("");
    const other = await request.get("/api/v1/parties", { headers: { "If-None-Match": '"stale"' } });
    expect(other.status()).toBe(200);
  });

  test("answers CORS preflight", async ({ request }) => {
    const response = await request.fetch("/api/v1/events", {
      method: "OPTIONS",
      headers: { Origin: "https://newsroom.example", "Access-Control-Request-Method": "GET" },
    });
    expect(response.status()).toBe(204);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["access-control-allow-methods"]).toContain("GET");
  });

  test("bad parameters are 422 problems, unknown rows 404 problems", async ({ request }) => {
    const bad = await request.get("/api/v1/events?from=2022-02-30&limit=500");
    expect(bad.status()).toBe(422);
    expect(bad.headers()["content-type"]).toContain("application/problem+json");
    expect((await bad.json()).errors).toMatchObject({ from: expect.any(Array), limit: expect.any(Array) });
    const missing = await request.get("/api/v1/events/no-such-event");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toMatchObject({ status: 404, title: "Not found" });
    expect((await request.get("/api/v1/positions/not-a-uuid")).status()).toBe(422);
  });

  test("follows next links to the end", async ({ request }) => {
    const slugs: string[] = [];
    let next: string | null = "/api/v1/topics?limit=5";
    while (next) {
      const page = await (await request.get(next)).json();
      slugs.push(...page.data.map((t: { slug: string }) => t.slug));
      next = page.next;
    }
    expect(slugs).toEqual([...slugs].sort());
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain("neutral-status");
  });

  test("serves the OpenAPI document", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/events/{key}");
  });
});

test.describe("feeds, calendar and downloads", () => {
  test("the Ukraine feed is Atom listing Ukraine's events", async ({ request }) => {
    const response = await request.get("/feed.xml?party=ukraine");
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain("/events/zelensky-speech-2022-03-27");
    expect(xml).not.toContain("/events/erdogan-putin-call-2022-03-27");
    expect((await request.get("/feed.xml?kind=party")).status()).toBe(422);
  });

  test("the calendar holds the scheduled Istanbul talks", async ({ request }) => {
    const response = await request.get("/calendar.ics?status=scheduled");
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const ics = await response.text();
    expect(ics).toMatch(/UID:[0-9a-f-]{36}@parley/);
    expect(ics).toContain("DTSTART;VALUE=DATE:20220329");
    expect(ics).toContain("LOCATION:Istanbul\\, Turkey");
  });

  test("the data page offers JSON and CSV downloads that work", async ({ page, request }) => {
    await page.goto("/data");
    await expect(page.getByRole("heading", { level: 1, name: "Data" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download JSON" })).toHaveAttribute(
      "href",
      "/data/parley.json",
    );
    const csvLink = page.getByRole("link", { name: "Download CSV: events" });
    await expect(csvLink).toHaveAttribute("href", "/data/csv/events.csv");
    const bundle = await (await request.get("/data/parley.json")).json();
    expect(bundle).toMatchObject({ format: "parley-bundle", formatVersion: 2, scope: "published" });
    const csv = await request.get("/data/csv/events.csv");
    expect(csv.headers()["content-disposition"]).toContain("parley-events.csv");
    expect((await csv.text()).split("\n")[0]).toMatch(/^id,processId,slug,title,summary,kind,status,/);
    expect((await request.get("/data/csv/revisions.csv")).status()).toBe(404);
  });

  test("the API page documents every resource with a curl example", async ({ page }) => {
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
    for (const name of ["Events", "Positions", "Parties", "People", "Topics", "Sources", "Subscriptions"]) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }
    await expect(page.getByText(/curl '.*\/api\/v1\/events\?from=2022-02-01&to=2022-04-30'/)).toBeVisible();
    await expect(page.getByRole("link", { name: /openapi\.json/ })).toHaveAttribute(
      "href",
      "/api/v1/openapi.json",
    );
    await page.getByRole("contentinfo").getByRole("link", { name: "Data downloads" }).click();
    await expect(page).toHaveURL(/\/data$/);
  });
});
