"use client";

import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { makeQueryClient } from "@/lib/query-client";

let browserClient: QueryClient | undefined;

/**
 * TanStack Query for the parts that fetch after load (the timeline's later
 * windows, its details panel, compare cells). Not in the root layout: a page
 * that never fetches does not load the library. One client per browser tab,
 * shared by every provider, so their caches are one; a fresh one per server render.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  if (typeof window === "undefined")
    return <QueryClientProvider client={makeQueryClient()}>{children}</QueryClientProvider>;
  browserClient ??= makeQueryClient();
  const client = browserClient;
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
