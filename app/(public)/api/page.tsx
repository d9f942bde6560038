import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
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
        <section key={r.name} aria-labelledby={r.name} className="mb-6 border-t border-rule pt-4">
          <h2 id={r.name} className="mb-3 font-serif text-2xl font-semibold">
            {r.title}
          </h2>
          <EndpointDoc
            path={`/api/v1/${r.name}`}
            op={op(`/api/v1/${r.name}`)}
            curl={`curl '${origin}/api/v1/${r.name}?${r.example}'`}
          />
          <EndpointDoc
            path={`/api/v1/${r.name}/{key}`}
            op={op(`/api/v1/${r.name}/{key}`)}
            curl={`curl '${origin}/api/v1/${r.name}/${r.key.example}'`}
          />
        </section>
      ))}
      <section aria-labelledby="compare" className="mb-6 border-t border-rule pt-4">
        <h2 id="compare" className="mb-3 font-serif text-2xl font-semibold">
          Compare
        </h2>
        {Object.values(compareEndpoints).map((e) => (
          <EndpointDoc
            key={e.path}
            path={e.path}
            op={op(e.path)}
            curl={`curl '${origin}${e.path}?${e.example}'`}
          />
        ))}
      </section>
      <section aria-labelledby="timeline" className="mb-6 border-t border-rule pt-4">
        <h2 id="timeline" className="mb-3 font-serif text-2xl font-semibold">
          Timeline
        </h2>
        <EndpointDoc
          path={timelineEndpoints.window.path}
          op={op(timelineEndpoints.window.path)}
          curl={`curl '${origin}${timelineEndpoints.window.path}?${timelineEndpoints.window.example}'`}
        />
        <EndpointDoc
          path={timelineEndpoints.item.path}
          op={op(timelineEndpoints.item.path)}
          curl={`curl '${origin}/api/v1/timeline/items/${timelineEndpoints.item.ref.example}'`}
        />
      </section>
      <section aria-labelledby="subscriptions" className="border-t border-rule pt-4">
        <h2 id="subscriptions" className="mb-3 font-serif text-2xl font-semibold">
          Subscriptions
        </h2>
        <EndpointDoc path="/feed.xml" op={op("/feed.xml")} curl={`curl '${origin}/feed.xml?party=ukraine'`} />
        <EndpointDoc
          path="/calendar.ics"
          op={op("/calendar.ics")}
          curl={`curl '${origin}/calendar.ics?status=scheduled'`}
        />
      </section>
    </article>
  );
}
