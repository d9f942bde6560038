import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { events, processes } from "@/db/schema";
import { isPublic } from "@/lib/queries/visibility";
import type { Tx } from "./revisions";

/** A new event or position named no process and there is not exactly one to default to. */
export class ProcessRequiredError extends Error {
  constructor() {
    super("Choose a process: there is more than one (or none)");
  }
}

/**
 * The process a new row goes to when the form or API client named none: its
 * event's process for a position, else the only public process (a draft or
 * deleted one is not a choice readers could see). With several
 * processes the caller must choose, so a row never lands in the wrong one.
 */
export async function defaultProcessId(
  db: Database | Tx,
  given: string | null | undefined,
  eventId?: string | null,
): Promise<string> {
  if (given) return given;
  if (eventId) {
    const [event] = await db
      .select({ processId: events.processId })
      .from(events)
      .where(eq(events.id, eventId));
    if (event) return event.processId;
  }
  const live = await db.select({ id: processes.id }).from(processes).where(isPublic(processes)).limit(2);
  if (live.length === 1 && live[0]) return live[0].id;
  throw new ProcessRequiredError();
}
