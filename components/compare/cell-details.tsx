"use client";

import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import type { CompareCellDetails } from "@/lib/compare/cached";
import { fetchJson } from "@/lib/query-client";
import { QueryProvider } from "../query-provider";
import { StatementNote } from "./statement-note";

/**
 * A cell's statements, fetched from GET /api/v1/compare/cell when the reader
 * first opens the cell, so the matrix carries stances only and stays small at
 * any data size. Until then (and without JavaScript) `fallback` links to the
 * statements' page. The query lives in a child mounted on first opening: a
 * useQuery per cell cost ~11% of the server's CPU rendering ~250 closed cells.
 */
/** With its own QueryProvider: TanStack Query is not in the root layout (components/query-provider.tsx). */
export function CellDetails(props: { src: string; summary: ReactNode; fallback: ReactNode }) {
  return (
    <QueryProvider>
      <CellDetailsBody {...props} />
    </QueryProvider>
  );
}

function CellDetailsBody({
  src,
  summary,
  fallback,
}: {
  src: string;
  summary: ReactNode;
  fallback: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="cmp-det" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="cmp-sum">{summary}</summary>
      {opened ? <Statements src={src} fallback={fallback} /> : fallback}
    </details>
  );
}

function Statements({ src, fallback }: { src: string; fallback: ReactNode }) {
  const query = useQuery({
    queryKey: ["compare-cell", src],
    queryFn: () => fetchJson<CompareCellDetails>(src),
  });
  return (
    <div className="space-y-2" aria-busy={query.isFetching}>
      {query.data
        ? query.data.notes.map((n) => (
            <StatementNote key={n.position.id} position={n.position} label={n.label} />
          ))
        : fallback}
      {query.isError ? <p className="text-xs text-accent">The statements could not be loaded.</p> : null}
    </div>
  );
}
