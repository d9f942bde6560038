/**
 * Reads bundles written before peace processes existed (format version 1) as
 * version 2: the rule of migration 0007, applied to a file. Their rows join
 * the default process, which is added with the seed's values; each party joins
 * it with the strongest part it played at an event; the sources its events
 * cite become the process's sources.
 */
import { seedProcess } from "@/db/seed/istanbul-article";
import { specsFor } from "./tables";

type Row = Record<string, unknown>;
export type V1Bundle = {
  format: string;
  version: 1;
  scope: "published" | "all";
  tables: Record<string, Row[]>;
};

/** Fixed, so importing the same old bundle twice gives the same process. */
export const UPGRADED_PROCESS_ID = "7a1b9c3e-2022-4228-8a02-000000000001";
const NOTE = "Created by the processes migration; existing events and positions moved into it.";

function partyRole(roles: string[]): string {
  if (roles.some((r) => r === "delegation" || r === "speaker")) return "negotiating_party";
  if (roles.some((r) => r === "mediator" || r === "host")) return "mediator";
  if (roles.includes("guarantor")) return "guarantor";
  return roles.length ? "observer" : "negotiating_party";
}

const earliest = (values: unknown[]): string | undefined =>
  values.filter((v): v is string => typeof v === "string").sort()[0];

export function upgradeV1(bundle: V1Bundle): Row {
  const t = bundle.tables;
  const parties = t.parties ?? [];
  const events = t.events ?? [];
  const positions = t.positions ?? [];
  const hasData = parties.length + events.length + positions.length > 0;
  const processId = UPGRADED_PROCESS_ID;
  const stamp =
    earliest([...parties, ...events, ...positions].map((r) => r.createdAt)) ?? "2022-03-28T00:00:00.000000Z";
  const internal = bundle.scope === "all" ? { createdBy: null, updatedBy: null } : {};
  const process = {
    id: processId,
    slug: seedProcess.slug,
    name: seedProcess.name,
    aliases: seedProcess.aliases,
    summary: seedProcess.summary,
    conflict: seedProcess.conflict,
    startedOn: seedProcess.startedOn,
    status: seedProcess.status,
    publication: "published",
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    ...internal,
    deletedAt: null,
  };
  const participants = t.event_participants ?? [];
  const processParties = parties
    .map((p) => ({
      processId,
      partyId: p.id,
      role: partyRole(participants.filter((e) => e.partyId === p.id).map((e) => String(e.role))),
    }))
    .sort((a, b) => String(a.partyId).localeCompare(String(b.partyId)));
  const sourceIds = [...new Set((t.event_sources ?? []).map((s) => String(s.sourceId)))].sort();
  const processSources = sourceIds.map((sourceId) => ({ processId, sourceId, excerpt: null }));

  const tables: Record<string, Row[]> = {};
  for (const [name, rows] of Object.entries(t)) {
    if (name === "events") {
      tables.processes = hasData ? [process] : [];
      tables.process_parties = hasData ? processParties : [];
      tables.process_sources = hasData ? processSources : [];
      tables.events = rows.map((r) => ({ ...r, processId }));
      tables.event_processes = [];
    } else if (name === "positions") {
      tables.positions = rows.map((r) => ({ ...r, processId }));
    } else {
      tables[name] = rows;
    }
  }
  if (bundle.scope === "all" && hasData && tables.revisions) {
    const nextId = Math.max(0, ...tables.revisions.map((r) => Number(r.id))) + 1;
    const snapshot = {
      ...process,
      parties: processParties.map(({ partyId, role }) => ({ partyId, role })),
      sources: processSources.map(({ sourceId, excerpt }) => ({ sourceId, excerpt })),
    };
    tables.revisions = [
      ...tables.revisions,
      {
        id: nextId,
        entity: "process",
        entityId: processId,
        version: 1,
        snapshot,
        userId: null,
        createdAt: stamp,
        note: NOTE,
        isCorrection: false,
      },
    ];
  }
  // Tables added after version 1 besides the processes' (people at events) start empty.
  for (const spec of specsFor(bundle.scope)) tables[spec.name] ??= [];
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  return { format: bundle.format, formatVersion: 2, scope: bundle.scope, counts, tables };
}
