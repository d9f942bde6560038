import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { originFromHeaders } from "./public-origin";

const origin = (headers: Record<string, string>) => originFromHeaders(new Headers(headers));

describe.skipIf(env.PUBLIC_BASE_URL)("originFromHeaders without PUBLIC_BASE_URL", () => {
  it("uses the host the request names, forwarded first (serve.mjs keeps that only from trusted peers)", () => {
    expect(origin({ host: "parley.example", "x-forwarded-proto": "https" })).toBe("https://parley.example");
    expect(
      origin({
        host: "10.0.0.1:3000",
        "x-forwarded-host": "news.example, other",
        "x-forwarded-proto": "https",
      }),
    ).toBe("https://news.example");
    expect(origin({ host: "127.0.0.1:3202" })).toBe("http://127.0.0.1:3202");
  });

  it("never writes a malformed host or an odd scheme into a link", () => {
    expect(origin({ host: "evil.example/x" })).toBe(`http://localhost:${env.PORT}`);
    expect(origin({ host: "a.example", "x-forwarded-host": "evil.example\\@x" })).toBe(
      `http://localhost:${env.PORT}`,
    );
    expect(origin({ host: "a.example", "x-forwarded-proto": "javascript" })).toBe("https://a.example");
    expect(origin({})).toBe(`http://localhost:${env.PORT}`);
  });
});
