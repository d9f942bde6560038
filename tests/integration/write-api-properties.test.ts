/**
 * ≥1,000 random bodies per write endpoint: shaped after the zod schemas, near
 * misses, and junk. No body may produce an exception (a 500), and a rejected
 * body must leave the row and revision counts as they were.
 */
import { count } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { events, parties, revisions, sources } from "../../db/schema";
import {
  datePrecisions,
  eventFormats,
  eventKinds,
  eventStatuses,
  participantRoles,
  publicationStates,
} from "../../lib/domain";
import { bearer, userWithToken } from "../support/api-users";
import { describeOnEveryServer } from "../support/databases";
import {
  type Answer,
  apiCreateEvent,
  apiCreateSource,
  apiDeleteEvent,
  apiUpdateEvent,
} from "../support/write-api";

const RUNS = 1000;

const junkString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ minLength: 290, maxLength: 6000 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "'; drop table events; --", "2022-02-30", "9999-99-99"),
);
const date = fc.oneof(
  fc
    .date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  junkString,
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(fc.oneof(a, fc.anything()), { nil: undefined, freq: 3 });

/** Bodies the schema accepts (version 1–3, so PATCH mostly conflicts and sometimes saves). */
function validEvent(partyIds: string[], sourceIds: string[]) {
  return fc.record({
    title: fc
      .string({ minLength: 3, maxLength: 80 })
      .filter((t) => t.trim().length >= 3 && !t.includes("\u0000")),
    kind: fc.constantFrom(...eventKinds),
    status: fc.constantFrom(...eventStatuses),
    startsOn: fc.constantFrom("2022-03-29", "2023-01-01", "1999-12-31"),
    publication: fc.constantFrom(...publicationStates),
    participants: fc.array(
      fc.record({ partyId: fc.constantFrom(...partyIds), role: fc.constantFrom(...participantRoles) }),
      { maxLength: 3 },
    ),
    sources: fc.array(fc.record({ sourceId: fc.constantFrom(...sourceIds) }), { maxLength: 2 }),
    version: fc.integer({ min: 1, max: 3 }),
  });
}

function eventShape(partyIds: string[], sourceIds: string[]) {
  return fc.oneof(
    { weight: 1, arbitrary: validEvent(partyIds, sourceIds) },
    { weight: 3, arbitrary: shapedEvent(partyIds, sourceIds) },
  );
}

function shapedEvent(partyIds: string[], sourceIds: string[]) {
  const uuid = fc.oneof(fc.constantFrom(...partyIds, ...sourceIds), fc.uuid(), junkString);
  return fc.record(
    {
      title: fc.oneof(fc.string({ minLength: 3, maxLength: 80 }), junkString, fc.integer()),
      summary: maybe(fc.string({ maxLength: 200 })),
      kind: fc.oneof(fc.constantFrom(...eventKinds), junkString),
      status: fc.oneof(fc.constantFrom(...eventStatuses), junkString),
      format: maybe(fc.constantFrom(...eventFormats, null)),
      startsOn: date,
      endsOn: maybe(fc.oneof(date, fc.constant(null))),
      datePrecision: maybe(fc.constantFrom(...datePrecisions)),
      locationName: maybe(fc.oneof(fc.string({ maxLength: 50 }), fc.constant(null))),
      country: maybe(fc.string({ maxLength: 120 })),
      publication: maybe(fc.constantFrom(...publicationStates)),
      participants: maybe(
        fc.array(
          fc.record({ partyId: uuid, role: fc.oneof(fc.constantFrom(...participantRoles), junkString) }),
          {
            maxLength: 4,
          },
        ),
      ),
      sources: maybe(fc.array(fc.record({ sourceId: uuid, excerpt: maybe(fc.string()) }), { maxLength: 3 })),
      note: maybe(fc.string({ maxLength: 600 })),
      isCorrection: maybe(fc.boolean()),
      version: maybe(fc.oneof(fc.constantFrom(1, 2, 0, -1, 1.5), fc.integer())),
      id: maybe(fc.uuid()),
      createdBy: maybe(fc.string()),
    },
    { requiredKeys: [] },
  );
}

const sourceShape = fc.record(
  {
    url: maybe(
      fc.oneof(
        fc.webUrl(),
        fc.constantFrom("https://example.org/a", "ftp://x", "javascript:alert(1)", "http://"),
        junkString,
      ),
    ),
    title: fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), junkString),
    outlet: maybe(fc.string({ maxLength: 250 })),
    author: maybe(fc.string({ maxLength: 250 })),
    publishedOn: maybe(date),
    language: maybe(fc.string({ maxLength: 25 })),
    archivedUrl: maybe(fc.oneof(fc.webUrl(), junkString)),
  },
  { requiredKeys: [] },
);

/** Bodies as text: JSON of a shaped object, JSON of anything, or not JSON at all. */
function bodies(shape: fc.Arbitrary<unknown>) {
  return fc.oneof(
    { weight: 6, arbitrary: shape.map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.constantFrom("", "{", "null", "[]", '{"version":', "\u0000") },
  );
}

describeOnEveryServer("write API never fails on random bodies", (get) => {
  let token: string;
  let partyIds: string[];
  let sourceIds: string[];

  beforeAll(async () => {
    const { db } = get();
    token = (await userWithToken(db, "editor")).token;
    partyIds = (await db.select({ id: parties.id }).from(parties).limit(5)).map((r) => r.id);
    sourceIds = (await db.select({ id: sources.id }).from(sources).limit(5)).map((r) => r.id);
  });

  async function counts() {
    const { db } = get();
    const [e] = await db.select({ n: count() }).from(events);
    const [s] = await db.select({ n: count() }).from(sources);
    const [r] = await db.select({ n: count() }).from(revisions);
    return { events: e?.n ?? 0, sources: s?.n ?? 0, revisions: r?.n ?? 0 };
  }

  async function check<T>(name: string, inputs: fc.Arbitrary<T>, call: (input: T) => Promise<Answer>) {
    const histogram: Record<string, number> = {};
    let fiveHundreds = 0;
    const outcome = await fc.check(
      fc.asyncProperty(inputs, async (body) => {
        const before = await counts();
        let result: Answer;
        try {
          result = await call(body);
        } catch {
          fiveHundreds += 1;
          histogram["500"] = (histogram["500"] ?? 0) + 1;
          return false;
        }
        histogram[result.status] = (histogram[result.status] ?? 0) + 1;
        if (result.status >= 500) return false;
        if (result.status >= 400) expect(await counts()).toEqual(before);
        return true;
      }),
      { numRuns: RUNS },
    );
    const total = Object.values(histogram).reduce((a, b) => a + b, 0);
    console.log(
      `[property] ${get().serverName} ${name}: ${total} inputs, 5xx ${fiveHundreds}, statuses ${JSON.stringify(histogram)}`,
    );
    expect(outcome.failed ? outcome.counterexample : null).toBeNull();
    expect(total).toBeGreaterThanOrEqual(RUNS);
    // Rejections alone would pass vacuously; the arbitraries must also reach the service.
    expect((histogram[201] ?? 0) + (histogram[200] ?? 0) + (histogram[409] ?? 0)).toBeGreaterThan(0);
  }

  it(`POST /events: ${RUNS} bodies, no 5xx, rejected bodies write nothing`, async () => {
    await check("POST /events", bodies(eventShape(partyIds, sourceIds)), (body) =>
      apiCreateEvent(get().db, { headers: bearer(token), body }),
    );
  }, 120_000);

  it(`PATCH /events/{key}: ${RUNS} bodies`, async () => {
    const created = await apiCreateEvent(get().db, {
      headers: bearer(token),
      body: JSON.stringify({
        title: "Patch target",
        kind: "talks",
        status: "scheduled",
        startsOn: "2022-01-01",
      }),
    });
    const id = (created.body as { id: string }).id;
    await check("PATCH /events/{key}", bodies(eventShape(partyIds, sourceIds)), (body) =>
      apiUpdateEvent(get().db, id, { headers: bearer(token), body }),
    );
  }, 120_000);

  it(`DELETE /events/{key}: ${RUNS} bodies`, async () => {
    const { db } = get();
    // Targets made up front, so the before/after counts see only the delete itself.
    const pool: string[] = [];
    for (let i = 0; i < 30; i++) {
      const created = await apiCreateEvent(db, {
        headers: bearer(token),
        body: JSON.stringify({
          title: `Delete target ${i}`,
          kind: "talks",
          status: "scheduled",
          startsOn: "2022-01-01",
        }),
      });
      pool.push((created.body as { id: string }).id);
    }
    const key = fc.oneof(fc.constantFrom(...pool), fc.string(), fc.uuid(), fc.constantFrom("ukraine", ""));
    const body = bodies(
      fc.record({ version: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.anything()) }, { requiredKeys: [] }),
    );
    await check("DELETE /events/{key}", fc.tuple(key, body), ([k, b]) =>
      apiDeleteEvent(db, k, { headers: bearer(token), body: b }),
    );
  }, 120_000);

  it(`POST /sources: ${RUNS} bodies`, async () => {
    await check("POST /sources", bodies(sourceShape), (body) =>
      apiCreateSource(get().db, { headers: bearer(token), body }),
    );
  }, 120_000);
});
