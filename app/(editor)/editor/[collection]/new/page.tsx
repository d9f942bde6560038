import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ActorForm } from "@/components/forms/actor-form";
import { getDb } from "@/db";
import { actorNoun, kindFromPath } from "@/lib/directory-paths";
import { partyPickerOptions } from "@/lib/queries/picker-options";

export const metadata: Metadata = { title: "New entry" };

export default async function NewDirectoryEntryPage({ params }: { params: Promise<{ collection: string }> }) {
  await connection();
  const kind = kindFromPath((await params).collection);
  if (!kind) notFound();
  const parties = kind === "person" ? await partyPickerOptions(getDb()) : [];
  return (
    <div>
      <h1 className="mb-4 font-serif text-2xl font-bold">New {actorNoun[kind]}</h1>
      <ActorForm kind={kind} parties={parties} />
    </div>
  );
}
