import Link from "next/link";

/** Shown once after "Create event": where to go next, so the usual next step is one click away. */
export function CreatedNotice({ id, slug, published }: { id: string; slug: string; published: boolean }) {
  return (
    <section
      role="status"
      aria-labelledby="created-heading"
      className="mb-4 rounded border border-emerald-700 bg-emerald-50 p-3 text-sm"
    >
      <h2 id="created-heading" className="font-semibold">
        Event created{published ? " and published" : " as a draft"}.
      </h2>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {published ? (
          <Link href={`/events/${slug}`}>View public page</Link>
        ) : (
          <span className="text-muted">It gets a public page once published.</span>
        )}
        <Link href={`/editor/positions/new?event=${id}`}>Add a position stated here</Link>
        <Link href="/editor/events/new">Add another event</Link>
      </p>
    </section>
  );
}
