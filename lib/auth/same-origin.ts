/**
 * Posts must come from our own pages: a missing, `null` or foreign Origin is
 * refused. Our own origin is one of `allowed`, or the one the browser addressed
 * (Host), which a cross-site page cannot forge.
 */
export function originAllowed(
  origin: string | null,
  host: string | null,
  allowed: readonly string[],
): boolean {
  if (!origin || origin === "null") return false;
  if (allowed.includes(origin)) return true;
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Better Auth checks Origin only on requests that carry cookies; sign-in and
 * other cookie-less posts would pass from anywhere. The auth route runs every
 * POST through this first.
 */
export async function postWithOriginCheck(
  request: Request,
  allowed: readonly string[],
  handle: (request: Request) => Promise<Response>,
): Promise<Response> {
  if (!originAllowed(request.headers.get("origin"), request.headers.get("host"), allowed)) {
    return Response.json({ message: "Refused: foreign or missing Origin" }, { status: 403 });
  }
  return handle(request);
}
