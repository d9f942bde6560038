import { describe, expect, it } from "vitest";
import { proxyList } from "./forwarded-for.mjs";
import { isValidHost, mayForwardHost, sanitizeHostHeaders } from "./trusted-host.mjs";

describe("isValidHost", () => {
  it.each([
    "parley.example",
    "localhost:3202",
    "127.0.0.1",
    "127.0.0.1:80",
    "[::1]:3000",
    "a-b.c.example.",
    "xn--80ak6aa92e.com",
  ])("accepts %j", (host) => expect(isValidHost(host)).toBe(true));
  it.each([
    "",
    "evil.example/x",
    "evil.example\\x",
    "user@evil.example",
    "evil.example:99999",
    "evil.example:",
    "evil .example",
    "-evil.example",
    "[not-ipv6]",
    "[::1",
    "evil.example#",
    "evil.example?x",
    "%65vil.example",
    "http://evil.example",
    "a\r\nX-Injected: 1",
    "ünïcode.example",
  ])("refuses %j", (host) => expect(isValidHost(host)).toBe(false));
});

describe("sanitizeHostHeaders", () => {
  const trusted = proxyList(["10.0.0.5"]);
  const headers = () => ({
    host: "parley.example",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    forwarded: "host=evil.example",
  });

  it("drops forwarding headers from a peer that is neither loopback nor a trusted proxy", () => {
    const h = headers();
    expect(sanitizeHostHeaders(h, "203.0.113.9", trusted)).toBe(true);
    expect(h).toEqual({ host: "parley.example" });
  });

  it("keeps them from loopback and from a trusted proxy", () => {
    for (const peer of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "10.0.0.5", "::ffff:10.0.0.5"]) {
      const h = headers();
      expect(sanitizeHostHeaders(h, peer, trusted)).toBe(true);
      expect(h["x-forwarded-host"]).toBe("evil.example");
    }
    expect(mayForwardHost("10.0.0.6", trusted)).toBe(false);
  });

  it("refuses a malformed Host, or a malformed forwarded host from a trusted peer", () => {
    expect(sanitizeHostHeaders({ host: "evil.example/x" }, "203.0.113.9", trusted)).toBe(false);
    expect(sanitizeHostHeaders({}, "203.0.113.9", trusted)).toBe(false);
    expect(sanitizeHostHeaders({ host: "a.example", "x-forwarded-host": "b/c" }, "127.0.0.1", trusted)).toBe(
      false,
    );
    // From a stranger the bad forwarded value is simply dropped.
    expect(
      sanitizeHostHeaders({ host: "a.example", "x-forwarded-host": "b/c" }, "203.0.113.9", trusted),
    ).toBe(true);
  });
});
