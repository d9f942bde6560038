import "server-only";
import type { Database } from "@/db/client";
import { type EventView, listEvents } from "@/lib/queries/events";
import { listProcesses, type ProcessView } from "@/lib/queries/processes";

export type ProcessSummary = { process: ProcessView; latest?: EventView; next?: EventView };

/** Each public process with its latest held round and its next scheduled talks, as of `today`. */
export async function listProcessSummaries(db: Database, today: string): Promise<ProcessSummary[]> {
  const processes = await listProcesses(db);
  return Promise.all(
    processes.map(async (p) => {
      const [held, next] = await Promise.all([
        listEvents(db, { process: p.slug, kinds: ["talks"], to: today, limit: 1000 }),
        listEvents(db, { process: p.slug, status: ["scheduled"], from: today, limit: 1 }),
      ]);
      return { process: p, latest: held.filter((e) => e.status === "held").at(-1), next: next[0] };
    }),
  );
}
