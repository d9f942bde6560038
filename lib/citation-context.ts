import "server-only";
import { headers } from "next/headers";
import { originFromHeaders } from "@/lib/api/public-origin";
import { dataLicence } from "@/lib/data-licence";
import { getDb } from "@/lib/db";
import { getDatasetVersion } from "@/lib/export/dataset-version";

export type CitationContext = { origin: string; datasetVersion: string; retrieved: string; licence: string };

/** What every "How to cite" line needs from the server: the public origin, data version, today (UTC), licence. */
export async function getCitationContext(): Promise<CitationContext> {
  const [requestHeaders, datasetVersion] = await Promise.all([headers(), getDatasetVersion(getDb())]);
  return {
    origin: originFromHeaders(requestHeaders),
    datasetVersion,
    retrieved: new Date().toISOString().slice(0, 10),
    licence: dataLicence().id,
  };
}
