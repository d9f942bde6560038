// Plain JavaScript on purpose: scripts/serve.mjs runs it without a TypeScript
// loader, which would cost the production server ~55 MB of memory.
import { BlockList, isIPv6 } from "node:net";

/**
 * The set of trusted proxies as Node's BlockList, from "10.0.0.5,10.1.0.0/16,::1" entries.
 * @param {readonly string[]} entries
 * @returns {BlockList}
 */
export function proxyList(entries) {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIPv6(address) ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/**
 * "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) → "127.0.0.1".
 * @param {string} address
 */
function plainAddress(address) {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/**
 * The X-Forwarded-For a request should carry into the app, given what arrived
 * and the socket's peer. From a trusted proxy the chain is kept and the proxy
 * appended (the auth library walks it right to left past trusted hops); from
 * anyone else the header is only the peer's address, whatever the client sent.
 * @param {string | undefined} received
 * @param {string} peer
 * @param {BlockList} trusted
 * @returns {string}
 */
export function forwardedFor(received, peer, trusted) {
  const address = plainAddress(peer);
  const fromProxy = trusted.check(address, isIPv6(address) ? "ipv6" : "ipv4");
  return fromProxy && received ? `${received}, ${address}` : address;
}
