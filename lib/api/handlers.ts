import "server-only";
import type { Database } from "@/db/client";
import { getDatasetVersion } from "@/lib/export/dataset-version";
import {
  getParty,
  getPerson,
  getSource,
  getTopic,
  listPartiesPage,
  listPeoplePage,
  listSourcesPage,
  listTopicsPage,
} from "@/lib/queries/directory";
import { getEventByKey, listEventsPage } from "@/lib/queries/events";
import { getPosition, listPositionsPage } from "@/lib/queries/positions";
import { getProcess, listProcessesPage } from "@/lib/queries/processes";
import type {
  PeopleQuery,
  PositionsQuery,
  SlugOrderedQuery,
  SourcesQuery,
} from "@/lib/validation/directory-query";
import type { EventsQuery } from "@/lib/validation/events-query";
import { type Resource, resource } from "./catalog";
import { type ApiResult, runItem, runList } from "./endpoint";

type Loaders = {
  list: (db: Database, query: never) => Promise<{ data: unknown[]; nextCursor: readonly string[] | null }>;
  item: (db: Database, key: string) => Promise<unknown | null>;
};

// `never` above lets each loader take its own parsed query type; runList passes the output of that resource's schema.
const loaders: Record<Resource["name"], Loaders> = {
  processes: { list: (db, q: SlugOrderedQuery) => listProcessesPage(db, q), item: getProcess },
  events: { list: (db, q: EventsQuery) => listEventsPage(db, q), item: getEventByKey },
  positions: { list: (db, q: PositionsQuery) => listPositionsPage(db, q), item: getPosition },
  parties: { list: (db, q: SlugOrderedQuery) => listPartiesPage(db, q), item: getParty },
  people: { list: (db, q: PeopleQuery) => listPeoplePage(db, q), item: getPerson },
  topics: { list: (db, q: SlugOrderedQuery) => listTopicsPage(db, q), item: getTopic },
  sources: { list: (db, q: SourcesQuery) => listSourcesPage(db, q), item: getSource },
};

/** A 200 result carries the data set's version, for the citation in its `meta` (the timeline's answers too). */
export async function versioned(db: Database, result: Promise<ApiResult>): Promise<ApiResult> {
  const done = await result;
  return done.status === 200 ? { ...done, datasetVersion: await getDatasetVersion(db) } : done;
}

/** GET /api/v1/{name}?… as data or a problem. */
export function listResource(
  db: Database,
  name: Resource["name"],
  requestUrl: string,
  origin?: string,
): Promise<ApiResult> {
  const r = resource(name);
  const load = loaders[name].list as (db: Database, query: unknown) => ReturnType<Loaders["list"]>;
  return versioned(db, runList(db, requestUrl, { query: r.query, response: r.list, origin, load }));
}

/** GET /api/v1/{name}/{key} as data or a problem. */
export function getResource(db: Database, name: Resource["name"], key: string): Promise<ApiResult> {
  const r = resource(name);
  return versioned(
    db,
    runItem(db, key, {
      key: r.key.schema,
      response: r.item,
      what: r.componentName.toLowerCase(),
      load: loaders[name].item,
    }),
  );
}
