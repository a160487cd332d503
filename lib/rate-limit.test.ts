import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { describeOrSkip } from '../test-support/skip.js';
import { dropRedisPrefix, skipUnlessRedis, skipUnlessRedisServer, startThrowawayRedis, uniqueRedisPrefix, type ThrowawayRedis } from '../test-support/redis.js';
import { testEnv } from '../test-support/env.js';
import { openRateLimiter, windowsOf, type RateLimiter } from './rate-limit.js';

async function takes(limiter: RateLimiter, key: string, count: number): Promise<boolean[]> {
  const results: boolean[] = [];
  for (let i = 0; i < count; i++) results.push((await limiter.take(key)).ok);
  return results;
}

describe('rate limit windows', () => {
  test('hold sustained traffic to the rate per minute and give a quiet client its burst', () => {
    assert.deepEqual(windowsOf({ perMinute: 300, burst: 60 }), { steady: { points: 5, duration: 1 }, burst: { points: 55, duration: 3600 } });
    assert.deepEqual(windowsOf({ perMinute: 6, burst: 3 }), { steady: { points: 1, duration: 10 }, burst: { points: 2, duration: 3600 } });
    // 20 an hour, 10 at once: the burst comes back no faster than the rate makes it up.
    assert.deepEqual(windowsOf({ perMinute: 20 / 60, burst: 10 }), { steady: { points: 1, duration: 180 }, burst: { points: 9, duration: 3600 } });
    assert.deepEqual(windowsOf({ perMinute: 1 / 60, burst: 100 }), { steady: { points: 1, duration: 3600 }, burst: { points: 99, duration: 360_000 } });
  });
});

describeOrSkip('rate limits kept in Redis', { skip: skipUnlessRedis() }, () => {
  const prefix = uniqueRedisPrefix('rate-limit');
  afterAll(() => dropRedisPrefix(testEnv.redisUrl, prefix));

  test('two limiters on one Redis count one limit per key', async () => {
    const a = await openRateLimiter({ perMinute: 6, burst: 3 }, { redisUrl: testEnv.redisUrl, keyPrefix: prefix });
    const b = await openRateLimiter({ perMinute: 6, burst: 3 }, { redisUrl: testEnv.redisUrl, keyPrefix: prefix });
    try {
      assert.deepEqual([...(await takes(a, 'k', 2)), ...(await takes(b, 'k', 2))], [true, true, true, false]);
      assert.deepEqual(await b.take('k'), { ok: false, retryAfterSeconds: 10 });
      assert.deepEqual(await takes(a, 'other', 1), [true]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describeOrSkip('a rate limit whose Redis goes away', { skip: skipUnlessRedisServer() }, () => {
  let server: ThrowawayRedis;
  beforeAll(async () => {
    server = await startThrowawayRedis();
  });
  afterAll(() => server?.kill());

  test('goes on limiting each process on its own, in memory: nothing refused for want of Redis, nothing let through unlimited', async () => {
    const limiter = await openRateLimiter({ perMinute: 6, burst: 3 }, { redisUrl: server.url, keyPrefix: uniqueRedisPrefix('rate-lost') });
    try {
      assert.deepEqual(await takes(limiter, 'k', 2), [true, true]);
      await server.kill();
      // The in-memory counts start afresh: this process's own burst, then refusals.
      assert.deepEqual(await takes(limiter, 'k', 4), [true, true, true, false]);
    } finally {
      await limiter.close();
    }
  });

  test('cannot be opened while Redis is unreachable, and the error names Redis and HUB_REDIS_URL', async () => {
    await server.kill();
    await assert.rejects(openRateLimiter({ perMinute: 6, burst: 3 }, { redisUrl: server.url }), /^Error: Redis at redis:\/\/127\.0\.0\.1:\d+ \(HUB_REDIS_URL\) is unreachable/);
  });
});
