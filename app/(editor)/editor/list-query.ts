import { connection } from "next/server";
import { editorListQuery } from "@/lib/validation/search-text";

export type ListPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** An editor list's search text from its URL; the list reads the database, so it renders per request. */
export async function listQuery({ searchParams }: ListPageProps): Promise<string> {
  await connection();
  return editorListQuery((await searchParams).q);
}
