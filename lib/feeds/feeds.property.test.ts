import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildAtomFeed, type FeedEvent } from "./atom";
import { buildCalendar, icalText } from "./calendar";

const RUNS = 300;

/** Ordinary text, plus the pieces that broke or could break a feed: markup, CDATA ends, controls, astral and lone surrogates. */
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        "<",
        ">",
        "&",
        '"',
        "'",
        "]]>",
        "<![CDATA[",
        "<script>",
        "&amp;",
        "\u0000",
        "\u0007",
        "\u001b",
        "\u007f",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\\",
        ";",
        ",",
        ":",
        "😀",
        "𝕏",
        "\ud800",
        "\udfff",
        "\ufffe",
        "\uffff",
        "BEGIN:VEVENT",
        "END:VCALENDAR",
        "Smith <Associates>",
        "word",
        " ",
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join("")),
);

const nonEmpty = nasty.filter((s) => s.length > 0);
const isoDay = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const event = fc.record({
  id: fc.uuid(),
  slug: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: nonEmpty,
  summary: nasty,
  locationName: fc.option(nasty, { nil: null }),
  country: fc.option(nasty, { nil: null }),
  startsOn: isoDay,
  kind: fc.constantFrom("talks", "statement", "call"),
  status: fc.constantFrom("held", "scheduled", "cancelled", "postponed"),
  datePrecision: fc.constantFrom("day", "month", "approximate"),
  participants: fc.array(fc.record({ partySlug: fc.stringMatching(/^[a-z]+$/), partyName: nasty }), {
    maxLength: 3,
  }),
  sources: fc.array(
    fc.record({
      url: fc.option(fc.webUrl(), { nil: null }),
      title: nasty,
      outlet: fc.option(nasty, { nil: null }),
    }),
    { maxLength: 3 },
  ),
});

const rows = fc.array(event, { maxLength: 4 }).map((list) =>
  list.map(
    (e) =>
      ({
        ...e,
        endsOn: null,
        updatedAt: "2024-05-01T10:00:00.000Z",
        createdAt: new Date("2024-04-01T10:00:00.000Z"),
      }) as unknown as FeedEvent,
  ),
);

// What XML 1.0 can carry: the feed drops the rest, so that is what a reader gets back.
const xmlCarries = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");

describe("feeds are well-formed for any text", () => {
  it("every Atom feed passes a strict XML validator and gives the titles back", () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      isArray: (name) => ["entry", "link", "category"].includes(name),
    });
    fc.assert(
      fc.property(rows, nasty, (events, feedTitle) => {
        const origin = "https://parley.example";
        const xml = buildAtomFeed(events, { origin, selfUrl: `${origin}/feed.xml`, title: feedTitle });
        expect(XMLValidator.validate(xml, { allowBooleanAttributes: false })).toBe(true);
        const entries = (parser.parse(xml).feed.entry ?? []) as { title: { "#text"?: string } }[];
        expect(entries).toHaveLength(events.length);
        entries.forEach((entry, i) => {
          expect(entry.title["#text"] ?? "").toBe(xmlCarries(events[i]?.title ?? "").replace(/\r\n?/g, "\n"));
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("every calendar parses with ical.js with one VEVENT per event and the summaries back", () => {
    fc.assert(
      fc.property(rows, nasty, (events, name) => {
        const text = buildCalendar(events, { origin: "https://parley.example", name });
        const calendar = new ICAL.Component(ICAL.parse(text));
        const vevents = calendar.getAllSubcomponents("vevent");
        expect(vevents).toHaveLength(events.length);
        vevents.forEach((v, i) => {
          expect(v.getFirstPropertyValue("uid")).toBe(`${events[i]?.id}@parley`);
          expect(v.getFirstPropertyValue("summary")).toBe(icalText(events[i]?.title ?? ""));
        });
        for (const line of text.split("\r\n")) expect(line).not.toMatch(/(?!\t)\p{Cc}/u);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the cases found in review (issue 10, finding 5)", () => {
  it("escapes a party name in the label attribute and keeps two ]]> in a summary as text", () => {
    const [one] = fc.sample(
      rows.filter((r) => r.length === 1),
      { numRuns: 1, seed: 1 },
    );
    const base = one?.[0];
    if (!base) throw new Error("no sample");
    const evil = {
      ...base,
      title: "Talks",
      summary: "a ]]><injected/> b ]]><![CDATA[<x>",
      participants: [
        { partySlug: "smith", partyName: "Smith <Associates>", color: "#000000", role: "party" },
      ],
    } as unknown as FeedEvent;
    const xml = buildAtomFeed([evil], {
      origin: "https://parley.example",
      selfUrl: "https://parley.example/feed.xml",
      title: "t",
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const entry = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "category" }).parse(xml).feed
      .entry;
    expect(entry.injected).toBeUndefined();
    expect(entry.category.map((c: Record<string, string>) => c["@_label"])).toContain("Smith <Associates>");
    expect(entry.summary["#text"]).toContain("a ]]><injected/> b ]]><![CDATA[<x>");
  });
});
