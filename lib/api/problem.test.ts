import { describe, expect, it } from "vitest";
import { conflict, failed, invalid, ok } from "@/lib/result";
import { toResponse } from "./problem";

describe("toResponse", () => {
  it("sends a value as uncached JSON with the status asked for", async () => {
    const r = toResponse(ok({ id: "x" }), { status: 201 });
    expect(r.status).toBe(201);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(await r.json()).toEqual({ id: "x" });
  });

  it("sends a failure as problem+json: its message as detail, field errors, extension members", async () => {
    const refused = toResponse(invalid({ title: ["Too short"] }, "Some parameters are not valid."));
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(await refused.json()).toEqual({
      type: "about:blank",
      title: "Invalid request",
      status: 422,
      detail: "Some parameters are not valid.",
      errors: { title: ["Too short"] },
    });
    const stale = await toResponse(conflict({ version: 3 }, "Changed"), {
      members: { currentVersion: 3 },
    }).json();
    expect(stale).toMatchObject({
      status: 409,
      title: "Conflict",
      detail: "Changed",
      current: { version: 3 },
      currentVersion: 3,
    });
  });

  it("keeps what went wrong inside out of a 500", async () => {
    const body = await toResponse(failed).json();
    expect(body).toEqual({ type: "about:blank", title: "Internal error", status: 500, detail: failed.error });
  });
});
