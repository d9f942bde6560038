import { describe, expect, it } from "vitest";
import { positionInput, positionUpdate } from "./positions";

const party = "0b6b3f4e-2f7a-4c1e-9d33-1a2b3c4d5e6f";
const topic = "1c7c4f5e-3f8a-4d2e-8e44-2b3c4d5e6f70";
const source = "2d8d5a6f-4a9b-4e3f-9f55-3c4d5e6f7081";

const valid = {
  partyId: party,
  topicId: topic,
  statedOn: "2022-03-29",
  kind: "red_line",
  stance: "opposes",
  summary: "No recognition of annexed territory",
  sources: [{ sourceId: source, excerpt: "" }],
};

describe("positionInput", () => {
  it("fills defaults and turns blanks into null", () => {
    const parsed = positionInput.parse({ ...valid, personId: "", eventId: "", quote: "  " });
    expect(parsed).toMatchObject({
      personId: null,
      eventId: null,
      quote: null,
      datePrecision: "day",
      publication: "draft",
      isCorrection: false,
      sources: [{ sourceId: source, excerpt: null }],
    });
  });

  it("requires at least one source", () => {
    const result = positionInput.safeParse({ ...valid, sources: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["sources"]);
  });

  it.each([
    ["kind", "threat"],
    ["stance", "maybe"],
    ["statedOn", "2022-02-30"],
    ["partyId", "ukraine"],
    ["personId", "not-a-uuid"],
    ["summary", "ok"],
    ["publication", "archived"],
  ])("refuses %s = %j", (key, value) => {
    expect(positionInput.safeParse({ ...valid, [key]: value }).success).toBe(false);
  });

  it("drops fields the client must not set", () => {
    const parsed = positionInput.parse({
      ...valid,
      id: party,
      createdBy: "someone",
      version: 99,
      updatedAt: "2020-01-01",
    });
    expect(parsed).not.toHaveProperty("id");
    expect(parsed).not.toHaveProperty("createdBy");
    expect(parsed).not.toHaveProperty("version");
    expect(parsed).not.toHaveProperty("updatedAt");
  });

  it("an update needs the base version", () => {
    expect(positionUpdate.safeParse({ id: party, data: valid }).success).toBe(false);
    expect(positionUpdate.safeParse({ id: party, baseVersion: 0, data: valid }).success).toBe(false);
    expect(positionUpdate.safeParse({ id: party, baseVersion: 3, data: valid }).success).toBe(true);
  });
});
