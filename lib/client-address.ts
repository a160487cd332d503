import type http from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * The proxies whose X-Forwarded-For is believed (HUB_TRUSTED_PROXIES: addresses or subnets).
 * Nothing is trusted by default: any local process could otherwise claim to be anyone, and a
 * per-visitor limit would reset with every new header value.
 */
export class TrustedProxies {
  private readonly list = new BlockList();
  readonly size: number;

  constructor(entries: readonly string[] = []) {
    for (const entry of entries) {
      const [address = '', prefix] = entry.split('/');
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) this.list.addAddress(address, family);
      else this.list.addSubnet(address, Number(prefix), family);
    }
    this.size = entries.length;
  }

  includes(address: string): boolean {
    if (this.size === 0) return false;
    const plain = unmapped(address);
    const family = isIP(plain);
    if (family === 0) return false;
    return this.list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  }
}

/** `::ffff:10.1.2.3` is the IPv4 peer 10.1.2.3 on a dual-stack socket. */
function unmapped(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

const NONE = new TrustedProxies();

/**
 * The client's address: the peer's, unless the peer is a trusted proxy, in which case the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy (entries further left were
 * written by whoever the first untrusted hop was, and prove nothing).
 */
export function clientAddress(req: http.IncomingMessage, trusted: TrustedProxies = NONE): string {
  const peer = unmapped(req.socket.remoteAddress ?? 'unknown');
  if (!trusted.includes(peer)) return peer;
  const forwarded = req.headers['x-forwarded-for'];
  const header = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  if (typeof header !== 'string' || header.trim() === '') return peer;
  const hops = header
    .split(',')
    .map((hop) => unmapped(hop.trim()))
    .filter((hop) => isIP(hop) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.includes(hops[i]!)) return hops[i]!;
  }
  return hops[0] ?? peer;
}
