"use client";

import { useRef, useState } from "react";

/** Gives the iframe snippet for the current view (same URL state, /embed route). */
export function EmbedButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [snippet, setSnippet] = useState("");
  const [copied, setCopied] = useState(false);

  async function open() {
    // Loaded on the first click: few readers embed, and `/` counts every kilobyte before interaction.
    const { embedSnippet } = await import("@/lib/embed/snippet");
    const { origin, search } = window.location;
    setSnippet(embedSnippet(origin, search));
    setCopied(false);
    dialog.current?.showModal();
  }

  return (
    <>
      <button type="button" className="parley-button" onClick={open}>
        Embed
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="embed-title"
        className="m-auto w-[min(40rem,92vw)] rounded border border-rule p-4 backdrop:bg-black/40"
      >
        <h2 id="embed-title" className="mb-2 font-serif text-lg font-semibold">
          Embed this view
        </h2>
        <p className="mb-2 text-sm text-muted">
          Paste this into your page. The frame shows the timeline with the current filters and resizes itself
          to its content.
        </p>
        <label className="block text-sm">
          <span className="sr-only">Embed code</span>
          <textarea
            readOnly
            value={snippet}
            rows={7}
            className="parley-input w-full font-mono text-xs"
            onFocus={(e) => e.target.select()}
          />
        </label>
        <div className="mt-3 flex justify-end gap-2">
          <button
            type="button"
            className="parley-button"
            onClick={async () => {
              await navigator.clipboard?.writeText(snippet).catch(() => {});
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy code"}
          </button>
          <button type="button" className="parley-button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
