"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { TimelineWindow } from "@/lib/queries/timeline";
import { fetchJson } from "@/lib/query-client";
import { QueryProvider } from "../query-provider";

/** What the fetcher reports for the window asked for (`data` may still be the previous window's). */
export type FetchedWindow = {
  url: string;
  data: TimelineWindow | undefined;
  loading: boolean;
  error: string | null;
  retry: () => void;
};

type Props = {
  /** The /api/v1/timeline URL of the window in view (timelineApiUrl). */
  url: string;
  /** Windows the server already sent, by URL: used as they are, never asked for again. */
  seeds: { url: string; data: TimelineWindow }[];
  /** Neighbouring windows to fetch ahead, so panning finds them cached. */
  ahead: string[];
  onResult: (result: FetchedWindow) => void;
};

/**
 * Fetches windows the server did not send. Loaded (with TanStack Query) only
 * once the reader moves or filters the timeline, so the first view costs
 * neither the library nor a request.
 */
export function TimelineFetcher(props: Props) {
  return (
    <QueryProvider>
      <Fetch {...props} />
    </QueryProvider>
  );
}

function Fetch({ url, seeds, ahead, onResult }: Props) {
  const query = useQuery({
    queryKey: ["timeline", url],
    queryFn: () => fetchJson<TimelineWindow>(url),
    initialData: seeds.find((seed) => seed.url === url)?.data,
    placeholderData: keepPreviousData,
  });
  const client = useQueryClient();
  const aheadKey = ahead.join(" ");

  useEffect(() => {
    for (const next of aheadKey.split(" ")) {
      void client.prefetchQuery({
        queryKey: ["timeline", next],
        queryFn: () => fetchJson<TimelineWindow>(next),
      });
    }
  }, [client, aheadKey]);

  const { data, isFetching, isPlaceholderData, isError, error, refetch } = query;
  useEffect(() => {
    onResult({
      url,
      data,
      loading: isFetching && isPlaceholderData,
      error: isError ? error.message : null,
      retry: () => void refetch(),
    });
  }, [onResult, url, data, isFetching, isPlaceholderData, isError, error, refetch]);
  return null;
}
