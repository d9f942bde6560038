import type { Metadata } from "next";
import { connection } from "next/server";
import { PositionForm } from "@/components/forms/position-form";
import { getDb } from "@/db";
import { positionFormOptions } from "../options";

export const metadata: Metadata = { title: "New position" };

export default async function NewPositionPage() {
  await connection();
  const options = await positionFormOptions(getDb());
  return (
    <div>
      <h1 className="mb-4 font-serif text-2xl font-bold">New position</h1>
      <PositionForm {...options} />
    </div>
  );
}
