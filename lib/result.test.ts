import { describe, expect, it } from "vitest";
import { conflict, formErrors, invalid, mapResult, notFound, ok, type Result, reached } from "./result";

describe("reached", () => {
  it("turns a rejected action (lost connection, an error page) into a shown failure", async () => {
    const lost = await reached(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(lost).toMatchObject({
      ok: false,
      status: 500,
      error: expect.stringContaining("your text is kept"),
    });
  });

  it("passes an answer through unchanged", async () => {
    expect(await reached(async () => ok(3))).toEqual({ ok: true, value: 3 });
    expect(await reached(async () => notFound("gone"))).toEqual({ ok: false, status: 404, error: "gone" });
  });
});

describe("formErrors", () => {
  it("drops an action payload's data. prefix and keeps the first message of each field", () => {
    expect(
      formErrors({ "data.title": ["Too short", "Too plain"], "sources.0.sourceId": ["Choose a source"] }),
    ).toEqual([
      ["title", "Too short"],
      ["sources.0.sourceId", "Choose a source"],
    ]);
  });
});

describe("mapResult", () => {
  type Snapshot = { id: string; version: number; title: string };
  const snapshot: Snapshot = { id: "a", version: 4, title: "Now" };
  const saved: Result<Snapshot, Snapshot> = ok(snapshot);
  const stale: Result<Snapshot, Snapshot> = conflict(snapshot);

  it("maps a saved value and a conflict's current row, with the caller's words", () => {
    expect(
      mapResult(
        saved,
        (s: Snapshot) => s.version,
        (s: Snapshot) => s.title,
      ),
    ).toEqual({ ok: true, value: 4 });
    expect(
      mapResult(
        stale,
        (s: Snapshot) => s.version,
        (s: Snapshot) => s.title,
        { 409: "Stale" },
      ),
    ).toEqual({
      ok: false,
      status: 409,
      error: "Stale",
      current: "Now",
    });
  });

  it("keeps other failures, their fields and their status", () => {
    const refused = invalid({ url: ["Taken"] });
    expect(mapResult(refused, String, String, { 404: "No such row" })).toEqual(refused);
    expect(mapResult(notFound(), String, String, { 404: "No such row" })).toEqual({
      ok: false,
      status: 404,
      error: "No such row",
    });
  });
});
