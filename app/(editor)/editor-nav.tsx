"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/editor/events", label: "Events", also: ["/editor"] },
  { href: "/editor/positions", label: "Positions" },
  { href: "/editor/processes", label: "Processes" },
  { href: "/editor/sources", label: "Sources" },
  { href: "/editor/parties", label: "Parties" },
  { href: "/editor/people", label: "People" },
  { href: "/editor/topics", label: "Topics" },
  { href: "/editor/import", label: "Import article" },
];

/** Whether `pathname` is inside the section at `href` (its list, forms and history pages). */
export function inSection(pathname: string, href: string, also: readonly string[] = []): boolean {
  return pathname === href || pathname.startsWith(`${href}/`) || also.includes(pathname);
}

/** The editor's sections, the current one marked for sight and for screen readers. */
export function EditorNav() {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Editor" className="flex flex-wrap gap-x-4 gap-y-1">
      {sections.map((s) => {
        const current = inSection(pathname, s.href, s.also);
        return (
          <Link
            key={s.href}
            href={s.href}
            aria-current={current ? "page" : undefined}
            className={current ? "font-semibold text-ink no-underline" : undefined}
          >
            {s.label}
          </Link>
        );
      })}
    </nav>
  );
}

/** A link in the account corner, marked when it is the page shown. */
export function AccountLink({ href, children }: { href: string; children: string }) {
  const current = inSection(usePathname() ?? "", href);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={current ? "font-semibold text-ink no-underline" : undefined}
    >
      {children}
    </Link>
  );
}
