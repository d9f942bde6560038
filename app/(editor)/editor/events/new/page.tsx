import type { Metadata } from "next";
import { connection } from "next/server";
import { EventForm } from "@/components/forms/event-form";
import { getDb } from "@/lib/db";
import { eventActions } from "../../form-actions";
import { eventFormOptions } from "../options";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await connection();
  const options = await eventFormOptions(getDb());
  return (
    <div>
      <h1 className="mb-4 font-serif text-2xl font-bold">New event</h1>
      <EventForm {...options} actions={eventActions} />
    </div>
  );
}
