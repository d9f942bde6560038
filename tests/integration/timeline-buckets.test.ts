import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect, it } from "vitest";
import { eventKinds, eventStatuses, participantRoles } from "../../lib/domain";
import { getTimelineWindow } from "../../lib/queries/timeline";
import {
  createEvent,
  deleteEvent,
  snapshotToInput,
  undeleteEvent,
  updateEvent,
} from "../../lib/services/events";
import { eventInput } from "../../lib/validation/events";
import { timelineQuerySchema } from "../../lib/validation/timeline-query";
import { describeOnEveryServer, seedProcessId } from "../support/databases";

const NIL = "00000000-0000-0000-0000-000000000000";
const meta = { userId: "bucket-test" };

/**
 * The bucket counts recomputed from scratch by the visibility rule, written independently of the
 * migration's functions: public events under every process key they belong to (all, their own,
 * linked ones), lane party = first public participant (speakers first, then by name); statements
 * not tied to an event under a public party and topic.
 */
const RECOUNT = sql.raw(`
  with ev as (
    select e.id, e.kind, e.status, e.starts_on, e.process_id,
      coalesce((select p.id from event_participants ep join parties p on p.id = ep.party_id
        where ep.event_id = e.id and p.publication = 'published' and p.deleted_at is null
        order by (ep.role = 'speaker') desc, p.name, p.id limit 1), '${NIL}') as lane
    from events e where e.publication = 'published' and e.deleted_at is null
  ), ev_keys as (
    select '${NIL}'::uuid as k, ev.* from ev
    union select ev.process_id, ev.* from ev
    union select epr.process_id, ev.* from ev join event_processes epr on epr.event_id = ev.id
  ), pos as (
    select p.process_id, p.stated_on, p.party_id from positions p
    join parties pa on pa.id = p.party_id and pa.publication = 'published' and pa.deleted_at is null
    join topics tp on tp.id = p.topic_id and tp.publication = 'published' and tp.deleted_at is null
    where p.publication = 'published' and p.deleted_at is null and p.event_id is null
  ), items as (
    select k, kind, status, lane, starts_on from ev_keys
    union all select '${NIL}'::uuid, 'position', '', party_id, stated_on from pos
    union all select process_id, 'position', '', party_id, stated_on from pos
  )
  select k::text as process_key, g as granularity, to_char(date_trunc(g, starts_on), 'YYYY-MM-DD') as bucket_start,
         kind, status, lane::text as lane_party, count(*)::int as items
  from items cross join unnest(array['week', 'month']) g
  group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`);

const STORED = sql.raw(`
  select process_key::text, granularity, to_char(bucket_start, 'YYYY-MM-DD') as bucket_start,
         kind, status, lane_party::text, items
  from timeline_buckets where items <> 0 order by 1, 2, 3, 4, 5, 6`);

type Op = { op: number; a: number; b: number; c: number };

describeOnEveryServer("timeline bucket counts kept by triggers", (get) => {
  async function ids(table: string): Promise<string[]> {
    const result = await get().db.execute<{ id: string }>(sql.raw(`select id from ${table} order by id`));
    return result.rows.map((r) => r.id);
  }
  const pick = <T>(list: T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
  const day = (n: number) =>
    new Date(Date.UTC(2021, 0, 1) + (n % 900) * 86_400_000).toISOString().slice(0, 10);

  async function expectCountsMatchRecount() {
    const { db } = get();
    const [expected, stored, negative] = await Promise.all([
      db.execute(RECOUNT),
      db.execute(STORED),
      db.execute<{ n: number }>(sql`select count(*)::int as n from timeline_buckets where items < 0`),
    ]);
    expect(negative.rows[0]?.n).toBe(0);
    expect(stored.rows).toEqual(expected.rows);
  }

  /** Random writes, through the services and in raw SQL; one the database refuses is rolled back and counted. */
  async function apply({ op, a, b, c }: Op, processes: string[]) {
    const { db } = get();
    const [parties, topics, sources] = await Promise.all([ids("parties"), ids("topics"), ids("sources")]);
    const events = await ids("events");
    const event = pick(events, a);
    const party = pick(parties, b);
    const source = pick(sources, c);
    const kind = eventKinds[b % eventKinds.length];
    const status = eventStatuses[c % eventStatuses.length];
    const role = participantRoles[a % participantRoles.length] ?? "delegation";
    switch (op % 16) {
      case 0: {
        await createEvent(
          db,
          eventInput.parse({
            title: `Bucket event ${a}-${b}-${c}`,
            processId: pick(processes, c),
            kind,
            status,
            startsOn: day(a),
            endsOn: b % 3 === 0 ? day(a + (c % 40)) : undefined,
            publication: c % 3 === 0 ? "draft" : "published",
            participants: party ? [{ partyId: party, role }] : [],
            sources: [{ sourceId: source, excerpt: null }],
          }),
          meta,
        );
        return;
      }
      case 1:
      case 2: {
        if (!event) return;
        const snapshot = await import("../../lib/services/events").then((m) => m.getEventSnapshot(db, event));
        if (!snapshot) return;
        const input = snapshotToInput(snapshot);
        const participants =
          op % 16 === 1 && party ? [{ partyId: party, role }] : input.participants.slice(1);
        await updateEvent(
          db,
          event,
          snapshot.version,
          {
            ...input,
            kind: kind ?? input.kind,
            startsOn: op % 16 === 1 ? day(b) : input.startsOn,
            endsOn: null,
            publication: c % 4 === 0 ? "draft" : input.publication,
            participants,
          },
          meta,
        );
        return;
      }
      case 3: {
        if (!event) return;
        const snapshot = await import("../../lib/services/events").then((m) => m.getEventSnapshot(db, event));
        if (!snapshot) return;
        await (snapshot.deletedAt ? undeleteEvent : deleteEvent)(db, event, snapshot.version, meta);
        return;
      }
      case 4:
        await db.transaction(async (tx) => {
          const inserted = await tx.execute<{ id: string }>(sql`
            insert into events (slug, process_id, title, kind, status, starts_on, ends_on, publication)
            values (${`raw-${a}-${b}-${c}-${Date.now()}`}, ${pick(processes, b)}, 'Raw event', ${kind}, ${status},
                    ${day(c)}::date, ${b % 2 ? day(c + 5) : null}::date, ${a % 4 ? "published" : "draft"})
            returning id`);
          const id = inserted.rows[0]?.id;
          await tx.execute(sql`insert into event_sources (event_id, source_id) values (${id}, ${source})`);
          if (party)
            await tx.execute(
              sql`insert into event_participants values (${id}, ${party}, ${role}) on conflict do nothing`,
            );
        });
        return;
      case 5:
        await db.execute(
          sql`update events set starts_on = ${day(b)}::date, ends_on = null, status = ${status} where id = ${event}`,
        );
        return;
      case 6:
        await db.execute(sql`update events set publication = case publication when 'draft' then 'published' else 'draft' end
          where id = ${event}`);
        return;
      case 7:
        await db.execute(
          sql`update events set deleted_at = case when deleted_at is null then now() end where id = ${event}`,
        );
        return;
      case 8:
        await db.execute(sql`delete from events where id = ${event}`);
        return;
      case 9:
        await db.execute(
          sql`insert into event_participants values (${event}, ${party}, ${role}) on conflict do nothing`,
        );
        return;
      case 10:
        await db.execute(sql`delete from event_participants where ctid in
          (select ctid from event_participants where event_id = ${event} limit 1)`);
        return;
      case 11:
        await db.execute(sql`update event_participants set role = case role when 'speaker' then 'delegation' else 'speaker' end
          where event_id = ${event}`);
        return;
      case 12:
        if (b % 2)
          await db.execute(
            sql`insert into event_processes values (${event}, ${pick(processes, c)}) on conflict do nothing`,
          );
        else await db.execute(sql`delete from event_processes where event_id = ${event}`);
        return;
      case 13:
        if (b % 3 === 0)
          await db.execute(sql`update parties set name = name || ' ' || ${String(c)} where id = ${party}`);
        else
          await db.execute(sql`update parties set publication = case publication when 'draft' then 'published' else 'draft' end
            where id = ${party}`);
        return;
      case 14:
        await db.execute(sql`update topics set publication = case publication when 'draft' then 'published' else 'draft' end
          where id = ${pick(topics, c)}`);
        return;
      default: {
        const positions = await ids("positions");
        const position = pick(positions, a);
        if (b % 4 === 0) {
          await db.transaction(async (tx) => {
            const inserted = await tx.execute<{ id: string }>(sql`
              insert into positions (process_id, party_id, topic_id, stated_on, kind, stance, summary, publication)
              values (${pick(processes, a)}, ${party}, ${pick(topics, c)}, ${day(c)}::date, 'position', 'supports',
                      'Raw position', 'published') returning id`);
            await tx.execute(
              sql`insert into position_sources (position_id, source_id) values (${inserted.rows[0]?.id}, ${source})`,
            );
          });
        } else if (b % 4 === 1) {
          await db.execute(sql`update positions set stated_on = ${day(c)}::date where id = ${position}`);
        } else if (b % 4 === 2) {
          await db.execute(sql`update positions set event_id = case when event_id is null then ${event}::uuid end
            where id = ${position}`);
        } else {
          await db.execute(sql`delete from positions where id = ${position}`);
        }
      }
    }
  }

  it("equals a full recount after random inserts, edits, unpublishing, deletes and participant changes", async () => {
    const { db } = get();
    const seedProcess = await seedProcessId(db);
    const other = await db.execute<{ id: string }>(sql`
      insert into processes (slug, name, publication) values ('bucket-test-process', 'Bucket test process', 'published')
      returning id`);
    const processes = [seedProcess, other.rows[0]?.id ?? seedProcess];
    await expectCountsMatchRecount(); // the migration's backfill of the seed
    let refused = 0;
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ op: fc.nat(15), a: fc.nat(10_000), b: fc.nat(10_000), c: fc.nat(10_000) }), {
          minLength: 1,
          maxLength: 8,
        }),
        async (ops) => {
          for (const op of ops) {
            await apply(op, processes).then(
              () => applied++,
              () => refused++,
            );
            await expectCountsMatchRecount();
          }
        },
      ),
      { numRuns: 25 },
    );
    const total = await db.execute<{ n: number }>(sql`select count(*)::int as n from timeline_items`);
    // The set-wise rebuild (bulk loads, the migration's backfill) follows the same rules.
    await db.execute(sql`select parley_timeline_rebuild()`);
    await expectCountsMatchRecount();
    console.log(`${applied} writes applied, ${refused} refused; ${total.rows[0]?.n} timeline item rows`);
    expect(applied).toBeGreaterThan(25);
  }, 240_000);

  it("the window's totals come from the buckets and equal a live count", async () => {
    const { db } = get();
    const window = await getTimelineWindow(
      db,
      timelineQuerySchema.parse({ from: "2020-01-01", to: "2024-12-31", lanes: "party" }),
    );
    const live = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from events where publication = 'published' and deleted_at is null`,
    );
    expect(window.counts.published).toBe(live.rows[0]?.n);
    expect(window.counts.matching).toBe(live.rows[0]?.n);
  });

  it("a window with more than 300 items is aggregated from the buckets, every public item counted once", async () => {
    const { db } = get();
    const processId = await seedProcessId(db);
    await db.transaction(async (tx) => {
      const source = await tx.execute<{ id: string }>(sql`select id from sources limit 1`);
      await tx.execute(sql`
        insert into events (slug, process_id, title, kind, status, starts_on, ends_on, publication)
        select 'crowd-' || i, ${processId}, 'Crowd ' || i, 'talks', 'held', date '2030-03-01' + (i % 28),
               case when i % 50 = 0 then date '2030-03-01' + (i % 28) + 40 end, 'published'
        from generate_series(1, 700) i`);
      await tx.execute(sql`insert into event_sources (event_id, source_id)
        select id, ${source.rows[0]?.id} from events where slug like 'crowd-%'`);
    });
    const window = await getTimelineWindow(
      db,
      timelineQuerySchema.parse({ from: "2030-04-02", to: "2030-06-30", lanes: "kind" }),
    );
    // Started in March, still running on 2 April: counted in the first week, not lost.
    const running = await db.execute<{ n: number }>(sql`select count(*)::int as n from events
      where slug like 'crowd-%' and ends_on >= '2030-04-02'`);
    expect(window.mode).toBe("items");
    expect(window.items.filter((i) => i.type === "event").length).toBe(running.rows[0]?.n);

    const march = await getTimelineWindow(
      db,
      timelineQuerySchema.parse({ from: "2030-03-01", to: "2030-04-30", lanes: "kind" }),
    );
    expect(march.mode).toBe("aggregate");
    expect(march.buckets.reduce((n, b) => n + b.count, 0)).toBe(700);
    expect(march.counts.inWindow).toBe(700);
    expect(new Set(march.buckets.map((b) => b.lane))).toEqual(new Set(["kind:talks"]));

    // From mid-March: the window widens to whole weeks; events that began before its first week and
    // run into it are counted in that week.
    const mid = await getTimelineWindow(
      db,
      timelineQuerySchema.parse({ from: "2030-03-15", to: "2030-06-30", lanes: "kind" }),
    );
    const expected = await db.execute<{ n: number; first: string }>(sql`
      select count(*)::int as n, to_char(date_trunc('week', date '2030-03-15'), 'YYYY-MM-DD') as first from events
      where slug like 'crowd-%' and (starts_on >= date_trunc('week', date '2030-03-15')
        or ends_on >= date_trunc('week', date '2030-03-15'))`);
    expect(mid.mode).toBe("aggregate");
    expect(mid.buckets.reduce((n, b) => n + b.count, 0)).toBe(expected.rows[0]?.n);
    expect(mid.buckets[0]?.start).toBe(expected.rows[0]?.first);
  });
});
