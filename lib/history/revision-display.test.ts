import { describe, expect, it } from "vitest";
import { fieldLabel, referencedIds, showField } from "./revision-display";

const ukraine = "11111111-1111-4111-8111-111111111111";
const russia = "22222222-2222-4222-8222-222222222222";
const article = "33333333-3333-4333-8333-333333333333";
const names = {
  [ukraine]: "Ukraine",
  [russia]: "Russia",
  [article]: "Russia, Ukraine to resume peace talks",
};

describe("revision display", () => {
  it("names fields in plain English", () => {
    expect(fieldLabel("startsOn")).toBe("Starts on");
    expect(fieldLabel("partyId")).toBe("Party");
    expect(fieldLabel("locationName")).toBe("Location");
    expect(fieldLabel("summary")).toBe("Summary");
  });

  it("shows linked rows by name, with roles and excerpts", () => {
    expect(
      showField(
        "participants",
        [
          { partyId: ukraine, role: "delegation" },
          // As jsonb hands it back: shorter keys first.
          { role: "mediator", partyId: russia },
        ],
        names,
      ),
    ).toBe("Ukraine — Delegation; Russia — Mediator");
    expect(showField("sources", [{ excerpt: "face-to-face talks", sourceId: article }], names)).toBe(
      "Russia, Ukraine to resume peace talks — “face-to-face talks”",
    );
    expect(showField("partyId", ukraine, names)).toBe("Ukraine");
    expect(showField("kind", "red_line", names)).toBe("Red line");
  });

  it("says nothing plainly, and never shows a bare unknown id", () => {
    expect(showField("endsOn", null, names)).toBe("—");
    expect(showField("participants", [], names)).toBe("—");
    expect(showField("topicId", "44444444-4444-4444-8444-444444444444", names)).toBe("(unknown 44444444)");
  });

  it("collects every id a snapshot points at, but not its own", () => {
    const ids = referencedIds([
      {
        id: "55555555-5555-4555-8555-555555555555",
        participants: [{ partyId: ukraine }],
        sources: [{ sourceId: article }],
      },
      { id: "55555555-5555-4555-8555-555555555555", partyId: russia, title: "not an id" },
    ]);
    expect(ids.sort()).toEqual([ukraine, russia, article].sort());
  });
});
