import { cacheableResponse, preflight, publicOrigin } from "@/lib/api/respond";
import { buildOpenApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document, with this server's origin. */
export function GET(request: Request) {
  const body = JSON.stringify(buildOpenApiDocument(publicOrigin(request)), null, 2);
  return cacheableResponse(request, body, "application/json; charset=utf-8");
}

export const OPTIONS = preflight;
