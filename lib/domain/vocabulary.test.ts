import { describe, expect, it } from "vitest";
import { eventKindLabel, eventKinds, multilateralKinds } from "./events";
import { isOneOf, labelOf } from "./vocabulary";

describe("isOneOf", () => {
  it("accepts members and refuses everything else", () => {
    expect(isOneOf(eventKinds, "talks")).toBe(true);
    expect(isOneOf(eventKinds, "party")).toBe(false);
    expect(isOneOf(eventKinds, "Talks")).toBe(false);
    expect(isOneOf(eventKinds, undefined)).toBe(false);
  });
});

describe("labelOf", () => {
  it("labels a known value and passes an unknown one through", () => {
    expect(labelOf(eventKindLabel, "call")).toBe("Phone call");
    expect(labelOf(eventKindLabel, "retired_kind")).toBe("retired_kind");
  });
  it("never answers with an inherited property of the labels object", () => {
    expect(labelOf(eventKindLabel, "constructor")).toBe("constructor");
    expect(labelOf(eventKindLabel, "__proto__")).toBe("__proto__");
  });
});

it("draws talks, calls, meetings and agreements in the shared lane, and only those", () => {
  expect(eventKinds.filter((k) => isOneOf(multilateralKinds, k))).toEqual([
    "talks",
    "call",
    "meeting",
    "agreement",
  ]);
});
