import { describe, expect, it } from "vitest";
import { foldName, matchNames, nameScore } from "./match-name";

const options = [
  { label: "Volodymyr Zelenskyy", aliases: ["Zelensky", "Zelenski"] },
  { label: "Kyiv", aliases: ["Kiev"] },
  { label: "Ukraine", aliases: [] },
  { label: "Russian Federation", aliases: ["Russia", "Moscow"] },
];

describe("matchNames", () => {
  it("finds a name by a prefix of one of its words' spellings", () => {
    expect(matchNames(options, "Zelensky").map((o) => o.label)).toEqual(["Volodymyr Zelenskyy"]);
    expect(matchNames(options, "zelenskyy").map((o) => o.label)).toEqual(["Volodymyr Zelenskyy"]);
  });

  it("finds a row by an alias", () => {
    expect(matchNames(options, "Kiev").map((o) => o.label)).toEqual(["Kyiv"]);
    expect(matchNames(options, "moscow").map((o) => o.label)).toEqual(["Russian Federation"]);
  });

  it("ignores accents, case and punctuation", () => {
    expect(foldName("  Kyïv, ")).toBe("kyiv");
    expect(matchNames(options, "KYÏV").map((o) => o.label)).toEqual(["Kyiv"]);
  });

  it("ranks a name prefix above an alias prefix above a substring", () => {
    const ranked = matchNames(
      [
        { label: "Prussia", aliases: [] },
        { label: "Russian Federation", aliases: [] },
        { label: "Moscow", aliases: ["Russia's capital"] },
      ],
      "russ",
    );
    expect(ranked.map((o) => o.label)).toEqual(["Russian Federation", "Moscow", "Prussia"]);
  });

  it("lists everything for an empty query and nothing for a miss", () => {
    expect(matchNames(options, "  ")).toHaveLength(4);
    expect(nameScore(options[2] ?? { label: "" }, "xyz")).toBe(0);
  });
});
