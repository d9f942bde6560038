// Plain JavaScript for the same reason as forwarded-for.mjs: scripts/serve.mjs loads it without a TypeScript loader.
import { isIPv6 } from "node:net";

const label = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const hostPattern = new RegExp(`^(?:${label}(?:\\.${label})*\\.?|\\[[0-9A-Fa-f:.]+\\])(?::(\\d{1,5}))?$`);

/**
 * Whether a Host (or X-Forwarded-Host) value is a DNS name, an IPv4 address or a
 * bracketed IPv6 address, with an optional port ≤ 65535 — nothing a URL could
 * read as a path, user info or another scheme.
 * @param {string | undefined | null} host
 */
export function isValidHost(host) {
  if (typeof host !== "string" || host.length === 0 || host.length > 260) return false;
  const match = hostPattern.exec(host);
  if (!match) return false;
  if (host.startsWith("[") && !isIPv6(host.slice(1, host.lastIndexOf("]")))) return false;
  return match[1] === undefined || Number(match[1]) <= 65535;
}

/**
 * Whether a socket peer may tell us the public host and scheme (X-Forwarded-Host,
 * X-Forwarded-Proto, Forwarded): only this machine or a listed proxy.
 * @param {string} peer the socket's remoteAddress
 * @param {import("node:net").BlockList} trusted from proxyList()
 */
export function mayForwardHost(peer, trusted) {
  const address = peer.startsWith("::ffff:") && peer.includes(".") ? peer.slice(7) : peer;
  if (address === "::1" || /^127\./.test(address)) return true;
  return address !== "" && trusted.check(address, isIPv6(address) ? "ipv6" : "ipv4");
}

const forwardingHeaders = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

/**
 * Prepares a Node request's headers before Next sees them: forwarding headers
 * from an untrusted peer are removed (Next then fills X-Forwarded-Host/Proto from
 * the Host header and the socket itself). Returns false when the Host — or a
 * trusted X-Forwarded-Host — is malformed, so the server can answer 400.
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {string} peer
 * @param {import("node:net").BlockList} trusted
 */
export function sanitizeHostHeaders(headers, peer, trusted) {
  if (!mayForwardHost(peer, trusted)) for (const name of forwardingHeaders) delete headers[name];
  if (!isValidHost(headers.host)) return false;
  const forwarded = headers["x-forwarded-host"];
  if (forwarded === undefined) return true;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return isValidHost(first);
}
