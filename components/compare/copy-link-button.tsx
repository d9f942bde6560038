"use client";

import { useState } from "react";

/** Copies the permalink; without JavaScript the link next to it still works. */
export function CopyLinkButton({ href }: { href: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="rounded-sm border border-rule bg-white px-2 py-0.5 text-sm hover:border-ink"
      onClick={async () => {
        await navigator.clipboard.writeText(new URL(href, window.location.href).toString());
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      <span aria-live="polite">{copied ? "Link copied" : "Copy link"}</span>
    </button>
  );
}
