import Link from "next/link";

/** The heading of an editor list, with its "New …" button. */
export function ListHeader({
  title,
  newHref,
  newLabel,
}: {
  title: string;
  newHref: string;
  newLabel: string;
}) {
  return (
    <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
      <h1 className="font-serif text-2xl font-bold">{title}</h1>
      <Link href={newHref} className="rounded bg-ink px-3 py-1 text-white no-underline">
        {newLabel}
      </Link>
    </div>
  );
}
