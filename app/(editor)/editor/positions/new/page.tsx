import type { Metadata } from "next";
import { connection } from "next/server";
import { z } from "zod";
import { PositionForm } from "@/components/forms/position-form";
import { getDb } from "@/lib/db";
import { positionActions } from "../../form-actions";
import { positionFormOptions } from "../options";

export const metadata: Metadata = { title: "New position" };

/** `?event=<id>` ("Add position" on an event) starts the form at that event: its date, party and sources. */
export default async function NewPositionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const options = await positionFormOptions(getDb());
  const eventParam = z.uuid().safeParse((await searchParams).event);
  const eventId =
    eventParam.success && options.events.some((e) => e.value === eventParam.data) ? eventParam.data : null;
  return (
    <div>
      <h1 className="mb-4 font-serif text-2xl font-bold">New position</h1>
      <PositionForm {...options} actions={positionActions} initial={eventId ? { eventId } : undefined} />
    </div>
  );
}
