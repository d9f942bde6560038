import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimelineUrl, serializeTimelineUrl } from "./url";
import { readTimelineUrl, timelineSearchWith } from "./url-state";

// Values a reader or a shared link can put in the URL, awkward characters included.
const text = fc.string({
  unit: fc.constantFrom("a", "z", "-", ",", " ", "%", "+", "&", "#", "é", "2", "C", "\u0001", "<"),
});
const word = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
const rawSearch = fc
  .dictionary(
    fc.constantFrom(
      "process",
      "from",
      "to",
      "parties",
      "kinds",
      "topics",
      "status",
      "q",
      "sel",
      "lanes",
      "x",
    ),
    fc.oneof(text, fc.constantFrom("party", "kind", "")),
  )
  .map((entries) => new URLSearchParams(entries));

describe("readTimelineUrl", () => {
  it("reads any query string as nuqs's loader does on the server", () => {
    fc.assert(
      fc.property(rawSearch, (search) => {
        expect(readTimelineUrl(search)).toEqual(loadTimelineUrl(search));
      }),
    );
  });
});

describe("timelineSearchWith", () => {
  const changes = fc.record(
    {
      from: fc.option(fc.constantFrom("2022-03-01", "2024-12-31"), { nil: null }),
      to: fc.option(fc.constantFrom("2022-04-01", "2025-01-31"), { nil: null }),
      parties: fc.option(fc.array(word, { maxLength: 3 }), { nil: null }),
      topics: fc.option(fc.array(text, { maxLength: 2 }), { nil: null }),
      q: fc.option(text, { nil: null }),
      sel: fc.option(word, { nil: null }),
      lanes: fc.option(fc.constantFrom("party" as const, "kind" as const), { nil: null }),
    },
    { requiredKeys: [] },
  );

  it("writes the same query string as nuqs's serializer", () => {
    fc.assert(
      fc.property(rawSearch, changes, (search, change) => {
        // nuqs keeps an empty string for a key without a default; the app never writes one.
        const base = `?${search}`;
        expect(timelineSearchWith(base, change)).toBe(serializeTimelineUrl(base, change));
      }),
    );
  });

  it("reads back what it wrote", () => {
    fc.assert(
      fc.property(changes, (change) => {
        const read = readTimelineUrl(new URLSearchParams(timelineSearchWith("", change)));
        if (change.parties) expect(read.parties).toEqual(change.parties);
        if (change.q != null) expect(read.q).toBe(change.q);
        if (change.lanes) expect(read.lanes).toBe(change.lanes);
      }),
    );
  });
});
