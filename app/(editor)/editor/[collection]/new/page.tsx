import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DirectoryForm } from "@/components/forms/directory-form";
import { getDb } from "@/lib/db";
import { entryNoun, kindFromPath } from "@/lib/directory-paths";
import { partyPickerOptions } from "@/lib/queries/picker-options";
import { entryActions } from "../../form-actions";

export const metadata: Metadata = { title: "New entry" };

export default async function NewDirectoryEntryPage({ params }: { params: Promise<{ collection: string }> }) {
  await connection();
  const kind = kindFromPath((await params).collection);
  if (!kind) notFound();
  const parties = kind === "person" ? await partyPickerOptions(getDb()) : [];
  return (
    <div>
      <h1 className="mb-4 font-serif text-2xl font-bold">New {entryNoun[kind]}</h1>
      <DirectoryForm kind={kind} parties={parties} actions={entryActions} />
    </div>
  );
}
