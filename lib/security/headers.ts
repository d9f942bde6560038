/**
 * Response security headers, decided in one place and applied by proxy.ts.
 *
 * Why nonces and not hashes: the App Router streams its data to the browser in
 * inline `<script>self.__next_f.push(…)</script>` chunks whose text differs per
 * page and per request, so there is no fixed set of hashes to list; a hash
 * policy would need `'unsafe-inline'` back or a rewrite of every response body.
 * Next adds a per-request nonce to its own scripts when the request carries a
 * CSP with `'nonce-…'` (set by proxy.ts), at the cost of dynamic rendering —
 * which Parley's pages already are (each calls `connection()` because they read
 * the database), so the nonce costs no cached HTML that exists today.
 */

/** `/embed` and its exact sub-paths may be framed by any page; `/embedded` and the like may not. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/** 128 random bits, base64: unguessable per request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy for one response. `script-src` allows only
 * scripts carrying this request's nonce (and what they load: `'strict-dynamic'`),
 * never `'unsafe-inline'`. Styles keep `'unsafe-inline'`: party colours are
 * `style` attributes, and CSS cannot run script. The embed sends no
 * `frame-ancestors` at all: a page opened from a local file has an opaque origin,
 * which even `frame-ancestors *` does not match.
 */
export function contentSecurityPolicy(options: { nonce: string; embed: boolean; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(options.embed ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join("; ");
}

/** Features no Parley page uses, switched off for the page and anything it frames. */
export const permissionsPolicy =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()";

/** Two years with subdomains, sent only on responses that went out over https (never on plain-http dev servers). */
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/** Headers every response carries, redirects and 404s included (next.config.js and scripts/serve.mjs). */
export const baseSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: permissionsPolicy },
] as const;
