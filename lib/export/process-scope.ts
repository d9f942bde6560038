/**
 * The rows of one process in a public bundle, on top of the public rule: its
 * own events and positions, and the parties, people, topics and sources they
 * (or the process itself) point at, so the bundle loads into a database that
 * holds other processes without a dangling reference. Links from its events to
 * other processes (`event_processes`) are left out: they would name a process
 * the bundle does not carry.
 */
export type ProcessScope = {
  /** Extra condition per table, ANDed with the public rule. */
  where: Record<string, string>;
  /** The ids of the process's public events, for a position's event link. */
  events: string;
  /** Subqueries of the ids of the reference rows the process points at: the API's `process=` on its lists. */
  members: Record<"parties" | "people" | "topics" | "sources", string>;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `processId` comes from the database (a resolved slug), never from the request; it is checked anyway. */
export function processScope(processId: string, publicEvent: string, publicPosition: string): ProcessScope {
  if (!uuidPattern.test(processId)) throw new Error(`not a process id: ${processId}`);
  const p = `'${processId}'::uuid`;
  const events = `(select id from events where ${publicEvent} and process_id = ${p})`;
  const positions = `(select id from positions where ${publicPosition} and process_id = ${p})`;
  const people = `(select person_id from event_people where event_id in ${events}
    union select person_id from positions where id in ${positions} and person_id is not null)`;
  const parties = `(select party_id from process_parties where process_id = ${p}
    union select party_id from event_participants where event_id in ${events}
    union select party_id from positions where id in ${positions}
    union select party_id from people where id in ${people})`;
  const sources = `(select source_id from event_sources where event_id in ${events}
    union select source_id from position_sources where position_id in ${positions}
    union select source_id from process_sources where process_id = ${p})`;
  const topics = `(select topic_id from positions where id in ${positions})`;
  return {
    events,
    members: { parties, people, topics, sources },
    where: {
      parties: `id in ${parties}`,
      people: `id in ${people}`,
      topics: `id in ${topics}`,
      sources: `id in ${sources}`,
      processes: `id = ${p}`,
      process_parties: `process_id = ${p}`,
      process_sources: `process_id = ${p}`,
      events: `process_id = ${p}`,
      event_processes: "false",
      event_participants: `event_id in ${events}`,
      event_people: `event_id in ${events}`,
      event_sources: `event_id in ${events}`,
      positions: `process_id = ${p}`,
      position_sources: `position_id in ${positions}`,
    },
  };
}
