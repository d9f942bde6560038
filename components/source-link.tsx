import type { CitationView } from "@/lib/queries/events";

/** rel for links to third-party sources: no opener, no referrer, no SEO endorsement of user-supplied links. */
export const externalRel = "noopener noreferrer nofollow ugc";

/** One citation: the source title as a link (http/https only, enforced in the database), outlet, date, excerpt. */
export function SourceCitation({
  source,
}: {
  source: Omit<CitationView, "sourceId"> & { sourceId?: string };
}) {
  return (
    <li className="border-l-2 border-rule pl-3">
      {source.url ? (
        <a href={source.url} target="_blank" rel={externalRel} className="font-medium">
          {source.title}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      ) : (
        <span className="font-medium">{source.title}</span>
      )}
      <span className="text-sm text-muted">
        {source.outlet ? ` — ${source.outlet}` : ""}
        {source.publishedOn ? `, ${source.publishedOn}` : ""}
      </span>
      {source.archivedUrl ? (
        <>
          {" "}
          <a href={source.archivedUrl} target="_blank" rel={externalRel} className="text-sm">
            archived copy
          </a>
        </>
      ) : null}
      {source.excerpt ? (
        <blockquote className="mt-1 font-serif text-sm italic text-ink/80">{source.excerpt}</blockquote>
      ) : null}
    </li>
  );
}
