import { describe, expect, it } from "vitest";
import { forwardedFor, proxyList } from "./forwarded-for.mjs";

describe("forwardedFor", () => {
  const none = proxyList([]);
  const proxies = proxyList(["10.0.0.5", "192.168.0.0/16", "fd00::/8"]);

  it("replaces whatever a direct client claims with its own address", () => {
    expect(forwardedFor("1.2.3.4", "203.0.113.9", none)).toBe("203.0.113.9");
    expect(forwardedFor("1.2.3.4, 5.6.7.8", "203.0.113.9", proxies)).toBe("203.0.113.9");
    expect(forwardedFor(undefined, "::ffff:127.0.0.1", none)).toBe("127.0.0.1");
  });

  it("keeps the chain from a trusted proxy and appends the proxy", () => {
    expect(forwardedFor("198.51.100.7", "10.0.0.5", proxies)).toBe("198.51.100.7, 10.0.0.5");
    expect(forwardedFor("198.51.100.7", "192.168.4.2", proxies)).toBe("198.51.100.7, 192.168.4.2");
    expect(forwardedFor("2001:db8::1", "fd12::3", proxies)).toBe("2001:db8::1, fd12::3");
  });

  it("uses a trusted proxy's own address when it forwards no header", () => {
    expect(forwardedFor(undefined, "10.0.0.5", proxies)).toBe("10.0.0.5");
  });
});
