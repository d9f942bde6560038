import { describe, expect, it } from "vitest";
import { seedParties } from "@/db/seed/istanbul-article";
import { contrastWithWhite } from "./contrast";
import { entryPayload, entryUpdate, partyInput, personInput, topicInput } from "./directory";

describe("directory schemas", () => {
  it("split, trim and de-duplicate aliases from the form's one line or the API's array", () => {
    expect(topicInput.parse({ name: "Kyiv", aliases: " Kiev, Kyiv city ,,Kiev\nКиїв" }).aliases).toEqual([
      "Kiev",
      "Kyiv city",
      "Київ",
    ]);
    expect(topicInput.parse({ name: "Kyiv", aliases: ["Kiev", " Kiev "] }).aliases).toEqual(["Kiev"]);
    expect(topicInput.parse({ name: "Kyiv" }).aliases).toEqual([]);
    expect(topicInput.safeParse({ name: "Kyiv", aliases: "x".repeat(101) }).success).toBe(false);
  });

  it("refuse a party colour too pale to see on white, with a message by the field", () => {
    const pale = partyInput.safeParse({ name: "Pale", kind: "state", color: "#eeeeee" });
    expect(pale.success).toBe(false);
    expect(pale.error?.issues[0]).toMatchObject({
      path: ["color"],
      message: expect.stringMatching(/Too pale/),
    });
    expect(partyInput.safeParse({ name: "Bad", kind: "state", color: "blue" }).success).toBe(false);
    expect(partyInput.parse({ name: "Ok", kind: "state", color: "#0057B7" }).color).toBe("#0057b7");
  });

  it("accept every seeded party colour (the rule is one the seed already meets)", () => {
    for (const party of seedParties) expect(contrastWithWhite(party.color)).toBeGreaterThanOrEqual(3);
  });

  it("compute WCAG contrast like the reference values", () => {
    expect(contrastWithWhite("#000000")).toBeCloseTo(21, 5);
    expect(contrastWithWhite("#ffffff")).toBeCloseTo(1, 5);
    expect(contrastWithWhite("#767676")).toBeCloseTo(4.54, 2);
  });

  it("require a party for a person, and a real uuid", () => {
    expect(personInput.safeParse({ name: "Vladimir Medinsky" }).success).toBe(false);
    expect(personInput.safeParse({ name: "Vladimir Medinsky", partyId: "russia" }).success).toBe(false);
  });

  it("drop fields a client must not set: id, slug, version, authorship", () => {
    const parsed = partyInput.parse({
      name: "Ukraine",
      kind: "state",
      color: "#0057b7",
      id: "00000000-0000-4000-8000-000000000001",
      slug: "stolen",
      version: 99,
      createdBy: "someone",
    });
    expect(parsed).not.toHaveProperty("id");
    expect(parsed).not.toHaveProperty("slug");
    expect(parsed).not.toHaveProperty("version");
    expect(parsed).not.toHaveProperty("createdBy");
    expect(parsed.publication).toBe("draft");
  });

  it("parse each kind's payload with that kind's own schema", () => {
    expect(entryPayload.safeParse({ kind: "topic", data: { name: "Ceasefire" } }).success).toBe(true);
    // A topic's fields are not a party's: the party schema wants kind and colour.
    expect(entryPayload.safeParse({ kind: "party", data: { name: "Ceasefire" } }).success).toBe(false);
    expect(entryPayload.safeParse({ kind: "event", data: { name: "x" } }).success).toBe(false);
    const update = entryUpdate.safeParse({
      kind: "topic",
      id: "00000000-0000-4000-8000-000000000001",
      baseVersion: 2_147_483_647,
      data: { name: "Ceasefire" },
    });
    expect(update.success).toBe(false);
  });
});
