import { env } from "@/lib/env";

/** On every page of a `npm start -- --demo` server, so no screenshot of it passes for real data. */
export function DemoBanner() {
  if (!env.PARLEY_DEMO) return null;
  return (
    <p
      role="note"
      data-demo-banner
      className="border-b border-amber-400 bg-amber-100 px-4 py-1.5 text-center text-sm font-semibold text-amber-950"
    >
      Synthetic demo data — not real events. Names, dates and sources are made up.
    </p>
  );
}
