"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="mb-2 font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="mb-4 text-muted">
        The page could not be loaded. Your link is fine; please try again in a moment.
      </p>
      <button
        type="button"
        onClick={reset}
        className="rounded border border-rule bg-white px-4 py-2 hover:bg-stone-50"
      >
        Try again
      </button>
    </div>
  );
}
