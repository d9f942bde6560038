import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  articleSource,
  seedEvents,
  seedParties,
  seedPeople,
  seedPositions,
} from "@/db/seed/istanbul-article";
import { analyzeArticle } from "./analyze";
import { fixtures } from "./fixtures/expected";
import { seedDirectory } from "./fixtures/seed-directory";
import { percent, type Score, scoreEvents, scoreQuotes } from "./score";

const read = (...parts: string[]) => readFileSync(path.join(import.meta.dirname, ...parts), "utf8");
const report = (name: string, events: Score, quotes: Score) =>
  console.log(
    `[importer] ${name}: events precision ${percent(events.precision)} recall ${percent(events.recall)} (${events.matched}/${events.expected} found, ${events.proposed} proposed); ` +
      `quotes precision ${percent(quotes.precision)} recall ${percent(quotes.recall)} (${quotes.matched}/${quotes.expected} found, ${quotes.proposed} proposed)`,
  );

describe("the importer on the seed article (Press TV, 28 March 2022)", () => {
  const content = read("..", "..", "db", "seed", "istanbul-talks-article.txt");
  const got = analyzeArticle(
    { content, url: articleSource.url, publishedOn: articleSource.publishedOn, outlet: "Press TV" },
    seedDirectory,
  );

  test("recovers at least 80% of the seeded events with the right dates, and 80% of the quotes verbatim with the right speaker", () => {
    const personName = (slug: string | null) => seedPeople.find((p) => p.slug === slug)?.name ?? null;
    const partyName = (slug: string) => seedParties.find((p) => p.slug === slug)?.name ?? slug;
    const events = scoreEvents(got, seedEvents);
    const quotes = scoreQuotes(
      got,
      seedPositions.flatMap((p) =>
        p.quote ? [{ speaker: personName(p.person), party: partyName(p.party), quote: p.quote }] : [],
      ),
    );
    report("seed (Press TV)", events, quotes);
    expect(events.recall).toBeGreaterThanOrEqual(0.8);
    expect(quotes.recall).toBeGreaterThanOrEqual(0.8);
    expect(events.precision).toBeGreaterThanOrEqual(0.7);
    expect(quotes.precision).toBeGreaterThanOrEqual(0.5);
  });

  test("the sentence that says how long the talks last adds its speaker to them", () => {
    const istanbul = got.events.find((e) => e.place === "Istanbul");
    expect(istanbul?.people).toContain("David Arakhamia");
  });

  test("dates the Istanbul round as the article does: Tuesday, for three days, scheduled", () => {
    expect(got.events).toContainEqual(
      expect.objectContaining({
        kind: "talks",
        startsOn: "2022-03-29",
        endsOn: "2022-03-31",
        status: "scheduled",
        place: "Istanbul",
        country: "Turkey",
      }),
    );
  });

  test("cites the source and quotes only words that are in the article", () => {
    expect(got.source).toEqual({
      url: articleSource.url,
      outlet: "Press TV",
      title: articleSource.title,
      publishedOn: "2022-03-28",
    });
    for (const s of got.statements) {
      expect(content).toContain(s.excerpt);
      if (s.quote) expect(content).toContain(s.quote);
    }
    for (const e of got.events)
      for (const piece of e.excerpt.split(" […] ")) expect(content).toContain(piece);
  });
});

describe.each(fixtures)("the importer on $file", (fixture) => {
  test("finds the events with their dates and the quotes with their speakers", () => {
    const content = read("fixtures", fixture.file);
    const got = analyzeArticle(
      { content, url: fixture.url, publishedOn: fixture.publishedOn },
      seedDirectory,
    );
    const events = scoreEvents(got, fixture.events);
    const quotes = scoreQuotes(got, fixture.quotes);
    report(fixture.file, events, quotes);
    expect(events.recall).toBeGreaterThanOrEqual(0.75);
    expect(quotes.recall).toBeGreaterThanOrEqual(0.75);
    expect(events.precision).toBeGreaterThanOrEqual(0.5);
    expect(quotes.precision).toBeGreaterThanOrEqual(0.5);
  });
});

test("names the directory lacks are listed as new; stored ones by other names are not", async () => {
  const { newNames } = await import("./new-names");
  const fixture = fixtures.find((f) => f.file === "istanbul-grain.txt");
  if (!fixture) throw new Error("fixture missing");
  const got = analyzeArticle(
    { content: read("fixtures", fixture.file), url: fixture.url, publishedOn: fixture.publishedOn },
    seedDirectory,
  );
  const fresh = newNames(got, seedDirectory);
  // "Erdoğan" and "Zelenskyy" are stored people under other names; Kuleba is new.
  expect(fresh.people).toEqual(["Dmytro Kuleba"]);
  expect(fresh.parties).not.toContain("Turkey");
});
