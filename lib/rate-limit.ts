/**
 * Per-identity rate limit: a token bucket per key (user id, or client address for the public),
 * in memory. One gateway process is one limit; several gateways each allow the full rate.
 */
export interface RateDecision {
  ok: boolean;
  /** Whole seconds until one request would be allowed again. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private calls = 0;

  constructor(
    private readonly options: { perMinute: number; burst: number; now?: () => number; maxKeys?: number },
  ) {
    this.perMs = options.perMinute / 60_000;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  take(key: string): RateDecision {
    const now = this.now();
    if (++this.calls % 1000 === 0) this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updatedAt: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.updatedAt) * this.perMs);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true, retryAfterSeconds: 0 };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  /** Full buckets hold no information: dropping them keeps memory bounded by recently active keys. */
  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.perMs >= this.options.burst) this.buckets.delete(key);
    }
    const maxKeys = this.options.maxKeys ?? 100_000;
    if (this.buckets.size > maxKeys) {
      // Oldest first: Map keeps insertion order, and a key is re-inserted only when new.
      for (const key of this.buckets.keys()) {
        if (this.buckets.size <= maxKeys) break;
        this.buckets.delete(key);
      }
    }
  }
}
