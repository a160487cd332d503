import { Redis } from 'ioredis';

/**
 * Why Redis at `url` cannot be used now, or null when it answers: one connection attempt and a
 * PING, for a few seconds at most. Services ask before they rely on Redis; tests ask before they
 * decide to run or to skip.
 */
export async function redisProblem(url: string, timeoutMs = 3000): Promise<string | null> {
  const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: timeoutMs, enableOfflineQueue: false });
  // The socket's own error (ECONNREFUSED, ENOTFOUND) says more than the closed connection after it.
  let first: { code?: string; message?: string } | null = null;
  client.on('error', (error) => (first ??= error));
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    const cause = (first ?? error) as { code?: string; message?: string };
    return cause.code ?? cause.message ?? String(cause);
  } finally {
    client.disconnect();
  }
}
