import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";

const root = path.resolve(__dirname, "../..");

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument("https://parley.example");

  it("is a valid OpenAPI 3.1 document by @readme/openapi-parser", async () => {
    // validate() dereferences in place: give it a copy.
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? "" : compileErrors(result)).toBe("");
    expect(doc.openapi).toBe("3.1.0");
  });

  it("describes only routes that exist", () => {
    for (const p of Object.keys(doc.paths)) {
      const file = path.join(root, "app", "(public)", p.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
      expect(existsSync(file), `${p} → ${file}`).toBe(true);
    }
  });

  it("describes every route under /api/v1 but the document itself", () => {
    const v1 = path.join(root, "app", "(public)", "api", "v1");
    const routes = readdirSync(v1, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith("route.ts"))
      .map((f) => `/api/v1/${path.dirname(f).replace(/\[(\w+)\]/g, "{$1}")}`)
      .filter((p) => p !== "/api/v1/openapi.json");
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((p) => !(p in doc.paths))).toEqual([]);
  });

  it("describes the compare cell with its required parameters and response schema", () => {
    const cell = doc.paths["/api/v1/compare/cell"] as {
      get: { parameters: { name: string; required: boolean }[] };
    };
    const params = Object.fromEntries(cell.get.parameters.map((p) => [p.name, p.required]));
    expect(params).toMatchObject({ party: true, topic: true, a: true, b: false, process: false });
    expect(Object.keys(doc.components.schemas)).toContain("CompareCell");
  });

  it("describes both timeline endpoints, with the window's parameters (process included)", () => {
    const window = doc.paths["/api/v1/timeline"] as {
      get: { parameters: { name: string; required: boolean }[] };
    };
    const params = Object.fromEntries(window.get.parameters.map((p) => [p.name, p.required]));
    expect(params).toMatchObject({ from: true, to: true, process: false, q: false, lanes: false });
    expect(doc.paths["/api/v1/timeline/items/{ref}"]).toBeDefined();
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["TimelineWindow", "TimelineItem"]),
    );
  });

  it("documents the filters with their descriptions", () => {
    const events = doc.paths["/api/v1/events"] as {
      get: { parameters: { name: string; description?: string }[] };
    };
    const names = events.get.parameters.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["from", "to", "parties", "kinds", "topics", "status", "q", "limit", "cursor"]),
    );
    for (const p of events.get.parameters) expect(p.description, p.name).toBeTruthy();
  });
});
