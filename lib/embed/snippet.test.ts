import { describe, expect, it } from "vitest";
import { embedSnippet } from "./snippet";

describe("embedSnippet", () => {
  it("points the frame at /embed with the view's query", () => {
    const snippet = embedSnippet("https://parley.example", "?q=Istanbul&parties=ukraine");
    expect(snippet).toContain('src="https://parley.example/embed?q=Istanbul&amp;parties=ukraine"');
    expect(snippet).toContain('e.origin!=="https://parley.example"');
  });
  it("cannot be broken out of by a crafted query", () => {
    const snippet = embedSnippet("https://p.example", '?q="><script>alert(1)</script>');
    expect(snippet).not.toContain('"><script>alert(1)');
  });
});
