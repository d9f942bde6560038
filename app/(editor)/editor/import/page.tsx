import type { Metadata } from "next";
import { ImportWorkbench } from "./import-workbench";

export const metadata: Metadata = { title: "Import an article" };

export default function ImportPage() {
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-2xl font-bold">Import an article</h1>
      <p className="max-w-prose text-sm">
        Paste a news article (its text, or the page's HTML) with its address and publication date. Parley
        reads it here, on this server — nothing is sent anywhere — and proposes the events and statements it
        reports, each with the sentence it rests on. Tick what is right, correct what is not, and accept: the
        accepted items become drafts citing the article, for you to review and publish.
      </p>
      <ImportWorkbench />
    </div>
  );
}
