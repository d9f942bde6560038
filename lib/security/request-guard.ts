import { originAllowed } from "@/lib/auth/same-origin";

/**
 * Checks made before any route runs (proxy.ts), for requests the framework
 * would otherwise answer with a 500: a path segment that is not valid
 * percent-encoding; a server-action POST from a foreign page; and a
 * server-action POST whose text body Next cannot decode (it would fail on it
 * before the action could check the caller). A well-formed post from a browser
 * that has lost its session goes through, so the action answers a typed 401
 * the form shows ("Sign in first", text kept).
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
  allowedOrigins: readonly string[];
  /** The body, when it is text (Next sends an action's plain arguments as JSON text). */
  textBody?: string | null;
}): Refusal | null {
  if (malformedPath(input.pathname)) return { status: 400, message: "Malformed address" };
  const isAction = input.method === "POST" && input.headers.has("next-action");
  if (!isAction) return null;
  if (!originAllowed(input.headers.get("origin"), input.headers.get("host"), input.allowedOrigins))
    return { status: 403, message: "Refused: foreign or missing Origin" };
  if (input.textBody != null && !isJson(input.textBody))
    return { status: 400, message: "Malformed server action body" };
  return null;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether a request's body is the text form of an action call (not multipart form data). */
export function isTextBody(headers: Headers): boolean {
  return (headers.get("content-type") ?? "").startsWith("text/plain");
}
