import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

const refused = [
  "//evil.example",
  "//evil.example/x",
  "///evil.example",
  "/\\evil.example/x",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "/\u0085/evil.example",
  "/\u2028/evil.example",
  "/\ufeff/evil.example",
  "%2F%5Cevil.example%2Fx",
  "/%5Cevil.example/x",
  "/%2F/evil.example",
  "/%2fevil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%0D%0A/evil.example",
  "/%00",
  "/%252F%255Cevil.example",
  "/%25252F/evil.example",
  "/%E0%A4%A", // malformed percent-encoding
  "/%",
  "http://evil.example",
  "https:evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " /editor",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "editor",
  "",
  "?next=/x",
  "#/x",
  `/${"a".repeat(3000)}`,
];

const kept: [string, string][] = [
  ["/", "/"],
  ["/editor", "/editor"],
  ["/editor/events/new", "/editor/events/new"],
  ["/editor/positions?q=ceasefire&page=2", "/editor/positions?q=ceasefire&page=2"],
  ["/events/istanbul-talks#sources", "/events/istanbul-talks#sources"],
  ["/editor/../compare", "/compare"],
  ["/compare?parties=russia,ukraine", "/compare?parties=russia,ukraine"],
];

describe("safeNextPath", () => {
  it.each(refused)("refuses %j", (next) => {
    expect(safeNextPath(next)).toBe("/editor");
  });

  it.each(kept)("keeps %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it("refuses non-strings and uses the given fallback", () => {
    expect(safeNextPath(undefined)).toBe("/editor");
    expect(safeNextPath(["/editor"], "/")).toBe("/");
  });

  it("never returns a target that resolves to another origin", () => {
    for (const next of [...refused, ...kept.map(([n]) => n)]) {
      const target = safeNextPath(next);
      expect(new URL(target, "https://parley.example").origin).toBe("https://parley.example");
      expect(target.startsWith("/") && !target.startsWith("//") && !target.includes("\\")).toBe(true);
    }
  });
});
