import type http from 'node:http';

/** The client's address; behind a proxy on the same host, the address that proxy saw. */
export function clientAddress(req: http.IncomingMessage): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const loopback = peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
  const forwarded = req.headers['x-forwarded-for'];
  if (loopback && typeof forwarded === 'string' && forwarded.trim() !== '') {
    // The right-most entry was added by the proxy we trust; anything left of it the client could write.
    return forwarded.split(',').pop()!.trim();
  }
  return peer;
}
