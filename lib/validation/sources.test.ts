import { describe, expect, test } from "vitest";
import { normalizeSourceUrl, outletFromUrl, sourceInput } from "./sources";

const refused = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "\tjavascript:alert(1)",
  "\njavascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  "\u0000javascript:alert(1)",
  "javascript&#58;alert(1)",
  "javascript%3Aalert(1)",
  "%6Aavascript:alert(1)",
  "&#106;avascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  " data:text/html,x",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "vb\tscript:msgbox(1)",
  "file:///etc/passwd",
  "FILE:///etc/passwd",
  "fi\nle:///etc/passwd",
  "ftp://example.org/x",
  "//example.org/x",
  "example.org",
  "http://",
  "https://user:pass@example.org/",
  "",
];

describe("normalizeSourceUrl", () => {
  test.each(refused)("refuses %j", (value) => {
    expect(normalizeSourceUrl(value)).toBeNull();
    expect(sourceInput.safeParse({ title: "t", url: value || "x" }).success).toBe(false);
  });

  test("trims, lower-cases the host, drops the fragment, keeps path case and query", () => {
    expect(normalizeSourceUrl("  HTTPS://WWW.PressTV.ir:443/Detail/2022/X?a=1#top \n")).toBe(
      "https://www.presstv.ir/Detail/2022/X?a=1",
    );
    expect(normalizeSourceUrl("http://Example.org")).toBe("http://example.org/");
  });

  test("names a known outlet from its domain or a subdomain, else gives the domain", () => {
    expect(outletFromUrl("https://www.presstv.ir/Detail/1")).toBe("Press TV");
    expect(outletFromUrl("https://www.reuters.com/world/europe/x")).toBe("Reuters");
    expect(outletFromUrl("https://edition.cnn.com/2022/03/10/x")).toBe("CNN");
    expect(outletFromUrl("https://www.bbc.co.uk/news/x")).toBe("BBC");
    expect(outletFromUrl("https://TASS.com/politics/1")).toBe("TASS");
    expect(outletFromUrl("https://www.interfax.com.ua/news/1")).toBe("Interfax-Ukraine");
    expect(outletFromUrl("https://www.aa.com.tr/en/x")).toBe("Anadolu Agency");
    // Only whole labels match: notreuters.com is not Reuters.
    expect(outletFromUrl("https://notreuters.com/x")).toBe("notreuters.com");
    expect(outletFromUrl("https://www.example.org/x")).toBe("example.org");
  });

  test("an empty URL is allowed for a named document with no public link", () => {
    expect(
      sourceInput.parse({
        title: "Note verbale",
        url: "",
        outlet: "Foreign ministry",
        publishedOn: "2022-03-01",
      }).url,
    ).toBeNull();
  });
});
