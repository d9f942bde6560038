import { BlockList, isIPv6 } from "node:net";

/** The set of trusted proxies as Node's BlockList, from "10.0.0.5,10.1.0.0/16,::1" entries. */
export function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIPv6(address) ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) → "127.0.0.1". */
function plainAddress(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/**
 * The X-Forwarded-For a request should carry into the app, given what arrived
 * and the socket's peer. From a trusted proxy the chain is kept and the proxy
 * appended (the auth library walks it right to left past trusted hops); from
 * anyone else the header is only the peer's address, whatever the client sent.
 */
export function forwardedFor(received: string | undefined, peer: string, trusted: BlockList): string {
  const address = plainAddress(peer);
  const fromProxy = trusted.check(address, isIPv6(address) ? "ipv6" : "ipv4");
  return fromProxy && received ? `${received}, ${address}` : address;
}
