"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { type ReactNode, useState } from "react";
import { z } from "zod";
import { makeQueryClient } from "@/lib/query-client";

// Zod 4 compiles object parsers with `new Function` after probing whether eval is allowed; the CSP
// (script-src without 'unsafe-eval') refuses it and the probe itself is reported as a violation.
// In the browser, parse without it: the forms' schemas are small.
z.config({ jitless: true });

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab; useState keeps it across re-renders.
  const [client] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={client}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  );
}
