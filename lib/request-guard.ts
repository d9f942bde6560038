import { originAllowed } from "@/lib/auth/origin";

/**
 * Checks made before any route runs (proxy.ts), for requests the framework
 * would otherwise answer with a 500: a path segment that is not valid
 * percent-encoding, and a server-action POST from a foreign page or from no
 * signed-in browser at all (every action needs a session; Next would try to
 * decode the body first and fail on a malformed one).
 */
export type Refusal = { status: 400 | 401 | 403; message: string };

export function malformedPath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

export function refuseRequest(input: {
  method: string;
  pathname: string;
  headers: Headers;
  cookieNames: string[];
  allowedOrigins: readonly string[];
}): Refusal | null {
  if (malformedPath(input.pathname)) return { status: 400, message: "Malformed address" };
  const isAction = input.method === "POST" && input.headers.has("next-action");
  if (!isAction) return null;
  if (!originAllowed(input.headers.get("origin"), input.headers.get("host"), input.allowedOrigins))
    return { status: 403, message: "Refused: foreign or missing Origin" };
  if (!input.cookieNames.some((name) => name.endsWith("better-auth.session_token")))
    return { status: 401, message: "Sign in first" };
  return null;
}
