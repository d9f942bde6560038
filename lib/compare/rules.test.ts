import { describe, expect, it } from "vitest";
import { cellChange, isHighlighted, pairVerdict, stepLabel, topicVerdict } from "./rules";

const s = (id: string, stance: string, kind = "position") => ({ id, stance, kind });

describe("cellChange", () => {
  it("tells every transition apart", () => {
    expect(cellChange(null, null)).toBe("none");
    expect(cellChange(null, s("1", "conditional", "offer"))).toBe("first-stated");
    expect(cellChange(s("1", "supports"), null)).toBe("withdrawn");
    expect(cellChange(s("1", "supports"), s("1", "supports"))).toBe("unchanged");
    expect(cellChange(s("1", "supports"), s("2", "supports"))).toBe("restated");
    expect(cellChange(s("1", "supports"), s("2", "opposes"))).toBe("changed");
    expect(cellChange(s("1", "supports", "red_line"), s("2", "supports", "demand"))).toBe("changed");
  });

  it("highlights only real movement", () => {
    expect(isHighlighted("first-stated")).toBe(true);
    expect(isHighlighted("changed")).toBe(true);
    expect(isHighlighted("withdrawn")).toBe(true);
    expect(isHighlighted("restated")).toBe(false);
    expect(isHighlighted("unchanged")).toBe(false);
    expect(isHighlighted("none")).toBe(false);
  });
});

describe("stepLabel", () => {
  it("labels red-line histories", () => {
    const red = s("1", "supports", "red_line");
    expect(stepLabel(null, red)).toBe("first stated");
    expect(stepLabel(red, s("2", "supports", "red_line"))).toBe("red line restated");
    expect(stepLabel(red, s("2", "conditional", "offer"))).toBe("red line softened");
    expect(stepLabel(red, s("2", "supports", "demand"))).toBe("red line softened");
    expect(stepLabel(red, s("2", "opposes", "position"))).toBe("red line dropped");
    expect(stepLabel(red, s("2", "opposes", "red_line"))).toBe("stance changed");
    expect(stepLabel(s("1", "supports", "demand"), red)).toBe("now a red line");
  });

  it("labels ordinary statements", () => {
    expect(stepLabel(s("1", "supports"), s("2", "supports"))).toBe("restated");
    expect(stepLabel(s("1", "supports"), s("2", "open"))).toBe("stance changed");
    expect(stepLabel(s("1", "supports", "demand"), s("2", "supports", "offer"))).toBe("kind changed");
  });
});

describe("convergence", () => {
  it("rates pairs", () => {
    expect(pairVerdict("supports", "supports")).toBe("aligned");
    expect(pairVerdict("opposes", "opposes")).toBe("aligned");
    expect(pairVerdict("supports", "opposes")).toBe("conflict");
    expect(pairVerdict("conditional", "opposes")).toBe("room");
    expect(pairVerdict("supports", "open")).toBe("room");
    expect(pairVerdict("conditional", "conditional")).toBe("room");
  });

  it("rates a topic by its worst pair", () => {
    expect(topicVerdict([])).toBe("silent");
    expect(topicVerdict(["supports"])).toBe("one-sided");
    expect(topicVerdict(["supports", "supports", "supports"])).toBe("aligned");
    expect(topicVerdict(["supports", "conditional", "supports"])).toBe("room");
    expect(topicVerdict(["conditional", "supports", "opposes"])).toBe("conflict");
  });
});
