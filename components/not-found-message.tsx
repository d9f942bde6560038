import Link from "next/link";

export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="mb-2 font-serif text-3xl font-bold">Not found</h1>
      <p className="mb-4 text-muted">
        There is no published page at this address. It may have been renamed or unpublished.
      </p>
      <Link href="/">Back to the timeline</Link>
    </div>
  );
}
