import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { compareEndpoints, resources, timelineEndpoints } from "@/lib/api/catalog";
import { originFromHeaders } from "@/lib/api/public-origin";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { EndpointDoc } from "./endpoint-doc";

export const metadata: Metadata = {
  title: "API",
  description: "Parley's open read API, Atom feeds and calendar: documented, paged, cacheable.",
};

type Operation = Parameters<typeof EndpointDoc>[0]["op"];

/** /api — the OpenAPI document rendered for people, grouped by resource. */
export default async function ApiPage() {
  const origin = originFromHeaders(await headers());
  const doc = buildOpenApiDocument(origin);
  const op = (path: string) => (doc.paths[path] as { get: Operation }).get;
  /** One documented operation, with a curl line for `example` (the path with real values). */
  const endpoint = (path: string, example: string) => (
    <EndpointDoc path={path} op={op(path)} curl={`curl '${origin}${example}'`} />
  );
  const { window: timelineWindow, item: timelineItem } = timelineEndpoints;
  return (
    <article className="mx-auto max-w-4xl">
      <h1 className="mb-2 font-serif text-3xl font-bold">API</h1>
      <p className="mb-2 max-w-2xl">{doc.info.description}</p>
      <ul className="mb-6 list-disc pl-5 text-sm">
        <li>
          Machine-readable: <a href="/api/v1/openapi.json">OpenAPI 3.1 document (openapi.json)</a>
        </li>
        <li>
          Subscriptions: <a href="/feed.xml">Atom feed</a> and <a href="/calendar.ics">calendar (.ics)</a>,
          each filterable, e.g. <code>/feed.xml?party=ukraine&amp;topic=neutral-status</code>
        </li>
        <li>
          Bulk data: <Link href="/data">JSON and CSV downloads</Link>
        </li>
        <li>
          Not here yet: the write API with personal tokens (it uses the editors&apos; accounts, which are
          being built).
        </li>
      </ul>
      <nav aria-label="Resources" className="mb-6 flex flex-wrap gap-4 text-sm">
        {resources.map((r) => (
          <a key={r.name} href={`#${r.name}`}>
            {r.title}
          </a>
        ))}
        <a href="#compare">Compare</a>
        <a href="#timeline">Timeline</a>
        <a href="#subscriptions">Subscriptions</a>
      </nav>
      {resources.map((r) => (
        <ApiSection key={r.name} id={r.name} title={r.title}>
          {endpoint(`/api/v1/${r.name}`, `/api/v1/${r.name}?${r.example}`)}
          {endpoint(`/api/v1/${r.name}/{key}`, `/api/v1/${r.name}/${r.key.example}`)}
        </ApiSection>
      ))}
      <ApiSection id="compare" title="Compare">
        {Object.values(compareEndpoints).map((e) => (
          <EndpointDoc
            key={e.path}
            path={e.path}
            op={op(e.path)}
            curl={`curl '${origin}${e.path}?${e.example}'`}
          />
        ))}
      </ApiSection>
      <ApiSection id="timeline" title="Timeline">
        {endpoint(timelineWindow.path, `${timelineWindow.path}?${timelineWindow.example}`)}
        {endpoint(timelineItem.path, `/api/v1/timeline/items/${timelineItem.ref.example}`)}
      </ApiSection>
      <ApiSection id="subscriptions" title="Subscriptions" last>
        {endpoint("/feed.xml", "/feed.xml?party=ukraine")}
        {endpoint("/calendar.ics", "/calendar.ics?status=scheduled")}
      </ApiSection>
    </article>
  );
}

/** A group of operations under its own heading, ruled off from the one before. */
function ApiSection({
  id,
  title,
  last = false,
  children,
}: {
  id: string;
  title: string;
  /** The last section needs no space below. */
  last?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`${last ? "" : "mb-6 "}border-t border-rule pt-4`}>
      <h2 id={id} className="mb-3 font-serif text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
