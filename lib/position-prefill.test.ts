import { describe, expect, it } from "vitest";
import { prefillFromEvent } from "./position-prefill";

const antalya = {
  startsOn: "2022-03-10",
  datePrecision: "day",
  partyIds: ["russia-id", "ukraine-id"],
  sourceIds: ["reuters-id"],
};

describe("prefillFromEvent", () => {
  it("fills an untouched form with the event's date, first party and sources", () => {
    expect(
      prefillFromEvent(
        { statedOn: "", datePrecision: "day", partyId: "", sources: [{ sourceId: "", excerpt: "" }] },
        antalya,
      ),
    ).toEqual({
      statedOn: "2022-03-10",
      datePrecision: "day",
      partyId: "russia-id",
      sources: [{ sourceId: "reuters-id", excerpt: "" }],
    });
  });
  it("never overwrites what the editor has chosen", () => {
    expect(
      prefillFromEvent(
        {
          statedOn: "2022-03-11",
          datePrecision: "day",
          partyId: "ukraine-id",
          sources: [{ sourceId: "tass-id", excerpt: "" }],
        },
        antalya,
      ),
    ).toEqual({});
  });
});
