import type { Metadata } from "next";
import { SourceForm } from "@/components/forms/source-form";
import { sourceActions } from "../../form-actions";

export const metadata: Metadata = { title: "New source" };

export default function NewSourcePage() {
  return (
    <div>
      <h1 className="mb-4 font-serif text-2xl font-bold">New source</h1>
      <SourceForm actions={sourceActions} />
    </div>
  );
}
