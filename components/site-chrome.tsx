import Link from "next/link";
import type { ReactNode } from "react";

/** The site's header, main column and footer, shared by readers' and editors' pages; /embed has none. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        Skip to content
      </a>
      <header className="border-b border-rule bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-serif text-2xl font-bold tracking-tight text-ink no-underline">
            Parley
          </Link>
          <nav aria-label="Main" className="flex gap-5 text-sm">
            <Link href="/">Timeline</Link>
            <Link href="/compare">Compare positions</Link>
            <Link href="/editor">Editors</Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-6xl border-t border-rule px-4 py-6 text-sm text-muted">
        Every event and position links to its sources. Dates carry the precision the source gives.
        <nav aria-label="Reuse" className="mt-2 flex flex-wrap gap-4">
          <Link href="/api">API</Link>
          <Link href="/data">Data downloads</Link>
          <a href="/feed.xml">Atom feed</a>
          <a href="/calendar.ics">Calendar</a>
        </nav>
      </footer>
    </>
  );
}
