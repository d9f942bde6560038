/**
 * The place to go after sign-in, from a user-supplied `next`: a same-origin
 * path or `fallback`. Browsers read `/\host`, `/\t/host` (tabs and newlines
 * are stripped from URLs) and `//host` as another site, so anything that could
 * turn into an authority or a scheme is refused rather than repaired: the
 * value must begin with exactly one "/", contain no backslash, no control or
 * whitespace character, and stay a path once percent-decoded (repeatedly, so
 * `%252F%255C` is caught as well as `%2F%5C`). Finally it must resolve to the
 * same origin when parsed as a URL, the way the browser will parse it.
 */
export function safeNextPath(next: unknown, fallback = "/editor"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2048) return fallback;
  let decoded = next;
  for (let round = 0; round < 4; round++) {
    if (!isPlainPath(decoded)) return fallback;
    let once: string;
    try {
      once = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (once === decoded) break;
    decoded = once;
  }
  if (!isPlainPath(decoded)) return fallback;
  const base = "http://parley.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

// Control characters (C0, DEL, C1), every kind of whitespace, the BOM and backslashes.
// \p{Cc} rather than a literal range: the linter rightly flags raw control characters in regexes.
const unsafe = /[\p{Cc}\s\ufeff\\]/u;

function isPlainPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !unsafe.test(value);
}
