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
