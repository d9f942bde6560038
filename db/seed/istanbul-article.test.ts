import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  articleSource,
  EXCERPT_GAP,
  seedEvents,
  seedPeople,
  seedPositions,
  seedTopics,
} from "./istanbul-article";

// A copy of ../shared/seed/istanbul-talks-article.txt kept with the code that cites it.
const article = readFileSync(path.join(import.meta.dirname, "istanbul-talks-article.txt"), "utf8");

describe("seed data from the Press TV article", () => {
  it("quotes the article verbatim in every excerpt and quote", () => {
    const cited = [
      ...seedEvents.flatMap((e) => e.excerpt.split(EXCERPT_GAP)),
      ...seedPositions.flatMap((p) => [p.excerpt, ...(p.quote ? [p.quote] : [])]),
    ];
    for (const text of cited) expect(article, text).toContain(text);
  });

  it("cites the article as published", () => {
    expect(article).toContain(articleSource.title);
    expect(articleSource).toMatchObject({ outlet: "Press TV", publishedOn: "2022-03-28" });
    expect(articleSource.url).toMatch(/^https:\/\/www\.presstv\.ir\/Detail\/2022\/03\/28\/679279\//);
  });

  it("names only people the article names", () => {
    for (const person of seedPeople) {
      const surname = person.name.split(" ").at(-1) ?? "";
      expect(article, person.name).toContain(surname);
    }
  });

  it("links every position and event to known parties, people, topics and events", () => {
    const topicSlugs = new Set(seedTopics.map((t) => t.slug));
    const eventSlugs = new Set(seedEvents.map((e) => e.slug));
    const personSlugs = new Set(seedPeople.map((p) => p.slug));
    for (const position of seedPositions) {
      expect(topicSlugs).toContain(position.topic);
      if (position.event) expect(eventSlugs).toContain(position.event);
      if (position.person) expect(personSlugs).toContain(position.person);
    }
  });

  it("dates the events as the article does", () => {
    const bySlug = Object.fromEntries(seedEvents.map((e) => [e.slug, e]));
    expect(bySlug["gomel-talks-2022-02-28"]?.startsOn).toBe("2022-02-28");
    expect(bySlug["erdogan-putin-call-2022-03-27"]?.startsOn).toBe("2022-03-27");
    expect(bySlug["zelensky-speech-2022-03-27"]?.startsOn).toBe("2022-03-27");
    expect(bySlug["istanbul-talks-2022-03-29"]).toMatchObject({
      startsOn: "2022-03-29",
      status: "scheduled",
    });
  });
});
