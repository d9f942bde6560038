import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";
import { cacheableResponse, etagMatches, etagOf, respond } from "./respond";

describe("cursors", () => {
  it("round-trip and reject what is not base64url JSON", () => {
    expect(decodeCursor(encodeCursor(["2022-03-29", "b40c5c2a-695a-4988-bc70-6e8f627eaa56"]))).toEqual([
      "2022-03-29",
      "b40c5c2a-695a-4988-bc70-6e8f627eaa56",
    ]);
    expect(encodeCursor(["a"])).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor("!!")).toBeNull();
    expect(decodeCursor("bm90IGpzb24")).toBeNull();
  });
});

describe("ETag handling", () => {
  const etag = etagOf("body");

  it("matches exact, weak, listed and wildcard tags only", () => {
    expect(etagMatches(etag, etag)).toBe(true);
    expect(etagMatches(`W/${etag}`, etag)).toBe(true);
    expect(etagMatches(`"x", ${etag}`, etag)).toBe(true);
    expect(etagMatches("*", etag)).toBe(true);
    expect(etagMatches('"x"', etag)).toBe(false);
    expect(etagMatches(null, etag)).toBe(false);
  });

  it("answers 304 without a body when the client has the current bytes", async () => {
    const fresh = cacheableResponse(new Request("http://x/"), "body", "text/plain");
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).toBe(etag);
    const cached = cacheableResponse(
      new Request("http://x/", { headers: { "If-None-Match": etag } }),
      "body",
      "text/plain",
    );
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
    expect(cached.headers.get("access-control-allow-origin")).toBe("*");
    expect(etagOf("body2")).not.toBe(etag);
  });
});

describe("licence", () => {
  it("every data response links the data's licence (CC BY 4.0 unless the operator sets another)", () => {
    const response = cacheableResponse(new Request("http://x/"), "body", "application/json");
    expect(response.headers.get("Link")).toBe(
      '<https://creativecommons.org/licenses/by/4.0/>; rel="license"',
    );
    expect(response.headers.get("Access-Control-Expose-Headers")).toContain("Link");
  });
});

describe("meta in the body", () => {
  it("adds licence and citation beside a data body's own keys, and leaves problems alone", async () => {
    const request = new Request("http://localhost:3000/api/v1/events?to=2022-04-30&from=2022-02-01", {
      headers: { host: "parley.example.org" },
    });
    const ok = await respond(request, {
      status: 200,
      body: { data: [{ slug: "a" }], next: null },
      datasetVersion: "0123456789abcdef",
    }).json();
    expect(ok.data).toEqual([{ slug: "a" }]);
    expect(ok.next).toBeNull();
    const today = new Date().toISOString().slice(0, 10);
    expect(ok.meta).toEqual({
      licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
      citation: `Parley, ‘API /api/v1/events’, https://parley.example.org/api/v1/events?from=2022-02-01&to=2022-04-30, data version 0123456789abcdef, retrieved ${today}. Licence CC BY 4.0.`,
      retrieved: today,
      datasetVersion: "0123456789abcdef",
    });
    const problem = await respond(request, {
      status: 404,
      body: { type: "about:blank", title: "Not found", status: 404 },
    }).json();
    expect(problem).not.toHaveProperty("meta");
  });
});
