/**
 * Rate limits per key (a user id, a client address, an ID number looked up), on
 * rate-limiter-flexible. In memory by default: each process counts for itself. With Redis
 * (HUB_REDIS_URL) the counts live there, so every gateway instance, on any machine, enforces one
 * limit per identity.
 *
 * The limit is "perMinute, in bursts of up to `burst`", built from two fixed windows in whole
 * seconds (Redis expires keys in whole seconds): a steady window that lets perMinute through at an
 * even pace, and a burst allowance of the rest of `burst` on top of it, which comes back over the
 * longer of an hour and the time the steady rate takes to make it up. Sustained traffic is held to
 * perMinute; a client that was quiet gets its burst at once.
 *
 * Redis unreachable when a limiter is opened: an error naming Redis and HUB_REDIS_URL (the gateway
 * does not start). Redis lost later: each process falls back to its own in-memory counts (the
 * library's insurance limiter) until Redis is back, so requests are neither refused for Redis's
 * sake nor let through unlimited; the limit is then per process instead of shared.
 */
import { Redis } from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateDecision {
  ok: boolean;
  /** Whole seconds until one request would be allowed again. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(key: string): Promise<RateDecision>;
  close(): Promise<void>;
}

export interface RateLimit {
  perMinute: number;
  burst: number;
}

interface Window {
  points: number;
  duration: number;
}

/** The longest a spent burst allowance takes to come back (unless the steady rate is slower still). */
const BURST_REFILL_SECONDS = 3600;

/** The steady window and the burst allowance on top of it, both in whole seconds. */
export function windowsOf(limit: RateLimit): { steady: Window; burst: Window } {
  const perSecond = limit.perMinute / 60;
  const duration = perSecond >= 1 ? 1 : wholeSeconds(60 / limit.perMinute);
  const points = Math.max(1, Math.round(perSecond * duration));
  return {
    steady: { points, duration },
    burst: { points: Math.max(0, limit.burst - points), duration: Math.max(BURST_REFILL_SECONDS, wholeSeconds((60 * limit.burst) / limit.perMinute)) },
  };
}

/** Rounded up, but 180.00000000000003 (20 an hour) is 180. */
function wholeSeconds(seconds: number): number {
  return Math.ceil(seconds - 1e-6);
}

class FlexibleRateLimiter implements RateLimiter {
  constructor(
    private readonly limiter: BurstyRateLimiter,
    private readonly onClose: () => Promise<void> = async () => {},
  ) {}

  async take(key: string): Promise<RateDecision> {
    try {
      await this.limiter.consume(key);
      return { ok: true, retryAfterSeconds: 0 };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

function memoryPair(limit: RateLimit, keyPrefix: string): [RateLimiterMemory, RateLimiterMemory] {
  const { steady, burst } = windowsOf(limit);
  return [new RateLimiterMemory({ keyPrefix: `${keyPrefix}:steady`, ...steady }), new RateLimiterMemory({ keyPrefix: `${keyPrefix}:burst`, ...burst })];
}

/** Counts in this process only: the disclosure service, the site, and the gateway without Redis. */
export function memoryRateLimiter(limit: RateLimit, keyPrefix = 'hub:rate'): RateLimiter {
  const [steady, burst] = memoryPair(limit, keyPrefix);
  return new FlexibleRateLimiter(new BurstyRateLimiter(steady, burst));
}

/** `redis://host:port` without credentials, for messages. */
export function redisLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'the configured Redis';
  }
}

/** A Redis connection that is ready now, or an error naming Redis and HUB_REDIS_URL. */
async function connectRedis(url: string, purpose: string): Promise<Redis> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    // No retries while starting: an unreachable Redis is reported at once.
    retryStrategy: () => null,
    // While Redis is away commands fail at once (and the limiter falls back to memory) instead of queueing.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    // A connection that is already gone is not waited for on close.
    disconnectTimeout: 200,
  });
  let firstError: { code?: string; message?: string } | undefined;
  // ioredis reports every failed reconnect; the state changes below are what an operator needs.
  client.on('error', (error) => (firstError ??= error));
  try {
    await client.connect();
  } catch (error) {
    const cause: { code?: string; message?: string } = firstError ?? (error as Error);
    throw new Error(`Redis at ${redisLabel(url)} (HUB_REDIS_URL) is unreachable (${cause.code ?? cause.message}): ${purpose}. Start Redis, or unset HUB_REDIS_URL to run on one machine.`);
  }
  // Once running, reconnect for as long as it takes.
  client.options.retryStrategy = (times) => Math.min(times * 200, 2000);
  let lost = false;
  client.on('close', () => {
    if (lost) return;
    lost = true;
    console.error(`rate limits: lost Redis at ${redisLabel(url)}; each process limits on its own until it is back`);
  });
  client.on('ready', () => {
    if (!lost) return;
    lost = false;
    console.error(`rate limits: Redis at ${redisLabel(url)} is back; limits are shared again`);
  });
  return client;
}

/**
 * The limiter for `limit`: shared through Redis when `redisUrl` is given (keys under `keyPrefix`),
 * else in memory. Rejects, naming Redis, when Redis cannot be reached now.
 */
export async function openRateLimiter(limit: RateLimit, options: { redisUrl?: string; keyPrefix?: string } = {}): Promise<RateLimiter> {
  const keyPrefix = options.keyPrefix ?? 'hub:rate';
  if (!options.redisUrl) return memoryRateLimiter(limit, keyPrefix);
  const client = await connectRedis(options.redisUrl, 'the rate limits shared by every gateway instance are kept there');
  const { steady, burst } = windowsOf(limit);
  const [steadyInsurance, burstInsurance] = memoryPair(limit, keyPrefix);
  const shared = (window: Window, name: string, insuranceLimiter: RateLimiterAbstract) =>
    new RateLimiterRedis({ storeClient: client, keyPrefix: `${keyPrefix}:${name}`, ...window, insuranceLimiter, rejectIfRedisNotReady: true });
  const limiter = new BurstyRateLimiter(shared(steady, 'steady', steadyInsurance), shared(burst, 'burst', burstInsurance));
  return new FlexibleRateLimiter(limiter, async () => {
    client.removeAllListeners('close');
    if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
    else client.disconnect();
  });
}
