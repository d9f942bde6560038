import { QueryClient } from "@tanstack/react-query";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Fetches JSON, turning non-2xx answers into HttpError (with the problem title when there is one). */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { title?: string } | null;
    throw new HttpError(response.status, body?.title ?? response.statusText);
  }
  return (await response.json()) as T;
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        // Client errors will not fix themselves; network hiccups might.
        retry: (count, error) => !(error instanceof HttpError && error.status < 500) && count < 2,
      },
    },
  });
}
