import type { Metadata } from "next";
import { connection } from "next/server";
import { ProcessForm } from "@/components/forms/process-form";
import { getDb } from "@/lib/db";
import { processFormProps } from "../options";

export const metadata: Metadata = { title: "New process" };

export default async function NewProcessPage() {
  await connection();
  return (
    <div>
      <h1 className="mb-4 font-serif text-2xl font-bold">New process</h1>
      <ProcessForm {...(await processFormProps(getDb()))} />
    </div>
  );
}
