import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isEmbedPath, newNonce } from "./headers";

describe("security headers", () => {
  it.each([
    ["/embed", true],
    ["/embed/", true],
    ["/embed/timeline", true],
    ["/embedded", false],
    ["/embeds", false],
    ["/embed-x", false],
    ["/embed.html", false],
    ["/x/embed", false],
    ["/", false],
  ])("isEmbedPath(%j) is %s", (path, expected) => expect(isEmbedPath(path)).toBe(expected));

  it("allows scripts by nonce only, and refuses framing except on the embed", () => {
    const page = contentSecurityPolicy({ nonce: "abc", embed: false, dev: false });
    const scriptSrc = page.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
    expect(scriptSrc).toContain("'nonce-abc'");
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    expect(page).toContain("frame-ancestors 'none'");
    expect(page).toContain("object-src 'none'");
    expect(contentSecurityPolicy({ nonce: "abc", embed: true, dev: false })).not.toContain("frame-ancestors");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
