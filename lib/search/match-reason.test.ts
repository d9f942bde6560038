import { describe, expect, it } from "vitest";
import { explainMatch, findFolded } from "./match-reason";

describe("findFolded", () => {
  it("finds accented text typed without accents, and keeps the original's positions", () => {
    const title = "Mevlüt Çavuşoğlu hosts talks";
    const at = findFolded(title, "cavusoglu");
    expect(at && title.slice(...at)).toBe("Çavuşoğlu");
    expect(findFolded("Erdogan–Putin call", "ERDOĞAN")).toEqual([0, 7]);
    expect(findFolded("Talks", "kyiv")).toBeNull();
  });
});

describe("explainMatch", () => {
  const kiev = {
    terms: ["Kiev", "Kyiv"],
    entities: [{ name: "Ukraine", matched: "Kiev" }],
  };

  it("highlights the reader's own words without a reason", () => {
    const m = explainMatch("Russia–Ukraine talks in Istanbul", "istanbul", {
      terms: ["istanbul"],
      entities: [],
    });
    expect(m.parts).toEqual([
      { text: "Russia–Ukraine talks in ", hit: false },
      { text: "Istanbul", hit: true },
    ]);
    expect(m.reason).toBeNull();
  });

  it("says which spelling matched when it is not what was typed", () => {
    const m = explainMatch("Shelling near Kyiv", "Kiev", kiev);
    expect(m.parts.find((p) => p.hit)?.text).toBe("Kyiv");
    expect(m.reason).toBe("matched: Kiev → Kyiv (Ukraine)");
  });

  it("names the alias when the title holds none of the spellings", () => {
    const m = explainMatch("Zelensky's remarks to Russian journalists", "Kiev", kiev);
    expect(m.parts).toEqual([{ text: "Zelensky's remarks to Russian journalists", hit: false }]);
    expect(m.reason).toBe("matched: alias Kiev → Ukraine, in the summary or statements");
  });
});
